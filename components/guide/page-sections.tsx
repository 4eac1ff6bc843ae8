import { Link } from '@/components/site/link'
import { TOOLS } from '@/lib/catalog/tools'
import { PAGE_SECTIONS } from '@/lib/catalog/sections'
import type { GuideEntry } from '@/lib/catalog/types'
import { CodeBlock } from './code-block'
import { Heading } from './heading'

/** "What the message looks like": the literal error as each tool prints it. */
export function ExamplesSection({ guide }: { guide: GuideEntry }) {
  return (
    <section aria-labelledby={PAGE_SECTIONS.examples.id} className="below-fold">
      <Heading level={2} id={PAGE_SECTIONS.examples.id} title={PAGE_SECTIONS.examples.title} />
      <p>The same error as different tools print it. Matching text in your own output points to this guide.</p>
      {guide.examples.map((example, i) => (
        <figure key={i} className="my-4">
          <figcaption className="text-sm font-semibold">{TOOLS[example.tool]}</figcaption>
          <CodeBlock>
            <pre
              className="overflow-x-auto rounded-lg border border-slate-200 bg-slate-50 p-3.5 pr-20 text-[0.8125rem] leading-relaxed whitespace-pre-wrap text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
              tabIndex={0}
            >
              <code>{example.text.trimEnd()}</code>
            </pre>
          </CodeBlock>
        </figure>
      ))}
    </section>
  )
}

export function RelatedSection({ related }: { related: GuideEntry[] }) {
  if (related.length === 0) return null
  return (
    <section aria-labelledby={PAGE_SECTIONS.related.id} className="below-fold">
      <Heading level={2} id={PAGE_SECTIONS.related.id} title={PAGE_SECTIONS.related.title} />
      <ul>
        {related.map((g) => (
          <li key={g.slug}>
            <Link href={`/errors/${g.slug}/`}>
              <code>{g.code}</code>
            </Link>
            : {g.summary}
          </li>
        ))}
      </ul>
    </section>
  )
}

export function SourcesSection({ guide }: { guide: GuideEntry }) {
  return (
    <section aria-labelledby={PAGE_SECTIONS.sources.id} className="below-fold">
      <Heading level={2} id={PAGE_SECTIONS.sources.id} title={PAGE_SECTIONS.sources.title} />
      <p>Official pages this guide relies on:</p>
      <ul>
        {guide.sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} rel="noreferrer">
              {s.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
