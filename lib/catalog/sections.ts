/**
 * The sections of a guide page: part of the guide contract, like the schema. Links to their ids are
 * forever, so the ids live here once and the content check, the table of contents, the page's own
 * headings and the search index all read them.
 */

/**
 * The `##` sections a guide body may have, in this order, with these ids.
 * `required: false` sections are written only where they have something true to say.
 */
export const BODY_SECTIONS = [
  { id: 'quick-fix', title: 'Quick fix', required: true },
  { id: 'what-it-means', title: 'What the error means', required: true },
  { id: 'causes', title: 'Common causes', required: true },
  { id: 'checklist', title: 'Diagnostic checklist', required: true },
  { id: 'fix', title: 'How to fix', required: true },
  { id: 'pitfalls', title: 'Edge cases and pitfalls', required: false },
  { id: 'environments', title: 'Notes per environment', required: false },
  { id: 'prevent', title: 'How to prevent it', required: true },
  { id: 'faq', title: 'FAQ', required: false },
] as const

export const REQUIRED_SECTIONS = BODY_SECTIONS.filter((s) => s.required)

/** Sections the page adds after the body, in this order; their ids are taken. */
export const PAGE_SECTIONS = {
  examples: { id: 'examples', title: 'What the message looks like' },
  related: { id: 'related', title: 'Related errors' },
  sources: { id: 'sources', title: 'Sources' },
} as const satisfies Record<string, { id: string; title: string }>

export type PageSection = (typeof PAGE_SECTIONS)[keyof typeof PAGE_SECTIONS]

/** Components a guide body may use; the site's component map must provide exactly these. */
export const BODY_COMPONENTS = ['Checklist', 'Callout'] as const

export type BodyComponent = (typeof BODY_COMPONENTS)[number]
