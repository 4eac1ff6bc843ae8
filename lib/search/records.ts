import type { GuideEntry } from '../catalog/types'
import { BODY_SECTIONS, PAGE_SECTIONS } from '../content/guide-rules'
import type { CodeRecord, PartRecord, SearchIndex, SearchRecord } from './types'

// Every guide has these sections under the same titles: as search results they would be dozens of
// identical "How to fix" lines, so only a guide's own headings get a record.
const SHARED_SECTION_IDS = new Set<string>([...BODY_SECTIONS, ...PAGE_SECTIONS].map((s) => s.id))

/** The header search's index, built from the catalog at build time: one record per guide, section and check, then one per code page. */
export function buildSearchIndex(catalog: GuideEntry[], codePages: CodeRecord[] = []): SearchIndex {
  return { version: 1, records: [...catalog.flatMap(recordsOf), ...codePages] }
}

function recordsOf(guide: GuideEntry): SearchRecord[] {
  const { slug, code, codes, title, summary, phrases, searchTerms } = guide
  const checkIds = new Set(guide.checks.map((c) => c.id))
  // The checklist's steps also appear in the table of contents; they are indexed once, as checks.
  const sections = guide.toc.filter((t) => !SHARED_SECTION_IDS.has(t.id) && !checkIds.has(t.id))
  return [
    { kind: 'guide', slug, code, codes, title, summary, phrases, searchTerms },
    ...sections.map((s): PartRecord => ({ kind: 'section', slug, id: s.id, heading: s.title })),
    ...guide.checks.map((c): PartRecord => ({ kind: 'check', slug, id: c.id, heading: c.title })),
  ]
}
