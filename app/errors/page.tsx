import type { Metadata } from 'next'
import { Link } from '@/components/site/link'
import { slug as slugify } from 'github-slugger'
import { InlineCode } from '@/components/guide/inline-code'
import { GuideCard } from '@/components/site/guide-card'
import { GuideFilter } from '@/components/site/guide-filter'
import { FAMILIES } from '@/lib/catalog/families'
import { guidesByFamily, guidesByService, siteCatalog } from '@/lib/catalog/site-catalog'
import type { GuideEntry } from '@/lib/catalog/types'
import { pageAlternates } from '@/lib/site'

const DESCRIPTION =
  'Every AWS error guide, grouped by family (identity, authorization, not found, validation, throttling, conflict, service-side and client-side) and by AWS service.'

export const metadata: Metadata = {
  title: 'All AWS errors',
  description: DESCRIPTION,
  alternates: pageAlternates('/errors/'),
  openGraph: { type: 'website', title: 'All AWS errors', description: DESCRIPTION, url: '/errors/' },
}

/** What the filter box matches a guide by: its slug, codes, title and services. */
const filterText = (g: GuideEntry) => [g.slug, ...g.codes, g.title, ...g.services].join(' ').toLowerCase()

const serviceId = (service: string) => `service-${slugify(service)}`

const CHIP = 'inline-block rounded-full border border-slate-300 px-3 py-1 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800'

/** Links to the groups below, each with its number of guides (which the filter keeps up to date). */
function GroupLinks({ label, groups }: { label: string; groups: { id: string; name: string; count: number }[] }) {
  return (
    <nav aria-label={label} className="mt-4">
      <h2 className="text-sm font-semibold text-slate-700 dark:text-slate-300">{label}</h2>
      <ul className="mt-2 flex flex-wrap gap-2 text-sm">
        {groups.map((g) => (
          <li key={g.id}>
            <a href={`#${g.id}`} className={CHIP}>
              {g.name}{' '}
              <span className="text-slate-600 dark:text-slate-300">
                (<span data-count-of={g.id}>{g.count}</span>)
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

export default function ErrorsPage() {
  const families = [...guidesByFamily()]
  const services = [...guidesByService()]
  const total = siteCatalog().entries.length
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">All errors</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        {total} guides, grouped by what went wrong and by AWS service. Each one explains the error and gives an ordered checklist with the exact commands to
        run.
      </p>
      <GuideFilter total={total} />
      <GroupLinks label="Families" groups={families.map(([family, guides]) => ({ id: family, name: FAMILIES[family].label, count: guides.length }))} />
      <GroupLinks label="Services" groups={services.map(([service, guides]) => ({ id: serviceId(service), name: service, count: guides.length }))} />

      {families.map(([family, guides]) => (
        <section key={family} aria-labelledby={family} data-filter-group={family} className="mt-10">
          <h2 id={family} className="scroll-mt-20 text-xl font-semibold">
            {FAMILIES[family].label}
          </h2>
          <p className="mt-1 max-w-3xl text-sm text-slate-700 dark:text-slate-300">
            <strong className="font-semibold">{FAMILIES[family].sentence}</strong> <InlineCode text={FAMILIES[family].explanation} />
          </p>
          <ul className="mt-4 grid gap-3 sm:grid-cols-2">
            {guides.map((g) => (
              <GuideCard key={g.slug} guide={g} showAliases filterText={filterText(g)} />
            ))}
          </ul>
        </section>
      ))}

      <section aria-labelledby="by-service" className="mt-14">
        <h2 id="by-service" className="scroll-mt-20 text-xl font-semibold">
          By service
        </h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">The same guides again, under each AWS service that returns the error.</p>
        <div className="mt-4 grid gap-x-8 gap-y-6 sm:grid-cols-2 lg:grid-cols-3">
          {services.map(([service, guides]) => (
            <section key={service} aria-labelledby={serviceId(service)} data-filter-group={serviceId(service)}>
              <h3 id={serviceId(service)} className="scroll-mt-20 font-semibold">
                {service}
              </h3>
              <ul className="mt-2 space-y-1 text-sm">
                {guides.map((g) => (
                  <li key={g.slug} data-filter={filterText(g)}>
                    <Link href={`/errors/${g.slug}/`} className="font-mono text-sky-800 [overflow-wrap:anywhere] hover:underline dark:text-sky-300">
                      {g.code}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </section>
    </>
  )
}
