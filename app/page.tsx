import type { Metadata } from 'next'
import { Link } from '@/components/site/link'
import { PastePage } from '@/components/paste/paste-page'
import { GuideCard } from '@/components/site/guide-card'
import { FAMILIES } from '@/lib/catalog/families'
import { guidesByFamily, siteCatalog } from '@/lib/catalog/site-catalog'
import { pageAlternates } from '@/lib/site'

// The paste page is the site's front door; search engines index it at /, never at a variant.
export const metadata: Metadata = { alternates: pageAlternates('/') }

// The errors people hit most, per AWS re:Post and the reference: the first stop for a new visitor.
const MOST_COMMON = ['access-denied', 'invalid-client-token-id', 'throttling-exception', 'resource-not-found-exception', 'validation-exception']

const PROMISES = [
  {
    title: 'The checklist an expert runs',
    text: 'Checks in the order that finds the cause fastest: who you are, which account and region, what the message says, then each policy layer.',
  },
  { title: 'Exact commands', text: 'Every check that can be run from a terminal comes with the AWS CLI command to run it and a copy button.' },
  {
    title: 'Every tool’s spelling',
    text: 'The same error as the CLI, boto3, the JavaScript, Java and Go SDKs and Terraform print it, so you know you are on the right page.',
  },
  { title: 'Links that last', text: 'Each guide, section and check has a permanent anchor. Send a teammate straight to the step they need.' },
]

export default function HomePage() {
  const catalog = siteCatalog().entries
  const groups = guidesByFamily()
  return (
    <>
      <section aria-labelledby="intro">
        <h1 id="intro" className="text-3xl font-bold tracking-tight sm:text-4xl">
          Paste an AWS error, get the checklist that fixes it
        </h1>
        <div className="mt-5">
          <PastePage />
        </div>
        <noscript>
          <p className="mt-4 rounded-md border border-amber-600 p-3">
            Matching a pasted error needs JavaScript, which is off. Every guide still reads without it:{' '}
            <Link href="/errors/">browse all {catalog.length} errors</Link>.
          </p>
        </noscript>
      </section>

      <section aria-labelledby="common" className="below-fold mt-14">
        <h2 id="common" className="text-2xl font-semibold">
          Common errors
        </h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {catalog
            .filter((g) => MOST_COMMON.includes(g.slug))
            .map((g) => (
              <GuideCard key={g.slug} guide={g} />
            ))}
        </ul>
        <p className="mt-4">
          <Link
            href="/errors/"
            className="inline-block rounded-md bg-sky-700 px-4 py-2 font-semibold text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700"
          >
            Browse all {catalog.length} errors
          </Link>
        </p>
      </section>

      <section aria-labelledby="what" className="below-fold mt-12">
        <h2 id="what" className="text-2xl font-semibold">
          What every guide gives you
        </h2>
        <ul className="mt-4 grid gap-6 sm:grid-cols-2">
          {PROMISES.map((p) => (
            <li key={p.title}>
              <h3 className="font-semibold">{p.title}</h3>
              <p className="mt-1 text-slate-700 dark:text-slate-300">{p.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="families" className="below-fold mt-12">
        <h2 id="families" className="text-2xl font-semibold">
          Errors by family
        </h2>
        <ul className="mt-4 space-y-2">
          {[...groups].map(([family, guides]) => (
            <li key={family}>
              <Link href={`/errors/#${family}`} className="font-medium text-sky-800 hover:underline dark:text-sky-300">
                {FAMILIES[family].label}
              </Link>{' '}
              <span className="text-slate-600 dark:text-slate-300">
                ({guides.length}): {FAMILIES[family].sentence}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="privacy" className="below-fold mt-12 rounded-lg bg-slate-50 p-5 dark:bg-slate-900">
        <h2 id="privacy" className="text-lg font-semibold">
          Private by design
        </h2>
        <p className="mt-1 mb-0 text-slate-700 dark:text-slate-300">
          The site is static pages and nothing else: no accounts, no trackers, no server that sees what you read. Error messages carry account IDs and ARNs;
          they stay on your machine.
        </p>
      </section>
    </>
  )
}
