/**
 * Checks that every internal link and #fragment in the exported site resolves (run after
 * `npm run build`; `npm test` does). Usage: tsx scripts/check-links.ts [out-dir]
 * Exits 1 listing every broken link as `page: link: reason`.
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { SITE_URL } from '../lib/site'
import { findBrokenLinks, formatBrokenLink } from './links/find-broken-links'

const { positionals } = parseArgs({ allowPositionals: true })
const outDir = resolve(positionals[0] ?? 'out')
const { pages, links, broken } = await findBrokenLinks(outDir, SITE_URL)
if (pages === 0) {
  console.error(`links: no HTML pages in ${outDir}; run "npm run build" first`)
  process.exit(1)
}
if (broken.length > 0) {
  console.error(`links: ${broken.length} broken of ${links} in ${pages} pages:\n${broken.map((b) => `  ${formatBrokenLink(b)}`).join('\n')}`)
  process.exit(1)
}
console.log(`links: all ${links} internal links in ${pages} pages resolve`)
