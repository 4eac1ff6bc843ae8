import type {} from 'mdast-util-to-hast'
import type {} from 'mdast-util-mdxjs-esm'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import { visit } from 'unist-util-visit'
import type { Root } from 'mdast'
import type { VFile } from 'vfile'

export type OutlineSection = { id: string; line?: number; listItems: number }

/**
 * Code in the body: a fenced block with its language (empty when none is given), or `inline` code
 * in running text; its text, and the line it starts on (a block's opening fence).
 */
export type OutlineCode = { lang: string; value: string; line?: number }

declare module 'vfile' {
  interface DataMap {
    outline: {
      sections: OutlineSection[]
      esmLines: number[]
      components: { name: string; line?: number; section?: string }[]
      codeBlocks: OutlineCode[]
    }
  }
}

/**
 * Records the shape of a guide body for the content check: its `##` sections in order, how many
 * top-level list items each holds, and any `import`/`export` (guides get components from the
 * provider, never by importing code), which components it uses where, and its code blocks. Runs after remarkHeadingIds, whose ids it reads.
 */
export function remarkGuideOutline() {
  return (tree: Root, file: VFile) => {
    const sections: OutlineSection[] = []
    const esmLines: number[] = []
    for (const node of tree.children) {
      if (node.type === 'heading' && node.depth === 2) {
        const id = String(node.data?.hProperties?.id ?? '')
        sections.push({ id, line: node.position?.start.line, listItems: 0 })
      } else if (node.type === 'list') {
        const current = sections.at(-1)
        if (current) current.listItems += node.children.length
      } else if (node.type === 'mdxjsEsm') {
        esmLines.push(node.position?.start.line ?? 0)
      }
    }
    const components: { name: string; line?: number; section?: string }[] = []
    const codeBlocks: OutlineCode[] = []
    let section: string | undefined
    visit(tree, (node) => {
      if (node.type === 'code') codeBlocks.push({ lang: node.lang ?? '', value: node.value, line: node.position?.start.line })
      if (node.type === 'inlineCode') codeBlocks.push({ lang: 'inline', value: node.value, line: node.position?.start.line })
      if (node.type === 'heading' && node.depth === 2) section = String(node.data?.hProperties?.id ?? '')
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const name = (node as MdxJsxFlowElement | MdxJsxTextElement).name
        if (name && /^[A-Z]/.test(name)) components.push({ name, line: node.position?.start.line, section })
      }
    })
    file.data.outline = { sections, esmLines, components, codeBlocks }
  }
}
