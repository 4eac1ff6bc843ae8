import type { GuideEntry } from '../catalog/types'
import { BODY_SECTIONS, PAGE_SECTIONS } from '../catalog/sections'
import type { CodeRecord, PartRecord, SearchIndex, SearchRecord } from './types'

// Every guide has these sections under the same titles: as search results they would be dozens of
// identical "How to fix" lines, so only a guide's own headings get a record.
const SHARED_SECTION_IDS = new Set<string>([...BODY_SECTIONS, ...Object.values(PAGE_SECTIONS)].map((s) => s.id))

/** The header search's index, built from the catalog at build time: one record per guide, section and check, then one per code page. */
export function buildSearchIndex(catalog: GuideEntry[], codePages: CodeRecord[] = []): SearchIndex {
  return { version: 2, records: [...catalog.flatMap(recordsOf), ...codePages] }
}

function recordsOf(guide: GuideEntry): SearchRecord[] {
  const { slug, code, codes, title, summary, phrases, searchTerms, services } = guide
  const checkIds = new Set(guide.checks.map((c) => c.id))
  // The checklist's steps also appear in the table of contents; they are indexed once, as checks.
  const sections = guide.toc.filter((t) => !SHARED_SECTION_IDS.has(t.id) && !checkIds.has(t.id))
  return [
    {
      kind: 'guide',
      slug,
      code,
      codes,
      codeWords: codes.map(wordsOfCode),
      title,
      summary,
      phrases,
      searchTerms,
      services,
      actions: actionsOf(guide),
      statuses: statusesOf(guide.httpStatus),
    },
    ...sections.map((s): PartRecord => ({ kind: 'section', slug, id: s.id, heading: s.title })),
    ...guide.checks.map((c): PartRecord => ({ kind: 'check', slug, id: c.id, heading: c.title })),
  ]
}

/** A guide's HTTP status as text, repeated for each service that answers with it: how broadly the status means this error. */
function statusesOf(httpStatus: GuideEntry['httpStatus']): string[] {
  if (httpStatus === undefined) return []
  return typeof httpStatus === 'number' ? [String(httpStatus)] : Object.values(httpStatus).map(String)
}

/**
 * A code as the words it is made of. A code matches the words typed inside a longer code too
 * ("access denied" is in KMSAccessDeniedException); as words, the code that is only those words
 * ranks first.
 */
function wordsOfCode(code: string): string {
  return code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
}

// `service:Action`, as IAM names an action; `aws:` starts a condition key, not an action.
const ACTION = /\b(?!aws:)[a-z0-9-]+:[A-Z][A-Za-z0-9]+\b/g

/** The actions a guide's example messages and checks name: a reader often types the action that was denied. */
function actionsOf(guide: GuideEntry): string[] {
  const texts = [...guide.examples.map((e) => e.text), ...guide.checks.flatMap((c) => [c.why, c.command ?? ''])]
  return [...new Set(texts.flatMap((text) => text.match(ACTION) ?? []))]
}
