import type { GuideFrontmatter } from '../catalog/schema'
import type { RenderedGuide, TocEntry } from '../catalog/types'
import { compileGuideBody, type CompiledGuide } from './compile-guide'
import { ContentError, type ContentProblem } from './content-error'
import { getHighlighter, highlightCommand } from './highlighter'
import { readGuides, type ParsedGuide } from './read-guides'

/** An old anchor must lead to an id the page has, and must not be one it still has (that link still works). */
function checkAnchorRedirects(g: ParsedGuide, toc: TocEntry[]): ContentProblem[] {
  const ids = new Set(toc.map((t) => t.id))
  return Object.entries(g.frontmatter.anchorRedirects ?? {}).flatMap(([from, to]): ContentProblem[] => {
    const field = `anchorRedirects.${from}`
    if (ids.has(from)) return [{ file: g.file, field, reason: `#${from} is still on the page; only an id the page no longer has can redirect` }]
    if (!ids.has(to)) return [{ file: g.file, field, reason: `#${to} is not a heading or check id on this page` }]
    return []
  })
}

/** Turns a compiled body into HTML. The view layer supplies it (components/guide/guide-body.tsx), so the pipeline never imports a view. */
export type RenderBody = (body: CompiledGuide, guide: GuideFrontmatter, highlight: (code: string) => string) => Promise<string>

/**
 * Reads, validates and renders every guide in `dir`. Throws a ContentError listing every problem
 * (file, field, reason, line) so the build fails with all of them at once.
 */
export async function buildCatalog(dir: string, { render, root = process.cwd() }: { render: RenderBody; root?: string }): Promise<RenderedGuide[]> {
  const { guides, problems } = await readGuides(dir, root)
  const highlighter = await getHighlighter()
  const highlight = (code: string) => highlightCommand(highlighter, code)
  const rendered: RenderedGuide[] = []
  for (const g of guides) {
    const body = await compileGuideBody(g.file, g.source, g.frontmatter, highlighter)
    if (!body.ok) problems.push(...body.problems)
    else {
      problems.push(...checkAnchorRedirects(g, body.toc))
      rendered.push({ ...g.frontmatter, slug: g.slug, toc: body.toc, html: await render(body, g.frontmatter, highlight) })
    }
  }
  if (problems.length > 0) throw new ContentError(problems)
  return rendered
}
