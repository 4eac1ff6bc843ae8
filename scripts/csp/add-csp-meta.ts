/**
 * Post-build step of `npm run build`: gives every exported HTML page in out/ its script policy
 * (see script-policy.ts). Run after `next build`, which writes the pages.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { withScriptPolicy } from './script-policy'

const OUT = process.argv[2] ?? 'out'

const pages = (await readdir(OUT, { recursive: true })).filter((name) => name.endsWith('.html')).map((name) => join(OUT, name))
if (pages.length === 0) throw new Error(`no HTML pages in ${OUT}/: run next build first`)
for (const page of pages) await writeFile(page, withScriptPolicy(await readFile(page, 'utf8')))
console.log(`script policy written into ${pages.length} pages`)
