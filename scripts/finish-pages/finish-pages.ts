/**
 * Post-build step of `npm run build`, run after `next build` has written the pages: finishes every
 * exported HTML page in out/. The framework's scripts are held for when the reader needs them first;
 * the script policy, which hashes the inline scripts (held ones included), is written last. Usage: tsx scripts/finish-pages/finish-pages.ts [out-dir]
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { withScriptPolicy } from './script-policy'
import { withFrameworkOnDemand } from './framework-on-demand'

const { positionals } = parseArgs({ allowPositionals: true })
const OUT = positionals[0] ?? 'out'

const pages = (await readdir(OUT, { recursive: true })).filter((name) => name.endsWith('.html')).map((name) => join(OUT, name))
if (pages.length === 0) throw new Error(`no HTML pages in ${OUT}/: run next build first`)
for (const page of pages) await writeFile(page, withScriptPolicy(withFrameworkOnDemand(await readFile(page, 'utf8'))))
console.log(`${pages.length} pages finished: framework held until needed, script policy written`)
