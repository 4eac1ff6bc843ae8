/**
 * Validates and renders every guide, then writes what the site reads at build time:
 *   .generated/catalog.json        every guide's entry (frontmatter, slug, table of contents)
 *   .generated/guides/<slug>.json  one guide with its rendered body
 *   .generated/token-colours.css   the colours of highlighted code, one class per pair (see token-classes.ts)
 * Usage: tsx scripts/build-content.ts [content-dir] [out-dir]
 * Exits 1 with every problem (file:line: field: reason) when content is invalid.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { renderGuideBody } from '../components/guide/guide-body'
import { CONTENT_DIR } from '../lib/catalog/source'
import { buildCatalog } from '../lib/content/build-catalog'
import { ContentError } from '../lib/content/content-error'
import { TOKEN_CLASSES } from '../lib/content/highlighter'

const { positionals } = parseArgs({ allowPositionals: true })
const contentDir = resolve(positionals[0] ?? CONTENT_DIR)
const outDir = resolve(positionals[1] ?? '.generated')

try {
  const started = performance.now()
  const guides = await buildCatalog(contentDir, { render: renderGuideBody })
  await rm(outDir, { recursive: true, force: true })
  await mkdir(join(outDir, 'guides'), { recursive: true })
  await Promise.all(guides.map((g) => writeFile(join(outDir, 'guides', `${g.slug}.json`), JSON.stringify(g))))
  const catalog = guides.map(({ html: _html, ...entry }) => entry)
  await writeFile(join(outDir, 'catalog.json'), JSON.stringify(catalog))
  await writeFile(join(outDir, 'token-colours.css'), TOKEN_CLASSES.stylesheet())
  console.log(`content: ${guides.length} guides valid and rendered in ${Math.round(performance.now() - started)} ms`)
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`content check failed: ${error.message}`)
    process.exit(1)
  }
  throw error
}
