import type { FuseOptionKeyObject, IFuseOptions } from 'fuse.js'
import { foldCase } from './fold-case'
import type { GuideRecord, SearchRecord } from './types'

/** What fuse searches: a record, and the guide it belongs to (itself, for a guide). */
export type SearchDoc = { record: SearchRecord; guide: GuideRecord }

type GuideField = 'codes' | 'title' | 'phrases' | 'searchTerms' | 'summary'
export type KeyName = GuideField | 'heading' | 'guide'
type Key = FuseOptionKeyObject<SearchDoc> & { name: KeyName; weight: number }

const guideField =
  (field: GuideField) =>
  ({ record }: SearchDoc) => {
    if (record.kind !== 'guide') return null
    const value = record[field]
    return Array.isArray(value) ? value.map(foldCase) : foldCase(value)
  }

// A code is the surest thing a reader can type, then the title; a section or check title counts as
// much as a search term, so "kms key policy" can land on the check that reads it. A section also
// answers, faintly, to its guide's code, so "kms disabled" finds "Disabled key" in the KMS guide.
// Texts are folded here, once, when the index is built.
export const KEYS: Key[] = [
  { name: 'codes', weight: 8, getFn: guideField('codes') },
  { name: 'title', weight: 4, getFn: guideField('title') },
  { name: 'phrases', weight: 3, getFn: guideField('phrases') },
  { name: 'searchTerms', weight: 2, getFn: guideField('searchTerms') },
  { name: 'heading', weight: 2, getFn: ({ record }) => (record.kind === 'guide' ? null : foldCase(record.heading)) },
  { name: 'summary', weight: 1, getFn: guideField('summary') },
  { name: 'guide', weight: 1, getFn: ({ record, guide }) => (record.kind === 'guide' ? null : foldCase(guide.code)) },
]

/** The keys a whole multi-word query is also tried against: the short ones, where a phrase is a strong sign. */
export const PHRASE_KEYS: KeyName[] = ['codes', 'title', 'phrases', 'searchTerms', 'heading']

export const FUSE_OPTIONS: IFuseOptions<SearchDoc> & { threshold: number } = {
  keys: KEYS,
  // Everything is folded already, and so is the query.
  isCaseSensitive: true,
  // One typo per five letters: "acess denied" and "throttlng" match, while a short word must be
  // spelled right ("rate" would otherwise match "date" and "late").
  threshold: 0.2,
  // Words are matched wherever they are in a field, not only near its start.
  ignoreLocation: true,
  includeMatches: true,
  // Results from several batches are merged by score.
  includeScore: true,
}
