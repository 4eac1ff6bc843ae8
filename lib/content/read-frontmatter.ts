import { LineCounter, parseDocument, isMap, type Document } from 'yaml'
import { ZodArray, ZodDefault, ZodObject, ZodOptional, type z } from 'zod'
import { guideFrontmatterSchema, type GuideFrontmatter } from '../catalog/schema'
import type { ContentProblem } from './content-error'
import { closestWord } from './closest-word'

type Path = readonly PropertyKey[]

/** `checks[2].id` from `['checks', 2, 'id']`: the way an author reads a field's place. */
export function fieldName(path: Path): string {
  return path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)), '')
}

/** Splits `---\nyaml\n---\nbody` into its parts; the body keeps its line numbers by offset. */
export function splitFrontmatter(source: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source)
  if (!match) return undefined
  return { yaml: match[1] ?? '', body: source.slice(match[0].length), bodyLine: match[0].split('\n').length }
}

/** Line of the YAML node at `path`, or of its nearest existing ancestor (a missing key has no node). */
function lineOf(doc: Document, counter: LineCounter, path: Path): number | undefined {
  // LineCounter lines are 1-based within the YAML text.
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined
    if (node && typeof node === 'object' && node.range) return counter.linePos(node.range[0]).line
  }
  return undefined
}

/** Keys the schema allows at `path`, read from the schema itself so suggestions stay in step with it. */
function knownKeysAt(path: Path): string[] {
  let node: z.ZodType = guideFrontmatterSchema
  for (const part of path) {
    while (node instanceof ZodOptional || node instanceof ZodDefault) node = node.unwrap() as z.ZodType
    if (node instanceof ZodArray && typeof part === 'number') node = node.element as z.ZodType
    else if (node instanceof ZodObject && typeof part === 'string' && part in node.shape) node = node.shape[part] as z.ZodType
    else return []
  }
  while (node instanceof ZodOptional || node instanceof ZodDefault) node = node.unwrap() as z.ZodType
  return node instanceof ZodObject ? Object.keys(node.shape) : []
}

export type FrontmatterResult = { ok: true; data: GuideFrontmatter } | { ok: false; problems: ContentProblem[] }

/** Parses and validates a guide's YAML frontmatter, reporting every problem with its field and line. */
export function readFrontmatter(file: string, yamlText: string, firstLine = 2): FrontmatterResult {
  const counter = new LineCounter()
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({ file, field: 'frontmatter', reason: `YAML: ${e.message.split('\n')[0]}`, line: e.linePos ? e.linePos[0].line + firstLine - 1 : undefined })),
    }
  }
  if (!isMap(doc.contents)) return { ok: false, problems: [{ file, field: 'frontmatter', reason: 'must be a YAML mapping of keys to values' }] }

  const shift = (line?: number) => (line === undefined ? undefined : line + firstLine - 1)
  const parsed = guideFrontmatterSchema.safeParse(doc.toJS())
  if (parsed.success) return { ok: true, data: parsed.data }

  const problems = parsed.error.issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const suggestion = closestWord(key, knownKeysAt(issue.path))
        return {
          file,
          field: fieldName([...issue.path, key]),
          reason: `unknown key${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
          line: shift(lineOf(doc, counter, [...issue.path, key])),
        }
      })
    }
    const missing = issue.code === 'invalid_type' && issue.message.includes('received undefined')
    return [{ file, field: fieldName(issue.path), reason: missing ? 'is required but missing' : issue.message, line: shift(lineOf(doc, counter, issue.path)) }]
  })
  return { ok: false, problems }
}
