import { serveOut } from '/work/main/scripts/bench/static-server.ts'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { writeFileSync } from 'node:fs'
const server = await serveOut()
const flags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync'
for (const path of process.argv.slice(2)) {
  const { stdout } = await promisify(execFile)('node_modules/.bin/lighthouse', [server.origin + path, '--output=json', '--output-path=stdout', '--quiet', `--chrome-flags=${flags}`, '--only-categories=performance,accessibility,best-practices,seo'], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 1 << 26 })
  const r = JSON.parse(stdout)
  const name = path.replace(/\W+/g, '_')
  writeFileSync(`/tmp/lh${name}.json`, stdout)
  const a = r.audits
  console.log(path, JSON.stringify(Object.fromEntries(Object.entries(r.categories).map(([k, v]: any) => [k, Math.round(v.score * 100)]))), 'FCP', a['first-contentful-paint'].numericValue|0, 'LCP', a['largest-contentful-paint'].numericValue|0, 'TBT', a['total-blocking-time'].numericValue|0, 'SI', a['speed-index'].numericValue|0, 'CLS', a['cumulative-layout-shift'].numericValue)
}
server.close()
