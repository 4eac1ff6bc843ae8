import Fuse, { type Expression, type FuseResult } from 'fuse.js'
import { answerRank } from './answer-rank'
import { foldCase } from './fold-case'
import { FUSE_OPTIONS, KEYS, PHRASE_KEYS, type KeyName, type SearchDoc } from './fuse-options'
import { createGramFilter, rankCandidates, type CandidateRecord } from './gram-filter'
import { toHit } from './hits'
import { QUERY_MAX_LENGTH } from './query-limits'
import type { SearchHit, SearchIndex } from './types'

/** How many results the list shows. */
export const RESULT_LIMIT = 8

/** Records fuse ranks at a time, best candidates first, until the list is full. */
const BATCH = RESULT_LIMIT + 4
const MAX_BATCHES = 4

// Bitap handles up to 32 letters in one pass; a longer phrase costs several passes over every field.
const PHRASE_MAX_LENGTH = 32

// Words that every guide contains say nothing about which one is meant; they still count inside a phrase.
const FILLER_WORDS = new Set(['a', 'an', 'and', 'for', 'in', 'is', 'of', 'on', 'or', 'the', 'to'])

const ALL_KEYS = KEYS.map((k) => k.name)
const anyOf = (keys: KeyName[], pattern: string): Expression => ({ $or: keys.map((key) => ({ [key]: pattern })) })

/**
 * Every word of the query must match somewhere in the record, each in whichever field it fits
 * best, so "kms key disabled" finds the "Disabled key" section of the KMS guide. The whole query
 * matching in one field counts too, so "rate exceeded" ranks the guide with that very message
 * above one whose code merely contains "exceeded".
 */
function fuseQuery(words: string[], phrase: string): Expression {
  const everyWord: Expression = { $and: words.map((word) => anyOf(ALL_KEYS, word)) }
  return phrase !== words[0] && phrase.length <= PHRASE_MAX_LENGTH ? { $or: [everyWord, anyOf(PHRASE_KEYS, phrase)] } : everyWord
}

/*
 * What this two-pass search relies on in fuse.js, pinned to ~7.5 in package.json for that reason
 * (after an upgrade, lib/search/query.test.ts shows a change in results or their order, and the
 * property test in gram-filter.test.ts one in what fuse would find):
 * - The serialized index layout fuse declares in its own types: `FuseIndexObjectRecord` records of
 *   `{ i, $ }`, where `$` maps a key's position to a `RecordEntryObject` (`v` the folded text, `n` its
 *   field-length norm) or, for a list, an array of them each with its `i`. A record rebuilt with
 *   fewer fields is searched as if the others were empty, and it keeps the norms of the full index.
 * - A record's score depends only on the query and that record (no term statistics across records),
 *   so results ranked in separate batches merge by score exactly as one search over all would.
 * Neither is promised by fuse's documentation.
 */

/** A record of fuse's index, as fuse.parseIndex declares it takes one (fuse exports the same layout as FuseIndexObjectRecord). */
type IndexRecord = Parameters<typeof Fuse.parseIndex>[0]['records'][number]
/** A field's text in a record (fuse's RecordEntryObject): `v` the text, `n` its norm, `i` its place when the field is a list. */
type SubRecord = Extract<NonNullable<IndexRecord['$']>[number], { v: string }>
/** One field of a record in fuse's index: the key it belongs to, and its text (with its place in a list). */
type Place = { key: number; sub: SubRecord }

/** Builds the search over an index once (the costly part); the returned function answers each keystroke. */
export function createSearch(index: SearchIndex): (query: string) => SearchHit[] {
  const guides = new Map(index.records.flatMap((r) => (r.kind === 'guide' ? [[r.slug, r] as const] : [])))
  const docs = index.records.map((record): SearchDoc => ({
    record,
    guide: record.kind === 'code' ? undefined : record.kind === 'guide' ? record : guides.get(record.slug),
  }))
  const fuseIndex = Fuse.createIndex(KEYS, docs).toJSON()
  // The gram filter reads fuse's own folded texts, so both passes see the same letters.
  const places: Place[][] = fuseIndex.records.map(({ $ }) =>
    Object.entries($ ?? {}).flatMap(([key, value]) => [value].flat().map((sub) => ({ key: Number(key), sub }))),
  )
  const filter = createGramFilter(
    places.map((own) => own.map(({ key, sub }) => ({ text: sub.v, weight: KEYS[key]!.weight, group: KEYS[key]!.everyItemCounts ? undefined : key }))),
  )

  /** A candidate's record in fuse's index format with only the fields where a query word can match: fuse skips the rest. */
  const trimmed = ({ record, fields }: CandidateRecord): IndexRecord => {
    const $: NonNullable<IndexRecord['$']> = {}
    for (const { key, sub } of fields.map((f) => places[record]![f]!)) {
      if (sub.i === undefined) $[key] = sub
      else $[key] = [...(($[key] as SubRecord[] | undefined) ?? []), sub]
    }
    return { i: fuseIndex.records[record]!.i, $ }
  }

  return (query) => {
    const phrase = foldCase(query.trim().replace(/\s+/g, ' ')).slice(0, QUERY_MAX_LENGTH).trim()
    const allWords = phrase ? phrase.split(' ') : []
    // A lone letter in a longer query is usually a word still being typed: it counts in the phrase only.
    const telling = allWords.filter((word) => word.length > 1 && !FILLER_WORDS.has(word))
    const words = telling.length > 0 ? telling : allWords
    if (words.length === 0) return []
    const typos = (word: string) => Math.floor(word.length * FUSE_OPTIONS.threshold)
    const candidates = rankCandidates(
      filter,
      words.map((text) => ({ text, typos: typos(text) })),
      BATCH * MAX_BATCHES,
    )
    const expression = fuseQuery(words, phrase)
    const found: FuseResult<SearchDoc>[] = []
    for (let start = 0; start < candidates.length && found.length < RESULT_LIMIT; start += BATCH) {
      const batch = Fuse.parseIndex<SearchDoc>({ keys: fuseIndex.keys, records: candidates.slice(start, start + BATCH).map(trimmed) })
      // Fuse's scores do not depend on which other records it ranks, so batches merge by score.
      found.push(...new Fuse(docs, FUSE_OPTIONS, batch).search(expression, { limit: RESULT_LIMIT }))
    }
    const rank = new Map(found.map((result) => [result, answerRank(result.item, words, typos)]))
    return found
      .sort((a, b) => rank.get(b)! - rank.get(a)! || a.score! - b.score!)
      .slice(0, RESULT_LIMIT)
      .map((result) => toHit(result, phrase.length))
  }
}
