/**
 * Page weight: what `/`, a guide, a code page and `/errors/` load at load and once their framework
 * boots, against an empty page of the same build (the framework's floor); what is fetched only on demand; and the JSON the site
 * serves. Reads the out/ that the build-time section has just built.
 */
import { readdir, readFile } from 'node:fs/promises'
import { extname, join, sep } from 'node:path'
import type { Row } from './table'
import { measureFrameworkFloor } from './framework-floor'
import { checksPath } from '../../lib/catalog/public-catalog'
import { LONG_GUIDE, LONG_GUIDE_SLUG, CODE_PAGE } from './bench-pages'
import { describeWeight, frameworkJs, gzipBytes, measurePage } from './measure-page'
import { pageAssets } from './page-assets'
import { againstTarget } from './target'
import { kilobytes } from './units'

const OUT = 'out'
const KB = 1000
// The page-weight budgets of README's Performance section, in gzip bytes: the JavaScript a page for
// reading runs at load, and what its framework, once booted, may add to the floor (a paste page that
// stays light, a guide that is mostly HTML).
const PAGES = [
  { path: '/', label: '/ before a paste', atLoad: undefined, onBoot: 30 * KB },
  { path: LONG_GUIDE, label: `a long guide (${LONG_GUIDE})`, atLoad: 10 * KB, onBoot: 10 * KB },
  { path: CODE_PAGE, label: `a code page (${CODE_PAGE})`, atLoad: 10 * KB, onBoot: 10 * KB },
  { path: '/errors/', label: '/errors/', atLoad: undefined, onBoot: undefined },
]
// The paste page loads /catalog.json once (budget: 120 KB gzip), then the checklist of each guide a
// paste matches; the longest guide's is shown. The search index loads on the first focus of the search.
const DATA_FILES: { path: string; budget?: number; note?: string }[] = [
  { path: '/catalog.json', budget: 120 * KB, note: 'loaded once by the paste page' },
  { path: checksPath(LONG_GUIDE_SLUG), note: 'a matched guide’s checklist, the longest' },
  { path: '/search-index.json', note: 'loaded on the first focus of the search' },
]
// Scripts, WebAssembly and models that code fetches by itself (workers, OCR), outside Next's chunks.
const FETCHED_BY_CODE = /\.(m?js|wasm|traineddata(\.gz)?)$/

export async function benchPageWeight(): Promise<Row[]> {
  const floor = await measureFrameworkFloor()
  const rows: Row[] = [{ measure: 'empty Next.js page, same build (the floor)', value: describeWeight(floor) }]
  for (const { path, label, atLoad, onBoot } of PAGES) {
    const weight = await measurePage(OUT, path)
    const above = frameworkJs(weight) - frameworkJs(floor)
    const notes = [
      atLoad === undefined ? undefined : `at load: ${againstTarget(`≤ ${kilobytes(atLoad)}`, weight.js <= atLoad)}`,
      `booted: JS floor + ${kilobytes(above)}` + (onBoot === undefined ? '' : `; ${againstTarget(`≤ floor + ${kilobytes(onBoot)}`, above <= onBoot)}`),
    ]
    rows.push({ measure: label, value: describeWeight(weight), note: notes.filter(Boolean).join(' · ') })
  }
  rows.push(...(await onDemandRows()))
  for (const { path, budget, note } of DATA_FILES) {
    const body = await readFile(join(OUT, path)).catch(() => undefined)
    if (!body) continue
    const gzip = gzipBytes(body)
    const target = budget === undefined ? undefined : againstTarget(`≤ ${kilobytes(budget)} gzip`, gzip <= budget)
    rows.push({ measure: path, value: `${kilobytes(body.length)} (gzip ${kilobytes(gzip)})`, note: [note, target].filter(Boolean).join(' · ') })
  }
  return rows
}

/** Files no page's HTML names: Next's lazily loaded chunks, and what workers and OCR fetch. */
async function onDemandRows(): Promise<Row[]> {
  const files = (await readdir(OUT, { recursive: true })).map((f) => `/${f.split(sep).join('/')}`)
  const named = new Set<string>()
  for (const page of files.filter((f) => f.endsWith('.html'))) {
    const { scripts, heldScripts, stylesheets, legacyScripts } = pageAssets(await readFile(join(OUT, page), 'utf8'))
    for (const f of [...scripts, ...heldScripts, ...stylesheets, ...legacyScripts]) named.add(f)
  }
  const unnamed = files.filter((f) => !named.has(f))
  const lazyChunks = unnamed.filter((f) => f.startsWith('/_next/') && extname(f) === '.js')
  const chunkBytes = await Promise.all(lazyChunks.map(async (f) => gzipBytes(await readFile(join(OUT, f)))))
  const rows: Row[] = [
    {
      measure: 'JS chunks loaded on demand (in no page’s HTML)',
      value: `${lazyChunks.length} files, ${kilobytes(chunkBytes.reduce((a, b) => a + b, 0))} gzip`,
      note: 'dynamic imports: not in the budgets above',
    },
  ]
  for (const f of unnamed.filter((f) => !f.startsWith('/_next/') && FETCHED_BY_CODE.test(f)).sort()) {
    const body = await readFile(join(OUT, f))
    rows.push({ measure: `${f} (on demand)`, value: `${kilobytes(body.length)} (gzip ${kilobytes(gzipBytes(body))})` })
  }
  return rows
}
