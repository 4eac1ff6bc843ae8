/** One problem in one content file: which file, which field, why, and the line when known. */
export type ContentProblem = {
  file: string
  field: string
  reason: string
  line?: number
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.field}: ${p.reason}`
}

/** Thrown when content is invalid; carries every problem found so an author can fix them in one pass. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in content:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`)
    this.name = 'ContentError'
  }
}
