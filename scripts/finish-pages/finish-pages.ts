/**
 * Post-build step of `npm run build`, run after `next build` has written the pages: finishes every
 * exported HTML page in out/. The framework's scripts are held for when the reader needs them first
 * (its inline ones in a file beside the page); the script policy, which hashes the inline scripts
 * (held ones included), is written last. Usage: tsx scripts/finish-pages/finish-pages.ts [out-dir]
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { withScriptPolicy } from './script-policy'
import { payloadPathFor, withFrameworkOnDemand } from './framework-on-demand'

const { positionals } = parseArgs({ allowPositionals: true })
const OUT = positionals[0] ?? 'out'

const pages = (await readdir(OUT, { recursive: true })).filter((name) => name.endsWith('.html'))
if (pages.length === 0) throw new Error(`no HTML pages in ${OUT}/: run next build first`)
for (const name of pages) {
  const payloadPath = payloadPathFor(name)
  const { html, payload } = withFrameworkOnDemand(await readFile(join(OUT, name), 'utf8'), payloadPath)
  if (payload !== undefined) await writeFile(join(OUT, payloadPath), payload)
  // On a page finished by an earlier run the payload is already beside it; its scripts stay allowed.
  const held = payload ?? (await readFile(join(OUT, payloadPath), 'utf8').catch(() => ''))
  await writeFile(join(OUT, name), withScriptPolicy(html, held))
}
console.log(`${pages.length} pages finished: framework held until needed, script policy written`)
