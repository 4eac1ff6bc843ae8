/**
 * The inline scripts of an HTML page and their CSP hashes. Next.js's static export writes its
 * bootstrap and the page's React payload as inline <script> elements that differ on every page, so
 * each page gets its own list of allowed hashes rather than one list for the whole site.
 */
import { createHash } from 'node:crypto'

// An inline script ends at the first `</script`, as in the browser's tokenizer; Next.js and React
// escape `<` inside the payloads they inline, so that boundary is exact for the pages we export.
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script/gi
const HAS_SRC = /(^|\s)src\s*=/i

/** The text of every <script> without a src, in page order. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].filter(([, attributes]) => !HAS_SRC.test(attributes!)).map(([, , text]) => text!)
}

/** The CSP source that allows exactly this script text: `'sha256-<base64>'`. */
export function scriptHashSource(text: string): string {
  // The browser hashes the text after its parser has turned every CR LF and lone CR into LF.
  const normalized = text.replace(/\r\n?/g, '\n')
  return `'sha256-${createHash('sha256').update(normalized, 'utf8').digest('base64')}'`
}
