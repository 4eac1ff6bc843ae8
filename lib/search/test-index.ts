import { join } from 'node:path'
import { readGuides } from '../content/build-catalog'
import { buildSearchIndex } from './records'
import type { SearchIndex } from './types'

/**
 * The search index of the real guides, from their frontmatter: tests search what ships. Bodies are
 * not rendered (that takes seconds), so the index has guide and check records but no section records.
 */
export async function realSearchIndex(): Promise<SearchIndex> {
  const { guides, problems } = await readGuides(join(import.meta.dirname, '..', '..', 'content', 'errors'))
  if (problems.length) throw new Error(`content has problems: ${JSON.stringify(problems)}`)
  return buildSearchIndex(guides.map((g) => ({ ...g.frontmatter, slug: g.slug, toc: [] })))
}
