/** What similarity reads of a guide; /catalog.json entries have it, so the 404 page can use them. */
export type NamedGuide = { slug: string; codes: readonly string[]; title: string }

/** Letters and digits only, lower case: `Access-Denied`, `access_denied` and `AccessDenied` agree. */
const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '')

/** The words of a mistyped address: `s3-bucket_Missing`, `NoSuchBucket` → s3, bucket, missing / no, such, bucket. */
const wordsOf = (text: string) =>
  text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3)

function letterPairs(text: string): Map<string, number> {
  const pairs = new Map<string, number>()
  for (let i = 0; i < text.length - 1; i++) pairs.set(text.slice(i, i + 2), (pairs.get(text.slice(i, i + 2)) ?? 0) + 1)
  return pairs
}

/** Sørensen–Dice over letter pairs: 1 for the same text, near 1 for a typo, 0 for nothing shared. */
function similarity(a: string, b: string): number {
  const pa = letterPairs(a)
  const pb = letterPairs(b)
  let shared = 0
  for (const [pair, n] of pa) shared += Math.min(n, pb.get(pair) ?? 0)
  const total = a.length - 1 + (b.length - 1)
  return total > 0 ? (2 * shared) / total : 0
}

/** Below this, a guide has too little in common with the address to be worth suggesting. */
const MIN_SCORE = 0.45

/**
 * The guides a mistyped or outdated address most likely meant, best first: by how close it is to
 * a slug or code (`acess-denied`, `ThrottledException`), or by how many of its words the title has.
 */
export function closestGuides<G extends NamedGuide>(guides: readonly G[], text: string, limit = 5): G[] {
  const wanted = squash(text)
  const words = wordsOf(text)
  if (wanted.length < 3) return []
  const scored = guides.map((guide) => {
    const byName = Math.max(...[guide.slug, ...guide.codes].map((name) => similarity(wanted, squash(name))))
    const title = guide.title.toLowerCase()
    const byTitle = words.length > 0 ? words.filter((w) => title.includes(w)).length / words.length : 0
    // A title shares common words with many addresses, so it counts for a little less than a name.
    return { guide, score: Math.max(byName, 0.9 * byTitle) }
  })
  return scored
    .filter((s) => s.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((s) => s.guide)
}
