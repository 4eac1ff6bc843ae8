import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseHTML } from 'linkedom'

let last: { path: string; document: Document } | undefined

/**
 * A page of the exported site as a document, read from out/ without a browser. The last page is
 * kept: the checks of one page run one after another, and parsing is most of their cost.
 */
export function builtPage(path: string): Document {
  if (last?.path !== path) last = { path, document: parseHTML(readFileSync(join('out', path, 'index.html'), 'utf8')).document as unknown as Document }
  return last.document
}

/** Text with its whitespace collapsed and its ends trimmed, as Playwright's toHaveText compares it. */
export const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim()

/** An element's text, collapsed. */
export const textOf = (element: Element | null | undefined) => collapsed(element?.textContent ?? '')

/** Whether some element under `root` has exactly this text. */
export const hasElementWithText = (root: Element, text: string) => [...root.querySelectorAll('*')].some((el) => textOf(el) === text)
