/**
 * Lighthouse (mobile, its default) on `/`, the longest guide, a code page and the framework's floor
 * (an empty page of the same build, as Next.js exports it), served as `npm start` serves them, driving
 * Debian's Chromium. Each page is measured five times and the run with the median performance score
 * is reported, as Lighthouse's own guidance suggests for its run-to-run variance.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { Launcher } from 'chrome-launcher'
import { inlineScripts } from '../finish-pages/script-hashes'
import { HELD_START } from '../finish-pages/framework-on-demand'
import { CODE_PAGE, LONG_GUIDE } from './bench-pages'
import { frameworkFloorOut } from './framework-floor'
import { gzipBytes } from './measure-page'
import type { Row } from './table'
import { serveOut } from './static-server'
import { againstTarget } from './target'
import { kilobytes } from './units'

const KB = 1000
type Page = { label: string; path: string; dir?: () => Promise<string>; goals: boolean; jsBeforeIdle?: number }
// README's goals: performance ≥ 98 on the site's pages, and on pages for reading no more than 10 KB
// of script run before the page is idle. The floor is measured for comparison only.
const PAGES: Page[] = [
  { label: '/', path: '/', goals: true },
  { label: LONG_GUIDE, path: LONG_GUIDE, goals: true, jsBeforeIdle: 10 * KB },
  { label: CODE_PAGE, path: CODE_PAGE, goals: true, jsBeforeIdle: 10 * KB },
  { label: 'the floor (empty page)', path: '/', dir: frameworkFloorOut, goals: false },
  // What Lighthouse gives a page with no script at all on this machine: the limit a page for reading can reach here.
  { label: 'plain HTML (no script)', path: '/', dir: plainHtmlOut, goals: false },
]

/**
 * A folder holding one static page of text, no script and no stylesheet (the same folder each run,
 * rewritten), with the project's serve.json one folder up, where the server looks for it.
 */
async function plainHtmlOut(): Promise<string> {
  const root = join(tmpdir(), 'aws-error-guide-plain-html')
  const dir = join(root, 'out')
  await mkdir(dir, { recursive: true })
  await copyFile('serve.json', join(root, 'serve.json'))
  const text = '<p>A paragraph of text to read, as a page for reading holds, with no script run to show it.</p>'.repeat(20)
  await writeFile(
    join(dir, 'index.html'),
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Plain HTML</title><meta name="description" content="A static page for comparison."></head><body><main><h1>Plain HTML</h1>${text}</main></body></html>`,
  )
  return dir
}
const PERFORMANCE_GOAL = 98
const TBT_GOAL_MS = 50
const RUNS = 5
const CHROMIUM = '/usr/bin/chromium'
/** The features Lighthouse's launcher (chrome-launcher, which Lighthouse itself launches Chromium with) turns off. */
function launcherDisabledFeatures(): string[] {
  const flag = Launcher.defaultFlags().find((f) => f.startsWith('--disable-features='))
  return flag ? flag.slice('--disable-features='.length).split(',') : []
}
/**
 * Chromium keeps a spare renderer process ready for the next navigation, and starts a new one the
 * moment the page being measured takes the current spare. On 2 cores that start (about 30 ms of CPU)
 * runs beside the page's commit and first layout, and Lighthouse multiplies the wall time of the
 * page's tasks, waits included, by four: a page of one paragraph went from TBT 128–194 ms to 18–67 ms
 * without it (five runs each). The bench turns it off for every page it measures, the comparison
 * pages too. Chromium reads only the last --disable-features, so the list extends the launcher's.
 */
const DISABLED_FEATURES = [...launcherDisabledFeatures(), 'SpareRendererForSitePerProcess']
// Headless in a container. The launcher adds its own flags, those that keep Chromium from calling Google's services among them.
const CHROME_FLAGS = `--headless=new --no-sandbox --disable-gpu --disable-features=${DISABLED_FEATURES.join(',')}`
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

type Category = { score: number | null; auditRefs: { id: string; weight: number }[] }
type NetworkRequest = { url: string; resourceType?: string; transferSize?: number }
type Report = {
  categories: Record<(typeof CATEGORIES)[number], Category>
  audits: Record<string, { score: number | null; numericValue?: number; details?: { items?: NetworkRequest[] } }>
}

// On a busy machine Chromium now and then leaves the navigation out of its trace (NO_NAVSTART); a
// fresh run records it.
const ATTEMPTS = 3

async function lighthouse(url: string): Promise<Report> {
  const args = [url, '--output=json', '--output-path=stdout', '--quiet', `--chrome-flags=${CHROME_FLAGS}`, `--only-categories=${CATEGORIES.join(',')}`]
  const env = { ...process.env, ...(existsSync(CHROMIUM) ? { CHROME_PATH: CHROMIUM } : {}) }
  for (let attempt = 1; ; attempt++) {
    try {
      const { stdout } = await promisify(execFile)(join('node_modules', '.bin', 'lighthouse'), args, { env, maxBuffer: 64 * 1024 * 1024 })
      return JSON.parse(stdout) as Report
    } catch (error) {
      if (attempt === ATTEMPTS) throw new Error(`lighthouse failed ${ATTEMPTS} times on ${url}: ${(error as { stderr?: string }).stderr ?? error}`)
    }
  }
}

const score = (r: Report, c: (typeof CATEGORIES)[number]) => Math.round((r.categories[c].score ?? 0) * 100)

/** The scored audits a category did not pass in full: why it is below 100. */
function shortfalls(r: Report, c: (typeof CATEGORIES)[number]): string[] {
  return r.categories[c].auditRefs.filter((ref) => ref.weight > 0 && (r.audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id)
}

/**
 * Script run before the page was idle, gzip: the script files Lighthouse saw load (it stops
 * recording once the page is idle) and the inline scripts the page runs as it is parsed (not those
 * the build holds in its framework template).
 */
function jsBeforeIdle(r: Report, html: string): number {
  const files = (r.audits['network-requests']?.details?.items ?? []).filter((item) => item.resourceType === 'Script')
  const held = html.indexOf(HELD_START)
  const parsed = held === -1 ? html : html.slice(0, held) + html.slice(html.indexOf('</template>', held))
  const inline = inlineScripts(parsed).filter((text) => text.trim() !== '')
  return files.reduce((sum, f) => sum + (f.transferSize ?? 0), 0) + inline.reduce((sum, text) => sum + gzipBytes(text), 0)
}

const tbtOf = (r: Report) => Math.round(r.audits['total-blocking-time']?.numericValue ?? NaN)
/** Lowest to highest of the five runs, since one median hides how far this machine swings. */
const spread = (runs: Report[], of: (r: Report) => number) => `${Math.min(...runs.map(of))}–${Math.max(...runs.map(of))}`

/** The median run's figures (`runs` sorted by performance), with the spread of all runs beside performance and TBT. */
function rowsFor(page: Page, runs: Report[], html: string): Row[] {
  const r = runs[Math.floor(runs.length / 2)]!
  const [performance, accessibility, bestPractices, seo] = CATEGORIES.map((c) => score(r, c))
  const metric = (id: string) => r.audits[id]?.numericValue ?? NaN
  const cls = metric('cumulative-layout-shift')
  const tbt = tbtOf(r)
  const below = CATEGORIES.flatMap((c) => (score(r, c) < (c === 'performance' ? PERFORMANCE_GOAL : 100) ? shortfalls(r, c) : []))
  const met = performance! >= PERFORMANCE_GOAL && accessibility === 100 && bestPractices === 100 && seo === 100
  const js = jsBeforeIdle(r, html)
  const goal = (target: string, isMet: boolean) => (page.goals ? againstTarget(target, isMet) : 'for comparison')
  return [
    {
      measure: `Lighthouse ${page.label}: perf · a11y · best pr. · SEO`,
      value: `${performance} · ${accessibility} · ${bestPractices} · ${seo} (perf ${spread(runs, (run) => score(run, 'performance'))})`,
      note: goal(`≥ ${PERFORMANCE_GOAL} · 100 · 100 · 100`, met) + (page.goals && below.length ? `; short on ${below.join(', ')}` : ''),
    },
    {
      measure: `Lighthouse ${page.label}: LCP · TBT · CLS`,
      value: `${(metric('largest-contentful-paint') / 1000).toFixed(2)} s · ${tbt} ms (${spread(runs, tbtOf)}) · ${cls === 0 ? '0' : cls.toPrecision(2)}`,
      note: goal(`TBT ≤ ${TBT_GOAL_MS} ms, CLS 0`, tbt <= TBT_GOAL_MS && cls === 0),
    },
    {
      measure: `Lighthouse ${page.label}: JS run before idle`,
      value: `${kilobytes(js)} gzip`,
      note: page.jsBeforeIdle === undefined ? '' : againstTarget(`≤ ${kilobytes(page.jsBeforeIdle)}`, js <= page.jsBeforeIdle),
    },
  ]
}

/**
 * The pages are measured in rounds, one run of each page per round, not five runs of one page and
 * then the next: this machine's speed drifts over minutes (a page of one paragraph ranged from TBT 57
 * to 311 ms within five runs), and taking turns gives every page the same conditions to compare by.
 */
export async function benchLighthouse(): Promise<Row[]> {
  const servers = await Promise.all(PAGES.map(async (page) => serveOut(page.dir ? await page.dir() : undefined)))
  try {
    const urls = PAGES.map((page, i) => servers[i]!.origin + page.path)
    const htmls = await Promise.all(urls.map(async (url) => (await fetch(url)).text()))
    const runs: Report[][] = PAGES.map(() => [])
    for (let round = 0; round < RUNS; round++) for (const [i, url] of urls.entries()) runs[i]!.push(await lighthouse(url))
    return PAGES.flatMap((page, i) => {
      const sorted = runs[i]!.sort((a, b) => score(a, 'performance') - score(b, 'performance'))
      const rows = rowsFor(page, sorted, htmls[i]!)
      // What each page scored, in the log beside the table.
      console.error(rows.map((r) => `  ${r.measure}: ${r.value}`).join('\n'))
      return rows
    })
  } finally {
    for (const server of servers) server.close()
  }
}
