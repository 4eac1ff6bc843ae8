import type { Metadata } from 'next'
import Link from 'next/link'
import { GuideFacts } from '@/components/guide/guide-facts'
import { ExamplesSection, RelatedSection, SourcesSection } from '@/components/guide/page-sections'
import { TableOfContents } from '@/components/guide/table-of-contents'
import { CopyButtons } from '@/components/site/copy-buttons'
import { FAMILIES } from '@/lib/catalog/families'
import { loadCatalog, loadGuide } from '@/lib/catalog/load'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return loadCatalog().map((g) => ({ slug: g.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = loadGuide((await params).slug)
  return { title: guide.title, description: guide.summary }
}

export default async function GuidePage({ params }: Props) {
  const guide = loadGuide((await params).slug)
  const bySlug = new Map(loadCatalog().map((g) => [g.slug, g]))
  const related = guide.related.flatMap((slug) => bySlug.get(slug) ?? [])

  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-10">
      <article className="min-w-0">
        <nav aria-label="Breadcrumb" className="mb-3 text-sm">
          <Link href="/errors/" className="text-slate-700 hover:underline dark:text-slate-300">All errors</Link>
          <span aria-hidden="true" className="px-1.5 text-slate-500">/</span>
          <Link href={`/errors/#${guide.family}`} className="text-slate-700 hover:underline dark:text-slate-300">{FAMILIES[guide.family].label}</Link>
        </nav>
        <h1 className="text-3xl font-bold tracking-tight">{guide.title}</h1>
        <p className="mt-3 mb-5 text-lg text-slate-700 dark:text-slate-300">{guide.summary}</p>
        <GuideFacts guide={guide} />
        <details className="mt-6 rounded-lg border border-slate-200 p-3 lg:hidden dark:border-slate-700">
          <summary className="cursor-pointer text-sm font-semibold">Contents</summary>
          <div className="mt-3">
            <TableOfContents toc={guide.toc} labelId="toc-folded" />
          </div>
        </details>
        <div className="prose prose-slate mt-8 max-w-none dark:prose-invert prose-code:before:content-none prose-code:after:content-none">
          <div dangerouslySetInnerHTML={{ __html: guide.html }} />
          <ExamplesSection guide={guide} />
          <RelatedSection related={related} />
          <SourcesSection guide={guide} />
        </div>
      </article>
      <aside className="hidden lg:block">
        <div className="sticky top-20 max-h-[calc(100vh-6rem)] overflow-y-auto">
          <TableOfContents toc={guide.toc} labelId="toc-sidebar" />
        </div>
      </aside>
      <CopyButtons />
    </div>
  )
}
