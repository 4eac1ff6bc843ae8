/** Levenshtein distance, small and exact: used only to suggest a key for a misspelled one. */
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

/** The candidate nearest to `word`, if it is near enough to be a plausible typo. */
export function closestWord(word: string, candidates: readonly string[]): string | undefined {
  let best: { word: string; d: number } | undefined
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase())
    if (!best || d < best.d) best = { word: c, d }
  }
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.word : undefined
}
