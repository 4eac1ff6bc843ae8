import { compile } from '@mdx-js/mdx'
import rehypeShiki from '@shikijs/rehype/core'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import type { Highlighter } from 'shiki'
import { VFile } from 'vfile'
import type { GuideFrontmatter } from '../catalog/schema'
import { PAGE_SECTIONS } from '../catalog/sections'
import type { TocEntry } from '../catalog/types'
import type { ContentProblem } from './content-error'
import { checkGuideBody } from './guide-rules'
import { THEMES, TOKEN_CLASSES } from './highlighter'
import { remarkGuideOutline } from './remark-guide-outline'
import { remarkHeadingIds } from './remark-heading-ids'

/** The body's headings as remarkHeadingIds records them: what the rendered headings need to know. */
export type Headings = NonNullable<VFile['data']['headings']>

/** A body that compiled and passed the content rules: MDX compiled to a function body, ready to run with the site's components. */
export type CompiledGuide = { ok: true; code: string; headings: Headings; toc: TocEntry[] }

export type CompiledBody = CompiledGuide | { ok: false; problems: ContentProblem[] }

/** Table of contents: body headings, each check under the checklist, then the page's own sections. */
function tableOfContents(headings: Headings, guide: GuideFrontmatter): TocEntry[] {
  const toc: TocEntry[] = []
  for (const { id, title, depth } of headings) {
    toc.push({ id, title, depth })
    if (id === 'checklist') toc.push(...guide.checks.map((c) => ({ id: c.id, title: c.title, depth: 3 as const })))
  }
  for (const s of Object.values(PAGE_SECTIONS)) {
    if (s.id !== PAGE_SECTIONS.related.id || guide.related.length > 0) toc.push({ id: s.id, title: s.title, depth: 2 })
  }
  return toc
}

/**
 * Compiles a guide's MDX at build time with the project's own plugin chain (code is highlighted
 * here) and checks the body against the content rules. It knows the components a body may use only
 * by name (lib/catalog/sections.ts); the view layer supplies them when the body is rendered.
 */
export async function compileGuideBody(file: string, source: string, guide: GuideFrontmatter, highlighter: Highlighter): Promise<CompiledBody> {
  let compiled: VFile
  try {
    compiled = await compile(new VFile({ path: file, value: source }), {
      outputFormat: 'function-body',
      providerImportSource: '@mdx-js/react',
      remarkPlugins: [remarkFrontmatter, remarkGfm, remarkHeadingIds, remarkGuideOutline],
      rehypePlugins: [[rehypeShiki, highlighter, { themes: THEMES, defaultColor: 'light', fallbackLanguage: 'text', transformers: [TOKEN_CLASSES.transformer] }]],
    })
  } catch (error) {
    const e = error as { reason?: string; message: string; line?: number }
    return { ok: false, problems: [{ file, field: 'body', reason: `MDX: ${e.reason ?? e.message}`, line: e.line }] }
  }

  const problems = checkGuideBody(file, guide, compiled.data)
  if (problems.length > 0) return { ok: false, problems }
  const headings = compiled.data.headings ?? []
  return { ok: true, code: String(compiled), headings, toc: tableOfContents(headings, guide) }
}
