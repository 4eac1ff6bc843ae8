import 'server-only'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { aliasSegments } from './aliases'
import type { GuideEntry, RenderedGuide } from './types'

/**
 * The catalog as the site's pages read it: what `npm run content` wrote to .generated/. Pages call
 * this at build time only (static export), so nothing here reaches the browser; `server-only`
 * makes a client component that imports it fail the build with a clear message.
 */
const GENERATED = join(process.cwd(), '.generated')

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T
  } catch (error) {
    throw new Error(`Cannot read ${path}: run "npm run content" first (npm run build does it for you). ${(error as Error).message}`)
  }
}

export type SiteCatalog = {
  /** Every guide's entry (frontmatter, slug, table of contents), in slug order. */
  entries: GuideEntry[]
  /** One guide with its rendered body. */
  guide(slug: string): RenderedGuide
  /** Every path segment under /errors/ that has a page: each guide's slug, then each code and old slug that leads to one. */
  params(): string[]
  /** What a path segment names: a guide's own page, a guide it leads to (an alias), or nothing. */
  resolve(segment: string): { guide: GuideEntry } | { aliasOf: GuideEntry } | undefined
}

let site: SiteCatalog | undefined

/** The site's catalog, read once per build; aliases are resolved once, not per page. */
export function siteCatalog(): SiteCatalog {
  if (site) return site
  const entries = readJson<GuideEntry[]>(join(GENERATED, 'catalog.json'))
  const bySlug = new Map(entries.map((g) => [g.slug, g]))
  const aliases = aliasSegments(entries)
  site = {
    entries,
    guide: (slug) => readJson<RenderedGuide>(join(GENERATED, 'guides', `${slug}.json`)),
    params: () => [...bySlug.keys(), ...aliases.keys()],
    resolve: (segment) => {
      const own = bySlug.get(segment)
      if (own) return { guide: own }
      const target = bySlug.get(aliases.get(segment) ?? '')
      return target ? { aliasOf: target } : undefined
    },
  }
  return site
}

export function guidesByFamily(): Map<GuideEntry['family'], GuideEntry[]> {
  const groups = new Map<GuideEntry['family'], GuideEntry[]>()
  for (const g of [...siteCatalog().entries].sort((a, b) => a.code.localeCompare(b.code))) {
    groups.set(g.family, [...(groups.get(g.family) ?? []), g])
  }
  return groups
}

/** Services in alphabetical order, each with its guides by code; a guide appears under each of its services. */
export function guidesByService(): Map<string, GuideEntry[]> {
  const groups = new Map<string, GuideEntry[]>()
  for (const g of [...siteCatalog().entries].sort((a, b) => a.code.localeCompare(b.code))) {
    for (const service of g.services) groups.set(service, [...(groups.get(service) ?? []), g])
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)))
}
