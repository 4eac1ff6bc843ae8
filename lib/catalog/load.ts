import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { GuideEntry, RenderedGuide } from './types'

/**
 * Reads what `npm run content` wrote. Pages call this at build time only (static export), so
 * nothing here reaches the browser.
 */
const GENERATED = join(process.cwd(), '.generated')

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T
  } catch (error) {
    throw new Error(`Cannot read ${path}: run "npm run content" first (npm run build does it for you). ${(error as Error).message}`)
  }
}

let catalog: GuideEntry[] | undefined

export function loadCatalog(): GuideEntry[] {
  catalog ??= readJson<GuideEntry[]>(join(GENERATED, 'catalog.json'))
  return catalog
}

export function loadGuide(slug: string): RenderedGuide {
  return readJson<RenderedGuide>(join(GENERATED, 'guides', `${slug}.json`))
}

export function guidesByFamily(): Map<GuideEntry['family'], GuideEntry[]> {
  const groups = new Map<GuideEntry['family'], GuideEntry[]>()
  for (const g of [...loadCatalog()].sort((a, b) => a.code.localeCompare(b.code))) {
    groups.set(g.family, [...(groups.get(g.family) ?? []), g])
  }
  return groups
}

/** Services in alphabetical order, each with its guides by code; a guide appears under each of its services. */
export function guidesByService(): Map<string, GuideEntry[]> {
  const groups = new Map<string, GuideEntry[]>()
  for (const g of [...loadCatalog()].sort((a, b) => a.code.localeCompare(b.code))) {
    for (const service of g.services) groups.set(service, [...(groups.get(service) ?? []), g])
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)))
}
