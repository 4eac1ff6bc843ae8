/**
 * A large catalog for benchmarks: the real guides plus variants of them with new codes, titles and
 * slugs, so build and search costs can be measured at 1,000 guides before we have that many.
 * The variants are valid content: they pass the same checks as the real guides.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { parse, stringify } from 'yaml'
import { CONTENT_DIR } from '../../lib/catalog/source'
import { splitFrontmatter } from '../../lib/content/read-frontmatter'

/** Writes `count` guides into `dir` (which should be empty): every real guide, then numbered variants. */
export async function writeGeneratedGuides(dir: string, count: number, realDir = CONTENT_DIR): Promise<void> {
  await mkdir(dir, { recursive: true })
  const names = (await readdir(realDir)).filter((n) => n.endsWith('.mdx')).sort()
  const sources = await Promise.all(names.map((n) => readFile(join(realDir, n), 'utf8')))
  await Promise.all(names.map((n, i) => writeFile(join(dir, n), sources[i]!)))
  const writes: Promise<void>[] = []
  for (let i = 0; i < count - names.length; i++) {
    const from = i % names.length
    writes.push(writeFile(join(dir, `${basename(names[from]!, '.mdx')}-variant-${i}.mdx`), variantOf(sources[from]!, i)))
  }
  await Promise.all(writes)
}

function variantOf(source: string, n: number): string {
  const parts = splitFrontmatter(source)
  if (!parts) throw new Error('a real guide without frontmatter cannot be varied')
  const data = parse(parts.yaml) as { code: string; codes: string[]; title: string }
  const tag = `Variant${n}`
  data.code = `${data.code}${tag}`
  data.codes = data.codes.map((c) => `${c}${tag}`)
  data.title = `${data.title.slice(0, 80)} #${n}` // the schema caps titles at 90 characters
  return `---\n${stringify(data)}---\n${parts.body}`
}
