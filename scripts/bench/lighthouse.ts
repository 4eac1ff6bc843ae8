/**
 * Lighthouse (mobile, its default) on `/` and a guide, served as `npm start` serves them, driving
 * Debian's Chromium. Each page is measured five times and the run with the median performance score
 * is reported, as Lighthouse's own guidance suggests for its run-to-run variance.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Row } from './table'
import { serveOut } from './static-server'
import { againstTarget } from './target'

const PAGES = ['/', '/errors/access-denied/']
const RUNS = 5
const CHROMIUM = '/usr/bin/chromium'
// Headless in a container, and no calls to Google's services (the network here allows none).
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync'
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

type Category = { score: number | null; auditRefs: { id: string; weight: number }[] }
type Report = {
  categories: Record<(typeof CATEGORIES)[number], Category>
  audits: Record<string, { score: number | null; numericValue?: number }>
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

function rowsFor(path: string, r: Report): Row[] {
  const [performance, accessibility, bestPractices, seo] = CATEGORIES.map((c) => score(r, c))
  const metric = (id: string) => r.audits[id]?.numericValue ?? NaN
  const cls = metric('cumulative-layout-shift')
  const below = CATEGORIES.flatMap((c) => (score(r, c) < (c === 'performance' ? 95 : 100) ? shortfalls(r, c) : []))
  const met = performance! >= 95 && accessibility === 100 && bestPractices === 100 && seo === 100
  return [
    {
      measure: `Lighthouse ${path}: perf · a11y · best pr. · SEO`,
      value: `${performance} · ${accessibility} · ${bestPractices} · ${seo}`,
      note: againstTarget('≥ 95 · 100 · 100 · 100', met) + (below.length ? `; short on ${below.join(', ')}` : ''),
    },
    {
      measure: `Lighthouse ${path}: LCP · TBT · CLS`,
      value: `${(metric('largest-contentful-paint') / 1000).toFixed(2)} s · ${Math.round(metric('total-blocking-time'))} ms · ${cls === 0 ? '0' : cls.toPrecision(2)}`,
      note: againstTarget('CLS 0', cls === 0),
    },
  ]
}

export async function benchLighthouse(): Promise<Row[]> {
  const server = await serveOut()
  try {
    const rows: Row[] = []
    for (const path of PAGES) {
      const runs: Report[] = []
      for (let i = 0; i < RUNS; i++) runs.push(await lighthouse(server.origin + path))
      runs.sort((a, b) => score(a, 'performance') - score(b, 'performance'))
      rows.push(...rowsFor(path, runs[Math.floor(RUNS / 2)]!))
    }
    return rows
  } finally {
    server.close()
  }
}
