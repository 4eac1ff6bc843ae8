/** What alias resolution reads of a guide: the server passes catalog entries, the 404 page /catalog.json entries. */
export type AliasedGuide = { slug: string; codes: readonly string[]; redirectFrom?: readonly string[] }

/**
 * Every path segment under /errors/ other than a slug that leads to a guide, mapped to that slug:
 * each code as AWS spells it and in lower case, and the guide's old slugs. Each gets its own
 * static redirect page; the content check makes sure no segment leads to two guides.
 */
export function aliasSegments(guides: readonly AliasedGuide[]): Map<string, string> {
  const slugs = new Set(guides.map((g) => g.slug))
  const aliases = new Map<string, string>()
  for (const g of guides) {
    for (const segment of [...g.codes.flatMap((code) => [code, code.toLowerCase()]), ...(g.redirectFrom ?? [])]) {
      if (!slugs.has(segment)) aliases.set(segment, g.slug)
    }
  }
  return aliases
}

/** The guide a path segment names in any letter case (`ACCESSDENIED`, `Access-Denied`), if any. */
export function guideNamedBy<G extends AliasedGuide>(guides: readonly G[], segment: string): G | undefined {
  const key = segment.toLowerCase()
  return guides.find((g) => g.slug === key || g.codes.some((code) => code.toLowerCase() === key) || g.redirectFrom?.includes(key))
}
