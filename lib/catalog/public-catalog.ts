import type { MatcherGuide } from '../match/types'
import type { GuideSource } from './types'
import type { CompactRegistry } from '../registry/compact'

/** What the matcher reads of a guide. The browser gets this from /catalog.json. */
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

/** Where a guide's checklist is served: a file of its own, fetched only for the guides a paste matched. */
export const checksPath = (slug: string) => `/catalog/${slug}.json`

/**
 * One /catalog.json entry: matcher data, where the guide lives and where its checklist is. The
 * checklists are half the catalog's weight and a diagnosis needs one or two of them, so they are
 * not in it.
 */
export function toCatalogEntry(g: GuideSource) {
  return { ...toMatcherGuide(g), url: `/errors/${g.slug}/`, httpStatus: g.httpStatus, checksUrl: checksPath(g.slug) }
}

/** A guide's checklist as its file serves it: what the paste page fills in and orders. */
export function toGuideChecks(g: GuideSource) {
  return g.checks.map(({ id, title, command, firstWhen, reads, changesState }) => ({
    id,
    title,
    ...(command ? { command } : {}),
    ...(firstWhen ? { firstWhen } : {}),
    ...(reads ? { reads } : {}),
    ...(changesState ? { changesState } : {}),
  }))
}

export type CatalogGuide = ReturnType<typeof toCatalogEntry>
export type GuideCheck = ReturnType<typeof toGuideChecks>[number]
/** The file at `checksUrl`. */
export type GuideChecksFile = { version: 2; slug: string; checks: GuideCheck[] }

/**
 * A guide as a diagnosis reads it: its catalog entry with its checklist, or `null` where the
 * checklist could not be fetched (offline, for a guide never opened).
 */
export type PublicGuide = CatalogGuide & { checks: GuideCheck[] | null }

/** A guide's entry with its checklist, as the paste page has it once the checklist is fetched. */
export const toPublicEntry = (g: GuideSource): PublicGuide => ({ ...toCatalogEntry(g), checks: toGuideChecks(g) })

/** `registry`: every AWS code the site knows, for the matcher and the not-found page (see lib/registry/compact.ts). */
export type PublicCatalog = { version: 2; guides: CatalogGuide[]; registry?: CompactRegistry }
