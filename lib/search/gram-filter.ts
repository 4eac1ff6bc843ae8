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

/**
 * A folded text and how much a match in it counts. Texts of one `group` are the items of one list
 * (a guide's search terms, say): a word is kept in only the one it fits best, so a guide that
 * repeats a word in many items does not outrank one that says it once where it matters.
 */
export type WeightedText = { text: string; weight: number; group?: number }

/** A folded query word and the number of typos fuse forgives in it. */
export type QueryWord = { text: string; typos: number }

/** A record worth ranking, with the positions (in its own list of fields) of the fields in which some query word can match. */
export type CandidateRecord = { record: number; fields: number[] }

/** Where one query word can match: the records it reaches with their best field's score, and those fields with the share of the word's pieces each holds. */
type Reach = { records: number[]; scores: number[]; fields: number[]; shares: number[] }

export type GramFilter = {
  /** piece → the fields that contain it, by field number (records' fields numbered one after another) */
  postings: Map<number, number[]>
  fieldRecord: Int32Array
  fieldWeight: Float64Array
  /** the list a field is an item of (its own number when it is no list's), and its length in words */
  fieldGroup: Int32Array
  fieldWords: Uint16Array
  /** record r's fields are numbered from firstField[r] to firstField[r + 1] - 1 */
  firstField: Int32Array
  /** Typing repeats the earlier words of a query at every keystroke: the reach of the last call's words is kept. */
  recent: Map<string, Reach>
  /** Per-field and per-record counters, reused from call to call and left at zero after each. */
  scratch: { shared: Uint16Array; best: Float64Array }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const wordChar = new Map<number, boolean>()
function isWordChar(code: number): boolean {
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return true
  let known = wordChar.get(code)
  if (known === undefined) wordChar.set(code, (known = LETTER_OR_DIGIT.test(String.fromCharCode(code))))
  return known
}

// Pieces are numbers, which index far faster than short strings: a pair is its two UTF-16 codes,
// a word's first letter (for one-letter queries) its code above every pair.
const WORD_START = 2 ** 32

/**
 * Calls `visit` with each pair of adjacent letters within a word and, when asked, each word's
 * first letter: "i" finds words starting with i. A piece may come more than once.
 */
function eachPiece(folded: string, withStarts: boolean, visit: (piece: number) => void) {
  let previous = -1 // the code of the letter before, or -1 outside a word
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i)
    if (!isWordChar(code)) previous = -1
    else {
      if (previous >= 0) visit(previous * 65536 + code)
      else if (withStarts) visit(WORD_START + code)
      previous = code
    }
  }
}

function piecesOf(folded: string, withStarts: boolean): Set<number> {
  const pieces = new Set<number>()
  eachPiece(folded, withStarts, (piece) => pieces.add(piece))
  return pieces
}

/** `records[r]` are the folded fields of record r. */
export function createGramFilter(records: WeightedText[][]): GramFilter {
  const postings = new Map<number, number[]>()
  const fields = records.flat()
  fields.forEach(({ text }, field) => {
    eachPiece(text, true, (piece) => {
      const list = postings.get(piece)
      if (!list) postings.set(piece, [field])
      else if (list.at(-1) !== field) list.push(field)
    })
  })
  const firstField = new Int32Array(records.length + 1)
  records.forEach((own, r) => (firstField[r + 1] = firstField[r]! + own.length))
  return {
    postings,
    fieldRecord: Int32Array.from(records.flatMap((own, r) => own.map(() => r))),
    fieldWeight: Float64Array.from(fields, (f) => f.weight),
    fieldGroup: Int32Array.from(fields, (f, field) => f.group ?? -1 - field),
    fieldWords: Uint16Array.from(fields, (f) => Math.min(65535, f.text.split(' ').length)),
    firstField,
    recent: new Map(),
    scratch: { shared: new Uint16Array(fields.length), best: new Float64Array(records.length) },
  }
}

/**
 * The fields in which a word can match, and per record the best of them: the field's weight times
 * the cube of the share of the word's pieces found there (a word with a typo keeps most of its
 * pieces, a word that is not there keeps a few by chance).
 */
function reachOf(filter: GramFilter, word: QueryWord): Reach {
  const { postings, fieldRecord, fieldWeight, scratch } = filter
  const { shared, best } = scratch
  let pieces = piecesOf(word.text, false)
  if (pieces.size === 0) pieces = piecesOf(word.text, true)
  const needed = Math.max(1, pieces.size - 2 * word.typos)
  const touched: number[] = []
  for (const piece of pieces) {
    for (const field of postings.get(piece) ?? []) if (shared[field]!++ === 0) touched.push(field)
  }
  const reach: Reach = { records: [], scores: [], fields: [], shares: [] }
  for (const field of touched) {
    const count = shared[field]!
    shared[field] = 0
    if (count < needed) continue
    const record = fieldRecord[field]!
    if (best[record] === 0) reach.records.push(record)
    best[record] = Math.max(best[record]!, fieldWeight[field]! * (count / pieces.size) ** 3)
    reach.fields.push(field)
    reach.shares.push(count / pieces.size)
  }
  for (const record of reach.records) {
    reach.scores.push(best[record]!)
    best[record] = 0
  }
  return reach
}

/**
 * The records in which every word can match, best first, at most `limit`, each with the fields
 * where a word can match (in a group, the one it fits best). A record's score is the product of its words' scores, so one poorly
 * matched word sinks it, as it does in fuse's ranking.
 */
export function rankCandidates(filter: GramFilter, words: QueryWord[], limit: number): CandidateRecord[] {
  const { firstField } = filter
  const key = (word: QueryWord) => `${word.text} ${word.typos}`
  const reaches = words.map((word) => filter.recent.get(key(word)) ?? reachOf(filter, word))
  filter.recent = new Map(words.map((word, i) => [key(word), reaches[i]!]))

  const recordCount = firstField.length - 1
  const score = new Float64Array(recordCount).fill(1)
  const wordsMatched = new Uint8Array(recordCount)
  for (const reach of reaches) {
    reach.records.forEach((record, i) => {
      score[record]! *= reach.scores[i]!
      wordsMatched[record]!++
    })
  }
  const chosen = bestScoring(wordsMatched, words.length, score, limit)
  const fieldMatches = fieldsToRank(filter, reaches, new Set(chosen))
  return chosen.map((record) => {
    const fields: number[] = []
    for (let f = firstField[record]!; f < firstField[record + 1]!; f++) if (fieldMatches.has(f)) fields.push(f - firstField[record]!)
    return { record, fields }
  })
}

/**
 * The fields of the chosen records that fuse ranks: for each word, in each group, the one field
 * that holds most of its pieces (the shortest on a tie, where a match counts most).
 */
function fieldsToRank({ fieldRecord, fieldGroup, fieldWords }: GramFilter, reaches: Reach[], records: Set<number>): Set<number> {
  const kept = new Set<number>()
  for (const { fields, shares } of reaches) {
    const best = new Map<string, number>() // "record group" → the position in `fields` of its best field so far
    fields.forEach((field, i) => {
      const record = fieldRecord[field]!
      if (!records.has(record)) return
      const group = `${record} ${fieldGroup[field]}`
      const j = best.get(group)
      if (j === undefined || shares[i]! > shares[j]! || (shares[i] === shares[j] && fieldWords[field]! < fieldWords[fields[j]!]!)) best.set(group, i)
    })
    for (const i of best.values()) kept.add(fields[i]!)
  }
  return kept
}

/**
 * The `limit` best-scoring records among those every word reached, best first. A one-letter query
 * reaches thousands of records; keeping a short sorted list beats sorting them all.
 */
function bestScoring(wordsMatched: Uint8Array, wordCount: number, score: Float64Array, limit: number): number[] {
  const kept: number[] = []
  for (let record = 0; record < wordsMatched.length; record++) {
    if (wordsMatched[record] !== wordCount) continue
    const s = score[record]!
    if (kept.length === limit && s <= score[kept[limit - 1]!]!) continue
    let at = kept.length
    while (at > 0 && score[kept[at - 1]!]! < s) at--
    kept.splice(at, 0, record)
    if (kept.length > limit) kept.pop()
  }
  return kept
}
