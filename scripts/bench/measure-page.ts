/** Gzip bytes of an exported page and of the CSS and JavaScript its tags load, read from an out/ folder. */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { pageAssets } from './page-assets'
import { kilobytes } from './units'

/**
 * `js`: the script files a page runs at load; `heldJs`: those it holds until the framework boots;
 * `heldPayload`: the page's React payload, fetched when it boots (Next.js inlines it in the HTML).
 */
export type PageWeight = { html: number; css: number; js: number; jsFiles: number; heldJs: number; heldFiles: number; heldPayload: number }

/** Gzip at the default level, as `serve` and most CDNs compress. */
export const gzipBytes = (content: Buffer | string) => gzipSync(content).length

/** The HTML file a trailing-slash address is exported to: `/errors/` → `out/errors/index.html`. */
export const htmlFileOf = (outDir: string, path: string) => join(outDir, path, 'index.html')

export async function measurePage(outDir: string, path: string): Promise<PageWeight> {
  const html = await readFile(htmlFileOf(outDir, path))
  const { scripts, heldScripts, heldPayload, stylesheets } = pageAssets(html.toString('utf8'))
  const total = async (files: string[]) => (await Promise.all(files.map(async (f) => gzipBytes(await readFile(join(outDir, f)))))).reduce((a, b) => a + b, 0)
  return {
    html: gzipBytes(html),
    css: await total(stylesheets),
    js: await total(scripts),
    jsFiles: scripts.length,
    heldJs: await total(heldScripts),
    heldFiles: heldScripts.length,
    heldPayload: await total(heldPayload ? [heldPayload] : []),
  }
}

/** All the framework a page runs once booted: at load on an unfinished page (the floor), on intent on ours. */
export const frameworkJs = (w: PageWeight) => w.js + w.heldJs

export function describeWeight(w: PageWeight): string {
  const held = w.heldFiles > 0 ? ` · JS on boot ${kilobytes(w.heldJs)} (${w.heldFiles} files)` : ''
  const payload = w.heldPayload > 0 ? ` · payload on boot ${kilobytes(w.heldPayload)}` : ''
  return `HTML ${kilobytes(w.html)} · CSS ${kilobytes(w.css)} · JS at load ${kilobytes(w.js)} (${w.jsFiles} files)${held}${payload}, gzip`
}
