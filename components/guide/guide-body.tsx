import { run } from '@mdx-js/mdx'
import { MDXProvider, useMDXComponents } from '@mdx-js/react'
import type { MDXComponents } from 'mdx/types'
import type { ComponentType } from 'react'
import * as runtime from 'react/jsx-runtime'
import { renderToStaticMarkup } from 'react-dom/server'
import type { GuideFrontmatter } from '@/lib/catalog/schema'
import type { BodyComponent } from '@/lib/catalog/sections'
import type { Headings } from '@/lib/content/compile-guide'
import { Callout } from './callout'
import { Checklist } from './checklist'
import { CodeBlock } from './code-block'
import { Heading } from './heading'

/**
 * What a guide body renders with: the components an author may write (exactly those the content
 * rules allow, or this does not compile) and the site's own take on headings, code and tables.
 */
export function guideBodyComponents(guide: GuideFrontmatter, headings: Headings, highlight: (code: string) => string): MDXComponents {
  const titleOf = (id: unknown) => headings.find((h) => h.id === id)?.title ?? String(id)
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each component has its own props
  const authored = { Callout, Checklist: () => <Checklist checks={guide.checks} highlight={highlight} /> } satisfies Record<BodyComponent, ComponentType<any>>
  return {
    h2: ({ id, children }) => (
      <Heading level={2} id={String(id)} title={titleOf(id)}>
        {children}
      </Heading>
    ),
    h3: ({ id, children }) => (
      <Heading level={3} id={String(id)} title={titleOf(id)}>
        {children}
      </Heading>
    ),
    // Focusable, so a long line can be scrolled with the keyboard (shiki's own blocks already are).
    pre: (props) => (
      <CodeBlock>
        <pre tabIndex={0} {...props} />
      </CodeBlock>
    ),
    // Focusable, as code blocks are: a wide table scrolls sideways inside its box.
    table: (props) => (
      <div className="table-scroll overflow-x-auto" tabIndex={0}>
        <table {...props} />
      </div>
    ),
    ...authored,
  }
}

/**
 * Renders a compiled guide body to HTML, at build time: the page-weight budget relies on the
 * browser receiving only HTML, with no MDX runtime and no highlighter.
 */
export async function renderGuideBody(
  body: { code: string; headings: Headings },
  guide: GuideFrontmatter,
  highlight: (code: string) => string,
): Promise<string> {
  const { default: Content } = await run(body.code, { ...runtime, useMDXComponents, baseUrl: import.meta.url })
  return renderToStaticMarkup(
    <MDXProvider components={guideBodyComponents(guide, body.headings, highlight)}>
      <Content />
    </MDXProvider>,
  )
}
