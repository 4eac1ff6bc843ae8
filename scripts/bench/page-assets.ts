/**
 * What an exported HTML page makes the browser fetch: at load, the scripts and stylesheets its tags
 * name; when the framework boots, the scripts the build held in its template and the file of inline
 * scripts it names (scripts/finish-pages/framework-on-demand.ts). Scripts marked nomodule are listed apart: current
 * browsers skip them.
 */
import { HELD_START } from '../finish-pages/framework-on-demand'

/** `heldPayload`: the file of the page's own inline framework scripts (its React payload), fetched when the framework boots. */
export type PageAssets = { scripts: string[]; heldScripts: string[]; heldPayload?: string; stylesheets: string[]; legacyScripts: string[] }

const TAG = /<(script|link)\b([^>]*)>/gi
const ATTRIBUTE = /([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>()
  for (const [, name, ...values] of source.matchAll(ATTRIBUTE)) attributes.set(name!.toLowerCase(), values.find((v) => v !== undefined) ?? '')
  return attributes
}

// Only files of our own origin can be read from out/; the site loads nothing from elsewhere.
const localPath = (url: string | undefined) => (url?.startsWith('/') && !url.startsWith('//') ? url.split(/[?#]/)[0]! : undefined)

export function pageAssets(html: string): PageAssets {
  const heldFrom = html.indexOf(HELD_START)
  if (heldFrom === -1) return { ...assetsNamedIn(html), heldScripts: [] }
  const heldTo = html.indexOf('</template>', heldFrom)
  const atLoad = assetsNamedIn(html.slice(0, heldFrom) + html.slice(heldTo))
  const payload = localPath(attributesOf(html.slice(heldFrom + '<template'.length, html.indexOf('>', heldFrom))).get('data-payload'))
  return { ...atLoad, heldScripts: assetsNamedIn(html.slice(heldFrom, heldTo)).scripts, ...(payload ? { heldPayload: payload } : {}) }
}

function assetsNamedIn(html: string): Omit<PageAssets, 'heldScripts'> {
  const scripts = new Set<string>()
  const stylesheets = new Set<string>()
  const legacyScripts = new Set<string>()
  for (const [, tag, source] of html.matchAll(TAG)) {
    const a = attributesOf(source!)
    const rel = a.get('rel')?.toLowerCase().split(/\s+/) ?? []
    if (tag!.toLowerCase() === 'script') {
      const src = localPath(a.get('src'))
      if (src) (a.has('nomodule') ? legacyScripts : scripts).add(src)
    } else if (rel.includes('stylesheet')) {
      const href = localPath(a.get('href'))
      if (href) stylesheets.add(href)
    } else if (rel.includes('modulepreload') || (rel.includes('preload') && a.get('as') === 'script')) {
      const href = localPath(a.get('href'))
      if (href) scripts.add(href)
    }
  }
  return { scripts: [...scripts], stylesheets: [...stylesheets], legacyScripts: [...legacyScripts] }
}
