import { readdir, readFile } from 'node:fs/promises'
import { basename, join, relative } from 'node:path'
import type { GuideFrontmatter } from '../catalog/schema'
import { KEBAB } from '../catalog/slug'
import type { ContentProblem } from './content-error'
import { readFrontmatter, splitFrontmatter } from './read-frontmatter'

export type ParsedGuide = { file: string; slug: string; source: string; frontmatter: GuideFrontmatter }

/**
 * Rules across guides: a code, alias or old slug belongs to one guide and one URL, and related guides exist.
 * `allSlugs` includes guides that failed validation, so their neighbours are not blamed for them.
 */
export function checkAcrossGuides(guides: ParsedGuide[], allSlugs: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = []
  const codeOwners = new Map<string, ParsedGuide>()
  for (const g of guides) {
    g.frontmatter.codes.forEach((code, i) => {
      const owner = codeOwners.get(code.toLowerCase())
      const slugTaken = code.toLowerCase() !== g.slug && allSlugs.has(code.toLowerCase())
      if (owner) problems.push({ file: g.file, field: `codes[${i}]`, reason: `code "${code}" is already answered by ${owner.file}; a code belongs to one guide` })
      // /errors/<code in any case> will lead to the code's guide, so it cannot also be another guide's slug.
      else if (slugTaken) problems.push({ file: g.file, field: `codes[${i}]`, reason: `code "${code}" would share the URL /errors/${code.toLowerCase()} with the guide of that slug` })
      else codeOwners.set(code.toLowerCase(), g)
    })
  }
  // An old slug keeps leading to its guide, so it cannot be a live slug, a code's URL or another guide's old slug.
  const oldSlugOwners = new Map<string, ParsedGuide>()
  for (const g of guides) {
    g.frontmatter.redirectFrom?.forEach((slug, i) => {
      const field = `redirectFrom[${i}]`
      const codeOwner = codeOwners.get(slug)
      const oldSlugOwner = oldSlugOwners.get(slug)
      if (allSlugs.has(slug)) problems.push({ file: g.file, field, reason: `"${slug}" is the slug of a published guide; only a slug no guide uses any more can redirect` })
      else if (codeOwner) problems.push({ file: g.file, field, reason: `/errors/${slug} already leads to ${codeOwner.file}, which has that code` })
      else if (oldSlugOwner) problems.push({ file: g.file, field, reason: `"${slug}" already redirects to ${oldSlugOwner.file}` })
      else oldSlugOwners.set(slug, g)
    })
  }
  for (const g of guides) {
    g.frontmatter.related.forEach((slug, i) => {
      if (slug === g.slug) problems.push({ file: g.file, field: `related[${i}]`, reason: 'a guide cannot be related to itself' })
      else if (!allSlugs.has(slug)) problems.push({ file: g.file, field: `related[${i}]`, reason: `no guide has the slug "${slug}"` })
    })
  }
  return problems
}

/**
 * Reads and validates every guide's frontmatter in `dir`, without rendering bodies: what the
 * matcher's command line needs, and the first half of buildCatalog.
 */
export async function readGuides(dir: string, root = process.cwd()): Promise<{ guides: ParsedGuide[]; problems: ContentProblem[] }> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.mdx')).sort()
  const problems: ContentProblem[] = []
  const guides: ParsedGuide[] = []

  for (const name of names) {
    const file = relative(root, join(dir, name))
    const slug = basename(name, '.mdx')
    if (!KEBAB.test(slug)) problems.push({ file, field: 'slug', reason: `file name "${name}" must be the slug: lower-case words joined by hyphens, ending in .mdx` })
    const source = await readFile(join(dir, name), 'utf8')
    const parts = splitFrontmatter(source)
    if (!parts) {
      problems.push({ file, field: 'frontmatter', reason: 'missing: the file must start with a --- YAML block ---', line: 1 })
      continue
    }
    const result = readFrontmatter(file, parts.yaml)
    if (result.ok) guides.push({ file, slug, source, frontmatter: result.data })
    else problems.push(...result.problems)
  }
  if (names.length === 0) problems.push({ file: relative(root, dir) || '.', field: 'guides', reason: 'no .mdx guides found' })
  problems.push(...checkAcrossGuides(guides, new Set(names.map((n) => basename(n, '.mdx')))))
  return { guides, problems }
}

