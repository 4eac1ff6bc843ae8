import { foldCase } from './fold-case'
import type { SearchDoc } from './fuse-options'

/**
 * What fuse's score misses. Fuse scores a word found inside a longer word ("assumerole" inside
 * AssumeRoleWithWebIdentity, "kms" inside KMSAccessDeniedException) as high as the word itself,
 * so among fuse's results these come first, in this order, and fuse's score only breaks ties:
 * 1. a guide or code page whose code is the query, give or take spaces and punctuation;
 * 2. a guide whose code is the query give or take the typos fuse forgives (so KMSThrottlingException
 *    finds its own code page before the ThrottlingException guide);
 * 3. records with more of the query's words as whole words (split at anything not a letter or digit),
 *    and, among those, records that hold all of them in one text.
 */
export function answerRank({ record }: SearchDoc, words: string[], typos: (text: string) => number): number {
  const typed = words.join('')
  const codes = record.kind === 'guide' ? record.codes : record.kind === 'code' ? [record.code] : []
  const bare = codes.map((code) => foldCase(code).replace(/[^\p{L}\p{N}]/gu, ''))
  // An exact code outranks a near code with every word found, together: (n + 1) + n + 1 < 2n + 3.
  const codeRank = bare.includes(typed)
    ? 2 * words.length + 3
    : record.kind === 'guide' && bare.some((code) => withinEdits(code, typed, typos(typed)))
      ? words.length + 1
      : 0
  const texts =
    record.kind === 'guide'
      ? [...record.codeWords, record.title, record.summary, ...record.phrases, ...record.searchTerms, ...record.services, ...record.actions]
      : record.kind === 'code'
        ? [record.code, record.title]
        : [record.heading]
  const wordsOf = texts.map((text) => new Set(foldCase(text).split(/[^\p{L}\p{N}]+/u)))
  const own = new Set(wordsOf.flatMap((set) => [...set]))
  // Words that stand together in one title, phrase or search term say more than the same words
  // scattered over a record ("presigned url expired" is one check's title, not three search terms).
  const together = words.length > 1 && wordsOf.some((set) => words.every((word) => set.has(word))) ? 1 : 0
  return codeRank + words.filter((word) => own.has(word)).length + together
}

/** Whether `a` becomes `b` in at most `max` single-letter edits (Levenshtein, stopping early). */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    if (Math.min(...next) > max) return false
    row = next
  }
  return row[b.length]! <= max
}
