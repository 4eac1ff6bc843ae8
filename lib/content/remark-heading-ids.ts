import type {} from 'mdast-util-to-hast'
import type { Heading, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { slug } from 'github-slugger'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import type { TocEntry } from '../catalog/types'

declare module 'vfile' {
  interface DataMap {
    headings: (TocEntry & { line?: number; fixed: boolean })[]
  }
}

const FIXED_ID = /\s*\[#([^\]]*)\]\s*$/

/**
 * Gives every heading an id: the author's `[#fixed-id]` at the end of the heading, else the
 * github-slugger form of its text (the same slugs GitHub makes, so links people guess work).
 * Ids are not de-duplicated here: a repeated id is an error the content check reports.
 */
export function remarkHeadingIds() {
  return (tree: Root, file: VFile) => {
    const headings: NonNullable<VFile['data']['headings']> = []
    visit(tree, 'heading', (node: Heading) => {
      const last = node.children.at(-1)
      let id: string | undefined
      if (last?.type === 'text') {
        const fixed = FIXED_ID.exec(last.value)
        if (fixed) {
          id = fixed[1] ?? ''
          last.value = last.value.slice(0, fixed.index)
        }
      }
      const title = toString(node).trim()
      const fixed = id !== undefined
      id ??= slug(title)
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } }
      if (node.depth === 2 || node.depth === 3) headings.push({ id, title, depth: node.depth, line: node.position?.start.line, fixed })
    })
    file.data.headings = headings
  }
}
