import type { FuseResult, FuseResultMatch } from 'fuse.js'
import type { KeyName, SearchDoc } from './fuse-options'
import type { GuideHit, GuideRecord, MarkedText, SearchHit } from './types'

type Marks = MarkedText['marks']

/** Turns a fuse result into what the list shows: where it lands, and which letters matched. */
export function toHit(result: FuseResult<SearchDoc>, queryLength: number): SearchHit {
  const { record, guide } = result.item
  const matches = result.matches ?? []
  const marked = (text: string, key: KeyName, item?: number): MarkedText => ({ text, marks: marksIn(matches, key, item, text, queryLength) })
  if (record.kind === 'code') {
    return { href: `/errors/${record.slug}/`, kind: 'guide', code: marked(record.code, 'pageCode'), title: marked(record.title, 'pageTitle') }
  }
  if (record.kind !== 'guide') {
    return {
      href: `/errors/${record.slug}/#${record.id}`,
      kind: record.kind,
      code: marked(guide!.code, 'guide'),
      part: marked(record.heading, 'heading'),
    }
  }
  const code = marked(record.code, 'codes', 0)
  const title = marked(record.title, 'title')
  const hit: GuideHit = { href: `/errors/${record.slug}/`, kind: 'guide', code, title }
  const context = code.marks.length === 0 && title.marks.length === 0 ? contextOf(record, marked) : undefined
  return context ? { ...hit, context: excerpt(context) } : hit
}

// When neither the code nor the title matched, the reader needs to see why the guide is listed:
// the alias, message phrase, search term or summary with the most matched letters (in that order on a tie).
const CONTEXT_KEYS = ['codes', 'phrases', 'searchTerms', 'summary'] as const

function contextOf(record: GuideRecord, marked: (text: string, key: KeyName, item?: number) => MarkedText): MarkedText | undefined {
  const candidates = CONTEXT_KEYS.flatMap((key) => {
    const value = record[key]
    return Array.isArray(value) ? value.map((text, i) => marked(text, key, i)) : [marked(value, key)]
  })
  const best = candidates.reduce((a, b) => (markedLength(b.marks) > markedLength(a.marks) ? b : a), candidates[0]!)
  return best.marks.length > 0 ? best : undefined
}

/** Context longer than a line starts a little before its first match, so the match is what shows. */
export function excerpt({ text, marks }: MarkedText, lead = 24): MarkedText {
  const first = marks[0]?.[0] ?? 0
  if (first <= lead) return { text, marks }
  const wordStart = text.lastIndexOf(' ', first - lead) + 1
  const start = wordStart > 0 ? wordStart : first - lead
  const shift = start - 1 // the ellipsis takes one place
  return { text: `…${text.slice(start)}`, marks: marks.map(([s, e]) => [s - shift, e - shift]) }
}

/** The marks of every match fuse found in one field (a list's item `item`), merged. */
function marksIn(matches: readonly FuseResultMatch[], key: KeyName, item: number | undefined, text: string, queryLength: number): Marks {
  return merge(matches.filter((m) => m.key === key && m.refIndex === item).flatMap((m) => marksOf(m, text, queryLength)))
}

const markedLength = (marks: Marks) => marks.reduce((n, [start, end]) => n + end - start, 0)

/**
 * Fuse's inclusive index pairs as [start, end) offsets, without the spaces a fuzzy match takes in at
 * its edges; lone letters a fuzzy match picked up are not worth marking.
 */
function marksOf(match: FuseResultMatch, text: string, queryLength: number): Marks {
  const shortest = Math.min(2, queryLength)
  return match.indices.flatMap(([first, last]): Marks => {
    let start = first
    let end = last + 1
    while (start < end && text[start] === ' ') start++
    while (end > start && text[end - 1] === ' ') end--
    return end - start >= shortest ? [[start, end]] : []
  })
}

/** Several words can match in one field: their marks, in order, overlapping ones joined. */
function merge(marks: Marks): Marks {
  const merged: Marks = []
  for (const [start, end] of [...marks].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1)
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}
