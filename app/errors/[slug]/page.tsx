import { FamilyBreadcrumb } from '@/components/site/family-breadcrumb'
import type { Metadata } from 'next'
import { FragmentLanding } from '@/components/guide/fragment-landing'
import { ChecklistFacts } from '@/components/guide/checklist-facts'
import { GuideFacts } from '@/components/guide/guide-facts'
import { ExamplesSection, RelatedSection, SourcesSection } from '@/components/guide/page-sections'
import { TableOfContents } from '@/components/guide/table-of-contents'
import { CopyButtons } from '@/components/site/copy-buttons'
import { AliasRedirect } from '@/components/site/alias-redirect'
import { FAMILIES } from '@/lib/catalog/families'
import { siteCatalog } from '@/lib/catalog/site-catalog'
import type { GuideEntry } from '@/lib/catalog/types'
import { pageAlternates, SITE_NAME } from '@/lib/site'
import { CodePage } from '@/components/code-page/code-page'
import { codePageMetadata } from '@/components/code-page/metadata'
import { registrySpellingsOfGuides, siteCodePage, siteCodePages } from '@/lib/registry/site-pages'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = false

/** Every guide's slug, every code and old slug that leads to a guide (each gets a redirect page), and every registry code without a guide (a code page). */
export function generateStaticParams() {
  return [...siteCatalog().params(), ...registrySpellingsOfGuides().keys(), ...siteCodePages().keys()].map((slug) => ({ slug }))
}

/** What a segment names: a guide, a guide it leads to (its codes, old slugs and the registry's spellings of its codes), or nothing. */
function resolve(segment: string): { guide: GuideEntry } | { aliasOf: GuideEntry } | undefined {
  const catalog = siteCatalog()
  const found = catalog.resolve(segment)
  if (found) return found
  const target = catalog.resolve(registrySpellingsOfGuides().get(segment) ?? '')
  return target && 'guide' in target ? { aliasOf: target.guide } : undefined
}

/** Title, description, canonical link and link preview of a guide. */
function guideMetadata(guide: GuideEntry): Metadata {
  const path = `/errors/${guide.slug}/`
  // A shared link's preview must name the error even where a title leaves the code out.
  const previewTitle = guide.title.includes(guide.code) ? guide.title : `${guide.code}: ${guide.title}`
  return {
    title: guide.title,
    description: guide.summary,
    alternates: pageAlternates(path),
    openGraph: { type: 'article', title: previewTitle, description: guide.summary, url: path, siteName: SITE_NAME, modifiedTime: guide.lastReviewed },
    twitter: { card: 'summary', title: previewTitle, description: guide.summary },
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const code = siteCodePage(slug)
  if (code) return codePageMetadata(code)
  const found = resolve(slug)
  // An alias link pasted in a chat unfurls as its guide would; search engines index the guide only.
  if (found && 'aliasOf' in found) return { ...guideMetadata(found.aliasOf), robots: { index: false } }
  return guideMetadata(siteCatalog().guide(slug))
}

export default async function GuidePage({ params }: Props) {
  const { slug } = await params
  const code = siteCodePage(slug)
  if (code) return <CodePage page={code} />
  const catalog = siteCatalog()
  const found = resolve(slug)
  if (found && 'aliasOf' in found) return <AliasRedirect guide={found.aliasOf} />

  const guide = catalog.guide(slug)
  const related = guide.related.flatMap((slug) => {
    const target = catalog.resolve(slug)
    return target && 'guide' in target ? [target.guide] : []
  })

  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-10">
      <article className="min-w-0">
        <FamilyBreadcrumb family={guide.family} label={FAMILIES[guide.family].label} />
        <h1 className="text-3xl font-bold tracking-tight">{guide.title}</h1>
        <p className="mt-3 mb-5 text-lg text-slate-700 dark:text-slate-300">{guide.summary}</p>
        <GuideFacts guide={guide} />
        <ChecklistFacts slug={guide.slug} />
        <details className="mt-6 rounded-lg border border-slate-200 p-3 lg:hidden dark:border-slate-700 print:hidden">
          <summary className="cursor-pointer text-sm font-semibold">Contents</summary>
          <div className="mt-3">
            <TableOfContents toc={guide.toc} labelId="toc-folded" />
          </div>
        </details>
        <div className="prose prose-slate mt-8 max-w-none dark:prose-invert prose-code:before:content-none prose-code:after:content-none">
          <div className="guide-body" dangerouslySetInnerHTML={{ __html: guide.html }} />
          <ExamplesSection guide={guide} />
          <RelatedSection related={related} />
          <SourcesSection guide={guide} />
        </div>
      </article>
      <aside className="hidden lg:block print:hidden">
        <div className="sticky top-20 max-h-[calc(100vh-6rem)] overflow-y-auto">
          <TableOfContents toc={guide.toc} labelId="toc-sidebar" />
        </div>
      </aside>
      <CopyButtons />
      <FragmentLanding redirects={guide.anchorRedirects} />
    </div>
  )
}
