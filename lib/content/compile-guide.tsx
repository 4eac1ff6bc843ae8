import { compile, run } from '@mdx-js/mdx'
import { MDXProvider, useMDXComponents } from '@mdx-js/react'
import rehypeShiki from '@shikijs/rehype/core'
import type { MDXComponents } from 'mdx/types'
import * as runtime from 'react/jsx-runtime'
import { renderToStaticMarkup } from 'react-dom/server'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import type { Highlighter } from 'shiki'
import { VFile } from 'vfile'
import type { GuideFrontmatter } from '../catalog/schema'
import type { TocEntry } from '../catalog/types'
import { Callout } from '@/components/guide/callout'
import { Checklist } from '@/components/guide/checklist'
import { CodeBlock } from '@/components/guide/code-block'
import { Heading } from '@/components/guide/heading'
import type { ContentProblem } from './content-error'
import { checkGuideBody, PAGE_SECTIONS } from './guide-rules'
import { highlightCommand, THEMES, TOKEN_CLASSES } from './highlighter'
import { remarkGuideOutline } from './remark-guide-outline'
import { remarkHeadingIds } from './remark-heading-ids'

type Headings = NonNullable<VFile['data']['headings']>

export type CompiledBody = { ok: true; html: string; toc: TocEntry[] } | { ok: false; problems: ContentProblem[] }

function components(guide: GuideFrontmatter, headings: Headings, highlighter: Highlighter): MDXComponents {
  const titleOf = (id: unknown) => headings.find((h) => h.id === id)?.title ?? String(id)
  return {
    h2: ({ id, children }) => <Heading level={2} id={String(id)} title={titleOf(id)}>{children}</Heading>,
    h3: ({ id, children }) => <Heading level={3} id={String(id)} title={titleOf(id)}>{children}</Heading>,
    // Focusable, so a long line can be scrolled with the keyboard (shiki's own blocks already are).
    pre: (props) => <CodeBlock><pre tabIndex={0} {...props} /></CodeBlock>,
    // Focusable for the same reason: a wide table scrolls sideways inside its box.
    table: (props) => (
      <div className="table-scroll overflow-x-auto" tabIndex={0}>
        <table {...props} />
      </div>
    ),
    Callout,
    Checklist: () => <Checklist checks={guide.checks} highlight={(code) => highlightCommand(highlighter, code)} />,
  }
}

/** Table of contents: body headings, each check under the checklist, then the page's own sections. */
function tableOfContents(headings: Headings, guide: GuideFrontmatter): TocEntry[] {
  const toc: TocEntry[] = []
  for (const { id, title, depth } of headings) {
    toc.push({ id, title, depth })
    if (id === 'checklist') toc.push(...guide.checks.map((c) => ({ id: c.id, title: c.title, depth: 3 as const })))
  }
  for (const s of PAGE_SECTIONS) {
    if (s.id !== 'related' || guide.related.length > 0) toc.push({ id: s.id, title: s.title, depth: 2 })
  }
  return toc
}

/**
 * Compiles a guide's MDX at build time with the project's own plugin chain and renders it to HTML,
 * with components supplied through @mdx-js/react's provider. The browser receives only HTML.
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

  const { default: Content } = await run(String(compiled), { ...runtime, useMDXComponents, baseUrl: import.meta.url })
  const html = renderToStaticMarkup(
    <MDXProvider components={components(guide, compiled.data.headings ?? [], highlighter)}>
      <Content />
    </MDXProvider>,
  )
  return { ok: true, html, toc: tableOfContents(compiled.data.headings ?? [], guide) }
}
