import type { MatcherGuide } from '../match/types'
import type { GuideSource } from './types'
import type { CompactRegistry } from '../registry/compact'

/** What the matcher reads of a guide. The browser gets this (plus checks) from /catalog.json. */
export function toMatcherGuide(g: GuideSource): MatcherGuide {
  return {
    slug: g.slug,
    code: g.code,
    codes: g.codes,
    title: g.title,
    summary: g.summary,
    family: g.family,
    services: g.services,
    phrases: g.phrases,
    searchTerms: g.searchTerms,
  }
}

/** One /catalog.json entry: matcher data, the checklist to fill in, and where the guide lives. */
export function toPublicEntry(g: GuideSource) {
  return {
    ...toMatcherGuide(g),
    url: `/errors/${g.slug}/`,
    httpStatus: g.httpStatus,
    checks: g.checks.map(({ id, title, command, firstWhen, reads, changesState }) => ({
      id,
      title,
      ...(command ? { command } : {}),
      ...(firstWhen ? { firstWhen } : {}),
      ...(reads ? { reads } : {}),
      ...(changesState ? { changesState } : {}),
    })),
  }
}

export type PublicGuide = ReturnType<typeof toPublicEntry>
/** `registry`: every AWS code the site knows, for the matcher and the not-found page (see lib/registry/compact.ts). */
export type PublicCatalog = { version: 1; guides: PublicGuide[]; registry?: CompactRegistry }
