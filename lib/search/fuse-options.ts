import type { FuseOptionKeyObject, IFuseOptions } from 'fuse.js'
import { foldCase } from './fold-case'
import type { GuideRecord, SearchRecord } from './types'

/** What fuse searches: a record, and the guide it belongs to (itself, for a guide; none for a code page). */
export type SearchDoc = { record: SearchRecord; guide?: GuideRecord }

type GuideField = 'codes' | 'codeWords' | 'title' | 'phrases' | 'searchTerms' | 'summary' | 'services' | 'actions' | 'statuses'
export type KeyName = GuideField | 'service' | 'heading' | 'guide' | 'pageCode' | 'pageTitle'
type Key = FuseOptionKeyObject<SearchDoc> & {
  name: KeyName
  weight: number
  /**
   * Whether every item of the list that matches counts. Otherwise only the item a word fits best
   * does: a guide repeating a word in many search terms must not outrank the guide the word names.
   */
  everyItemCounts?: boolean
}

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
  { name: 'codeWords', weight: 4, getFn: guideField('codeWords') },
  { name: 'title', weight: 4, getFn: guideField('title') },
  { name: 'phrases', weight: 3, getFn: guideField('phrases') },
  { name: 'searchTerms', weight: 2, getFn: guideField('searchTerms') },
  { name: 'heading', weight: 2, getFn: ({ record }) => (record.kind === 'section' || record.kind === 'check' ? foldCase(record.heading) : null) },
  { name: 'summary', weight: 1, getFn: guideField('summary') },
  // The service a guide is mainly about counts more than the others that return its error, so "kms"
  // finds KMS's errors before Lambda's error about a KMS key.
  { name: 'service', weight: 2, getFn: ({ record }) => (record.kind === 'guide' ? (record.services[0] ?? null) && foldCase(record.services[0]!) : null) },
  { name: 'services', weight: 1, getFn: guideField('services') },
  { name: 'actions', weight: 3, getFn: guideField('actions') },
  // A status typed alone ("403") is best answered by the error most services answer with it.
  { name: 'statuses', weight: 1, getFn: guideField('statuses'), everyItemCounts: true },
  { name: 'guide', weight: 1, getFn: ({ record, guide }) => (record.kind === 'section' || record.kind === 'check' ? foldCase(guide!.code) : null) },
  // A code page weighs less than a guide in every field, so a guide that answers as well comes first.
  { name: 'pageCode', weight: 6, getFn: ({ record }) => (record.kind === 'code' ? foldCase(record.code) : null) },
  { name: 'pageTitle', weight: 1, getFn: ({ record }) => (record.kind === 'code' ? foldCase(record.title) : null) },
]

/** The keys a whole multi-word query is also tried against: the short ones, where a phrase is a strong sign. */
export const PHRASE_KEYS: KeyName[] = ['codes', 'codeWords', 'title', 'phrases', 'searchTerms', 'heading', 'services', 'pageCode']

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
