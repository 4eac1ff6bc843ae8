import type { CatalogGuide, GuideCheck, GuideChecksFile, PublicGuide } from '@/lib/catalog/public-catalog'

/*
 * Each guide's checklist is a file of its own (`checksUrl`): a paste matches one or two guides, so
 * the paste page fetches their checklists when they match instead of every checklist at load. The
 * request names a guide, never anything from the paste.
 */
const fetched = new Map<string, Promise<GuideCheck[] | null>>()

function checklistOf(guide: CatalogGuide): Promise<GuideCheck[] | null> {
  let checks = fetched.get(guide.slug)
  if (!checks) {
    checks = fetch(guide.checksUrl)
      .then(async (response) => (response.ok ? ((await response.json()) as GuideChecksFile).checks : null))
      .catch(() => null)
    fetched.set(guide.slug, checks)
    // Not kept when it failed: back online, the next diagnosis fetches it.
    void checks.then((loaded) => loaded === null && fetched.delete(guide.slug))
  }
  return checks
}

/** The catalog's guides, with the checklists of `slugs` fetched (null where that failed, and for every other guide). */
export async function withChecklists(guides: CatalogGuide[], slugs: Iterable<string>): Promise<PublicGuide[]> {
  const wanted = new Set(slugs)
  const loaded = new Map(await Promise.all(guides.filter((g) => wanted.has(g.slug)).map(async (g) => [g.slug, await checklistOf(g)] as const)))
  return guides.map((guide) => ({ ...guide, checks: loaded.get(guide.slug) ?? null }))
}
