/**
 * Holds each page's framework scripts for later, so that reading a page runs none of them.
 *
 * Next.js writes its chunks as async <script src> tags (in <head> and <body>), a preload for its
 * runtime, and inline scripts that hand React the page's payload (`self.__next_f.push(…)`) and
 * Turbopack its chunk list. Here they all move, unchanged and in their order, into one
 * `<template data-framework>` at the end of <body>: a template's scripts neither load nor run. The
 * reader script (components/reader/boot-framework.ts) starts them when the reader needs the
 * framework. The page's script policy, written after this step, still hashes every inline script,
 * held or not, so the held ones run when started and nothing else does.
 */

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi
const FRAMEWORK_FILE = /\ssrc="\/_next\/[^"]*"/i
const ASYNC = /\sasync\b/i
// The payload pushes and Turbopack's chunk list, as Next.js writes them inline.
const FRAMEWORK_INLINE = /^\s*(?:\(self\.__next_f|self\.__next_f\.push\(|\(globalThis\["TURBOPACK"\])/
// React's scripts that reveal content streamed late ($RC, $RS, $RX): such a page needs them at load.
const REVEALS_CONTENT = /\$R[CSX]\s*[(=]/
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\srel="preload")(?=[^>]*\sas="script")(?=[^>]*\shref="\/_next\/)[^>]*>/gi
export const HELD_START = '<template data-framework="">'

/** An async chunk file of the framework, or one of its inline scripts; nomodule fallbacks and our own scripts stay. */
function isFramework(attributes: string, text: string): boolean {
  if (FRAMEWORK_FILE.test(attributes)) return ASYNC.test(attributes)
  return text !== '' && FRAMEWORK_INLINE.test(text)
}

export function withFrameworkOnDemand(html: string): string {
  if (html.includes(HELD_START)) return html
  if (!/<head[\s>]/i.test(html)) throw new Error('the page has no <head>')
  const held: string[] = []
  let page = html.replace(SCRIPT, (script, attributes: string, text: string) => {
    if (REVEALS_CONTENT.test(text)) throw new Error('the page reveals streamed content with a script: it cannot be read without its framework')
    if (!isFramework(attributes, text)) return script
    held.push(script)
    return ''
  })
  if (held.length === 0) return html
  page = page.replace(SCRIPT_PRELOAD, '')
  const bodyEnd = page.lastIndexOf('</body>')
  if (bodyEnd === -1) throw new Error('the page has no </body>')
  return `${page.slice(0, bodyEnd)}${HELD_START}${held.join('')}</template>${page.slice(bodyEnd)}`
}
