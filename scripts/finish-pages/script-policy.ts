/**
 * Writes each exported page's own script policy into the page as a <meta> Content-Security-Policy.
 * The server's header carries the rest of the site's policy; the browser enforces both, so a script
 * runs only if it comes from our origin or is one of the inline scripts this page was built with.
 */
import { inlineScripts, scriptHashSource } from './script-hashes'

/** What every page may run besides its own inline scripts: our files, and WebAssembly (OCR). */
export const PAGE_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"]

const EARLIER_POLICY = /<meta http-equiv="Content-Security-Policy"[^>]*>/gi
// The policy must precede every script; it goes after <meta charset>, which must stay in the first 1,024 bytes.
const HEAD_START = /<head(\s[^>]*)?>(\s*<meta charset="?[\w-]+"?\s*\/?>)?/i

/** The page's script-src: the shared sources plus a hash of each of its inline scripts. */
export function scriptPolicy(html: string): string {
  const hashes = [...new Set(inlineScripts(html).map(scriptHashSource))]
  return `script-src ${[...PAGE_SCRIPT_SOURCES, ...hashes].join(' ')}`
}

/**
 * The page with its script policy as the first policy in <head>; a policy from an earlier run is
 * replaced. `held` is the page's framework scripts kept in a file beside it: they run in the page, so
 * the policy allows them too.
 */
export function withScriptPolicy(html: string, held = ''): string {
  const page = html.replace(EARLIER_POLICY, '')
  if (!HEAD_START.test(page)) throw new Error('the page has no <head> to carry its script policy')
  const meta = `<meta http-equiv="Content-Security-Policy" content="${scriptPolicy(page + held)}"/>`
  return page.replace(HEAD_START, (head) => head + meta)
}
