import type { Metadata } from 'next'
import { InlineCode } from '@/components/guide/inline-code'
import { GuideCard } from '@/components/site/guide-card'
import { FAMILIES } from '@/lib/catalog/families'
import { guidesByFamily, loadCatalog } from '@/lib/catalog/load'

export const metadata: Metadata = {
  title: 'All AWS errors',
  description: 'Every AWS error guide, grouped by family: identity, authorization, not found, validation, throttling, conflict, service-side and client-side.',
}

export default function ErrorsPage() {
  const groups = guidesByFamily()
  const total = loadCatalog().length
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">All errors</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        {total} guides, grouped by what went wrong. Each one explains the error and gives an ordered checklist with the exact commands to run.
      </p>
      <nav aria-label="Families" className="mt-6">
        <ul className="flex flex-wrap gap-2 text-sm">
          {[...groups].map(([family, guides]) => (
            <li key={family}>
              <a href={`#${family}`} className="inline-block rounded-full border border-slate-300 px-3 py-1 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
                {FAMILIES[family].label} <span className="text-slate-600 dark:text-slate-300">({guides.length})</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {[...groups].map(([family, guides]) => (
        <section key={family} aria-labelledby={family} className="mt-10">
          <h2 id={family} className="scroll-mt-20 text-xl font-semibold">
            {FAMILIES[family].label}
          </h2>
          <p className="mt-1 max-w-3xl text-sm text-slate-700 dark:text-slate-300">
            <strong className="font-semibold">{FAMILIES[family].sentence}</strong> <InlineCode text={FAMILIES[family].explanation} />
          </p>
          <ul className="mt-4 grid gap-3 sm:grid-cols-2">
            {guides.map((g) => (
              <GuideCard key={g.slug} guide={g} showAliases />
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
