/**
 * Holds each page's framework scripts for later, so that reading a page runs none of them.
 *
 * Next.js writes its chunks as async <script src> tags (in <head> and <body>), a preload for its
 * runtime, and inline scripts that hand React the page's payload (`self.__next_f.push(…)`) and
 * Turbopack its chunk list. The chunk tags move, unchanged and in their order, into one
 * `<template data-framework>` at the end of <body>: a template's scripts neither load nor run. The
 * inline scripts, in their order, leave the page for a file of their own beside it, which the
 * template names (`data-payload`): on a long guide they are more than half of the HTML, and a reader
 * who never uses the framework should not download or parse them. The reader script
 * (components/reader/boot-framework.ts) fetches them and starts everything when the reader needs the
 * framework: the inline scripts first, as they would have run before any async chunk loaded. The
 * page's script policy, written after this step, hashes the held inline scripts too, so they run
 * when started and nothing else does.
 */

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi
const FRAMEWORK_FILE = /\ssrc="\/_next\/[^"]*"/i
const ASYNC = /\sasync\b/i
// The payload pushes and Turbopack's chunk list, as Next.js writes them inline.
const FRAMEWORK_INLINE = /^\s*(?:\(self\.__next_f|self\.__next_f\.push\(|\(globalThis\["TURBOPACK"\])/
// React's scripts that reveal content streamed late ($RC, $RS, $RX): such a page needs them at load.
const REVEALS_CONTENT = /\$R[CSX]\s*[(=]/
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\srel="preload")(?=[^>]*\sas="script")(?=[^>]*\shref="\/_next\/)[^>]*>/gi
export const HELD_START = '<template data-framework=""'

/** A finished page, and the framework's inline scripts it names for later (none on a page without the framework). */
export type PageWithHeldFramework = { html: string; payload?: string }

/** An async chunk file of the framework, or one of its inline scripts; nomodule fallbacks and our own scripts stay. */
function isFramework(attributes: string, text: string): boolean {
  if (FRAMEWORK_FILE.test(attributes)) return ASYNC.test(attributes)
  return text !== '' && FRAMEWORK_INLINE.test(text)
}

/** `html` with its framework held; `payloadUrl` is where the page will find its inline scripts (written there by the caller). */
export function withFrameworkOnDemand(html: string, payloadUrl: string): PageWithHeldFramework {
  if (html.includes(HELD_START)) return { html }
  if (!/<head[\s>]/i.test(html)) throw new Error('the page has no <head>')
  const files: string[] = []
  const inline: string[] = []
  let page = html.replace(SCRIPT, (script, attributes: string, text: string) => {
    if (REVEALS_CONTENT.test(text)) throw new Error('the page reveals streamed content with a script: it cannot be read without its framework')
    if (!isFramework(attributes, text)) return script
    ;(FRAMEWORK_FILE.test(attributes) ? files : inline).push(script)
    return ''
  })
  if (files.length + inline.length === 0) return { html }
  page = page.replace(SCRIPT_PRELOAD, '')
  const bodyEnd = page.lastIndexOf('</body>')
  if (bodyEnd === -1) throw new Error('the page has no </body>')
  const payload = inline.length ? { payload: inline.join('') } : {}
  const named = inline.length ? ` data-payload="${payloadUrl}"` : ''
  return { html: `${page.slice(0, bodyEnd)}${HELD_START}${named}>${files.join('')}</template>${page.slice(bodyEnd)}`, ...payload }
}

/** Where the held inline scripts of the page at `file` (a path under the export folder) are served: beside it. */
export function payloadPathFor(file: string): string {
  return `/${file
    .split(/[\\/]/)
    .join('/')
    .replace(/\.html$/, '.framework.txt')}`
}
