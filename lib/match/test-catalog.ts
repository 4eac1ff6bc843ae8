import { join } from 'node:path'
import { toMatcherGuide } from '../catalog/matcher-catalog'
import { readGuides, type ParsedGuide } from '../content/build-catalog'
import type { MatcherGuide } from './types'

/** The real guides, read the way `npm run match` reads them: tests match against what ships. */
export async function realCatalog(): Promise<{ guides: ParsedGuide[]; catalog: MatcherGuide[] }> {
  const { guides, problems } = await readGuides(join(import.meta.dirname, '..', '..', 'content', 'errors'))
  if (problems.length) throw new Error(`content has problems: ${JSON.stringify(problems)}`)
  return { guides, catalog: guides.map((g) => toMatcherGuide({ ...g.frontmatter, slug: g.slug })) }
}
