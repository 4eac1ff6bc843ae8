/** Levenshtein distance, small and exact: used only to suggest a word for a misspelled one. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    prev = row
  }
  return prev[b.length] ?? 0
}

/** The `count` candidates nearest to `word` in spelling, nearest first, ignoring letter case. */
export function nearestWords(word: string, candidates: readonly string[], count: number): string[] {
  return candidates
    .map((c) => ({ word: c, d: distance(word.toLowerCase(), c.toLowerCase()) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, count)
    .map((c) => c.word)
}

/** The candidate nearest to `word`, if it is near enough to be a plausible typo. */
export function closestWord(word: string, candidates: readonly string[]): string | undefined {
  const [best] = nearestWords(word, candidates, 1)
  return best !== undefined && distance(word.toLowerCase(), best.toLowerCase()) <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined
}
