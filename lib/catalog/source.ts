import { join } from 'node:path'
import type { ContentProblem } from '../content/content-error'
import { readGuides } from '../content/read-guides'
import type { MatcherGuide } from '../match/types'
import { toMatcherGuide, toPublicEntry, type PublicGuide } from './public-catalog'
import type { GuideSource } from './types'

/**
 * The guides as scripts and tests read them, straight from the MDX files (the site reads what
 * `npm run content` rendered, through site-catalog.ts). Every reader starts here, so the content
 * folder is spelled once and an entry is always the same shape: frontmatter plus slug.
 */
export const CONTENT_DIR = join(import.meta.dirname, '..', '..', 'content', 'errors')

/** Every valid guide's entry in `dir`, and the problems of the others. */
export async function readEntries(dir = CONTENT_DIR): Promise<{ entries: GuideSource[]; problems: ContentProblem[] }> {
  const { guides, problems } = await readGuides(dir)
  return { entries: guides.map((g) => ({ ...g.frontmatter, slug: g.slug })), problems }
}

/** The real catalog in each form a reader needs: entries, what the matcher reads, what /catalog.json serves. */
export type RealCatalog = { entries: GuideSource[]; matcher: MatcherGuide[]; published: PublicGuide[] }

let real: Promise<RealCatalog> | undefined

/** The real guides, read once per process and refused if any has a problem: tests and scripts use what ships. */
export function realCatalog(): Promise<RealCatalog> {
  real ??= readEntries().then(({ entries, problems }) => {
    if (problems.length) throw new Error(`content has problems: ${JSON.stringify(problems)}`)
    return { entries, matcher: entries.map(toMatcherGuide), published: entries.map(toPublicEntry) }
  })
  return real
}
