import { FamilyBreadcrumb } from '@/components/site/family-breadcrumb'
import { Checklist } from '@/components/guide/checklist'
import { FragmentLanding } from '@/components/guide/fragment-landing'
import { Heading } from '@/components/guide/heading'
import { InlineCode } from '@/components/guide/inline-code'
import { CopyButtons } from '@/components/site/copy-buttons'
import { Link } from '@/components/site/link'
import { FAMILIES } from '@/lib/catalog/families'
import type { CodePage as Page } from '@/lib/registry/code-pages'
import { codeSummary, familyReasonText } from './describe'
import { plainCommand } from './plain-command'
import { ServiceTable } from './service-table'

const KIND_LABEL = {
  api: 'Error code',
  status: 'Stack or resource status',
  runtime: 'Lambda function error',
  'stopped-reason': 'ECS stopped reason',
  client: 'SDK or CLI error',
} as const

/** A page for a code that has no guide yet: the registry's facts, its family's checklist, and the guides nearby. */
export function CodePage({ page }: { page: Page }) {
  const family = FAMILIES[page.family]
  const sources = [...new Map(page.services.map((s) => [s.source.url, s.source])).values()]
  const facts: [string, string][] = [
    ['Kind', KIND_LABEL[page.kind]],
    ['Family', family.label],
    ...(page.statuses.length ? [['HTTP status', page.statuses.join(', ')] as [string, string]] : []),
    ...(page.faults.length
      ? [['Fault', page.faults.map((f) => (f === 'client' ? 'client (the request)' : 'server (AWS)')).join(', ')] as [string, string]]
      : []),
    ['Returned by', page.services.map((s) => s.name).join(', ')],
  ]
  return (
    <article className="min-w-0">
      <FamilyBreadcrumb family={page.family} label={family.label} />
      <h1 className="text-3xl font-bold tracking-tight [overflow-wrap:anywhere]">{page.code}</h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{codeSummary(page)}</p>
      <p className="mt-3 mb-5 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
        No full guide for this code yet. This page gives what AWS publishes about it and the checklist for its family; the related guides below cover errors of
        the same kind in depth.
      </p>
      <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-6 gap-y-2 rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-700">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium text-slate-600 dark:text-slate-300">{term}</dt>
            <dd className="m-0 [overflow-wrap:anywhere]">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="prose prose-slate mt-8 max-w-none dark:prose-invert prose-code:before:content-none prose-code:after:content-none">
        <section aria-labelledby="services" className="below-fold">
          <Heading level={2} id="services" title="Who returns it" />
          <p>
            Each service or tool that produces <code>{page.code}</code>, with the operations its API model lists it for (linked to the API reference).
          </p>
          <ServiceTable services={page.services} />
        </section>
        <section aria-labelledby="family" className="below-fold">
          <Heading level={2} id="family" title="What its name says" />
          <p>
            <strong>{family.label}.</strong> {familyReasonText(page.familyReason)} {family.sentence}
          </p>
          <p>
            <InlineCode text={family.explanation} />
          </p>
        </section>
        <section aria-labelledby="checklist">
          <Heading level={2} id="checklist" title="Diagnostic checklist" />
          <p>
            The checks an expert runs first for this kind of error. Each command only reads; replace the <code>&lt;placeholders&gt;</code> with your values, or
            paste your error on the <Link href="/">home page</Link> to have them filled in.
          </p>
          <Checklist checks={page.checklist} highlight={plainCommand} />
        </section>
        {page.related.length > 0 && (
          <section aria-labelledby="related" className="below-fold">
            <Heading level={2} id="related" title="Related guides" />
            <ul>
              {page.related.map((g) => (
                <li key={g.slug}>
                  <Link href={`/errors/${g.slug}/`}>{g.title}</Link>
                </li>
              ))}
            </ul>
          </section>
        )}
        <section aria-labelledby="sources" className="below-fold">
          <Heading level={2} id="sources" title="Sources" />
          <ul>
            {sources.map((s) => (
              <li key={s.url}>
                <a href={s.url} rel="noreferrer">
                  {s.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <CopyButtons />
      <FragmentLanding />
    </article>
  )
}
