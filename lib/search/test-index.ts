import { realCatalog } from '../catalog/source'
import { buildSearchIndex } from './records'
import type { SearchIndex } from './types'

/**
 * The search index of the real guides, from their frontmatter: tests search what ships. Bodies are
 * not rendered (that takes seconds), so the index has guide and check records but no section records.
 */
export async function realSearchIndex(): Promise<SearchIndex> {
  const { entries } = await realCatalog()
  return buildSearchIndex(entries.map((g) => ({ ...g, toc: [] })))
}
