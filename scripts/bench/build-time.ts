/**
 * Build time of the site, and of a generated catalog of 1,000 guides to show how it grows. The
 * site's own build runs in the checkout, so the sections after it measure a fresh out/.
 */
import { readdir, rm } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { CONTENT_DIR } from '../../lib/catalog/source'
import type { Row } from './table'
import { describeBuild, timedBuild } from './build-steps'
import { writeGeneratedGuides } from './generated-guides'
import { copyProject } from './project-copy'
import { againstTarget } from './target'

// Where the guides sit in a checkout: the same place in the project copy.
const GUIDES_DIR = relative(join(import.meta.dirname, '..', '..'), CONTENT_DIR)
const LARGE_CATALOG = 1000
// Issue 15's budget for the whole site, every code page included, on 2 cores.
const SITE_BUDGET_MS = 6 * 60_000

export async function benchBuildTime(): Promise<Row[]> {
  const guides = (await readdir(GUIDES_DIR)).filter((n) => n.endsWith('.mdx')).length
  const site = await timedBuild('.')

  const copy = await copyProject('1000-guides')
  try {
    await rm(join(copy.dir, GUIDES_DIR), { recursive: true })
    await writeGeneratedGuides(join(copy.dir, GUIDES_DIR), LARGE_CATALOG)
    const large = await timedBuild(copy.dir)
    return [
      {
        measure: `npm run build, the site (${guides} guides and every code page)`,
        value: describeBuild(site),
        note: againstTarget('< 6 min', site.reduce((sum, t) => sum + t.ms, 0) < SITE_BUDGET_MS),
      },
      { measure: `npm run build, generated catalog (${LARGE_CATALOG.toLocaleString('en')} guides)`, value: describeBuild(large) },
    ]
  } finally {
    await copy.remove()
  }
}
