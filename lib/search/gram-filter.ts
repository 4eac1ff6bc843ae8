/**
 * The cheap first pass of the search. Fuse ranks well but slowly: run over every field of a
 * 1,000-guide catalog it takes hundreds of milliseconds per keystroke. This pass finds the fields
 * in which a query word can match, and the records in which every word can, and hands fuse the
 * most promising few records with only those fields.
 *
 * It works on two-letter pieces. A word typed with k typos still shares all but at most 2k of its
 * pieces with the text it matches ("acess" keeps ac, ce, es, ss of "access"), so a field that lacks
 * more pieces than that cannot match it and is left out. Pieces also occur inside run-together
 * codes ("token" inside "invalidclienttokenid").
 */

/** A folded text and how much a match in it counts. */
export type WeightedText = { text: string; weight: number }

/** A folded query word and the number of typos fuse forgives in it. */
export type QueryWord = { text: string; typos: number }

/** A record worth ranking, with the positions (in its own list of fields) of the fields in which some query word can match. */
export type Candidate = { record: number; fields: number[] }

export type GramFilter = {
  /** piece → the fields that contain it, by field number (records' fields numbered one after another) */
  postings: Map<string, number[]>
  fieldRecord: Int32Array
  fieldWeight: Float64Array
  /** record r's fields are numbered from firstField[r] to firstField[r + 1] - 1 */
  firstField: Int32Array
}

const WORD = /[\p{L}\p{N}]+/gu

/**
 * Each pair of adjacent letters within a word. A word of one letter has no pair, so it is looked up
 * by the first letters of words instead (marked with a leading space): "i" finds words starting with i.
 */
function piecesOf(folded: string, withStarts: boolean): Set<string> {
  const pieces = new Set<string>()
  for (const word of folded.match(WORD) ?? []) {
    if (withStarts) pieces.add(` ${word[0]}`)
    for (let i = 0; i + 1 < word.length; i++) pieces.add(word.slice(i, i + 2))
  }
  return pieces
}

/** `records[r]` are the folded fields of record r. */
export function createGramFilter(records: WeightedText[][]): GramFilter {
  const postings = new Map<string, number[]>()
  const fields = records.flat()
  fields.forEach(({ text }, field) => {
    for (const piece of piecesOf(text, true)) {
      const list = postings.get(piece)
      if (list) list.push(field)
      else postings.set(piece, [field])
    }
  })
  const firstField = new Int32Array(records.length + 1)
  records.forEach((own, r) => (firstField[r + 1] = firstField[r]! + own.length))
  return {
    postings,
    fieldRecord: Int32Array.from(records.flatMap((own, r) => own.map(() => r))),
    fieldWeight: Float64Array.from(fields, (f) => f.weight),
    firstField,
  }
}

/**
 * The records in which every word can match, best first, at most `limit`. Per word, a record has
 * the best of its fields: the field's weight times the cube of the share of the word's pieces
 * found there (a word with a typo keeps most of its pieces, a word that is not there keeps a few by
 * chance). The record's score is the product over the words, so one poorly matched word sinks it,
 * as it does in fuse's ranking.
 */
export function rankCandidates(filter: GramFilter, words: QueryWord[], limit: number): Candidate[] {
  const { postings, fieldRecord, fieldWeight, firstField } = filter
  const recordCount = firstField.length - 1
  const score = new Float64Array(recordCount).fill(1)
  const wordsMatched = new Uint8Array(recordCount)
  const fieldMatches = new Uint8Array(fieldRecord.length)
  const shared = new Uint16Array(fieldRecord.length)
  const best = new Float64Array(recordCount)
  for (const word of words) {
    let pieces = piecesOf(word.text, false)
    if (pieces.size === 0) pieces = piecesOf(word.text, true)
    const needed = Math.max(1, pieces.size - 2 * word.typos)
    const touched: number[] = []
    for (const piece of pieces) {
      for (const field of postings.get(piece) ?? []) if (shared[field]!++ === 0) touched.push(field)
    }
    const reached: number[] = []
    for (const field of touched) {
      const count = shared[field]!
      shared[field] = 0
      if (count < needed) continue
      const record = fieldRecord[field]!
      if (best[record] === 0) reached.push(record)
      best[record] = Math.max(best[record]!, fieldWeight[field]! * (count / pieces.size) ** 3)
      fieldMatches[field] = 1
    }
    for (const record of reached) {
      score[record]! *= best[record]!
      best[record] = 0
      wordsMatched[record]!++
    }
  }
  const ranked: number[] = []
  wordsMatched.forEach((n, record) => n === words.length && ranked.push(record))
  return ranked
    .sort((a, b) => score[b]! - score[a]! || a - b)
    .slice(0, limit)
    .map((record) => {
      const fields: number[] = []
      for (let f = firstField[record]!; f < firstField[record + 1]!; f++) if (fieldMatches[f]) fields.push(f - firstField[record]!)
      return { record, fields }
    })
}
