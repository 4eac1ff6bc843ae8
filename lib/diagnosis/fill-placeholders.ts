import { isShellSafe, PLACEHOLDER_TOKEN, type Placeholder } from '../catalog/placeholders'
import type { Facts } from '../match/types'
import { FACT_KEYS, FACT_KINDS, type FactKind } from './fact-kinds'

/**
 * Values for the placeholders the facts can fill (FACT_KINDS says which fact fills which); the
 * others stay as written in the guide. Only shell-safe values qualify: they go into commands a
 * reader will copy and run.
 */
export function placeholderValues(facts: Facts): Partial<Record<Placeholder, string>> {
  const values: Partial<Record<Placeholder, string>> = {}
  for (const key of FACT_KEYS) {
    const value = facts[key]
    if (value === undefined) continue
    const fills = (FACT_KINDS[key] as FactKind<typeof value>).fills
    for (const [placeholder, fill] of Object.entries(fills) as [Placeholder, (v: typeof value) => string | undefined][]) {
      const filled = fill(value)
      if (filled && isShellSafe(filled)) values[placeholder] = filled
    }
  }
  return values
}

/**
 * Where a line's shell comment starts: a `#` at the start of a word, outside quotes (the guides'
 * commands use plain single and double quotes, no heredocs). -1 when the line has none.
 */
export function commentStart(line: string): number {
  let quote: string | undefined
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (quote) {
      if (c === quote) quote = undefined
      else if (c === '\\' && quote === '"') i++
    } else if (c === "'" || c === '"') quote = c
    else if (c === '\\') i++
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return i
  }
  return -1
}

/** The command with its comments cut off: the part a shell runs. */
export function withoutComments(command: string): string {
  return command
    .split('\n')
    .map((line) => {
      const hash = commentStart(line)
      return hash === -1 ? line : line.slice(0, hash)
    })
    .join('\n')
}

/**
 * A guide command with the facts put in place of its `<placeholders>`. Comments stay as written:
 * they explain what goes where, and a value filled into one would make the sentence false.
 */
export function fillCommand(command: string, values: Partial<Record<Placeholder, string>>): string {
  const fill = (code: string) => code.replace(PLACEHOLDER_TOKEN, (whole, name: string) => values[name as Placeholder] ?? whole)
  return command
    .split('\n')
    .map((line) => {
      const hash = commentStart(line)
      return hash === -1 ? fill(line) : fill(line.slice(0, hash)) + line.slice(hash)
    })
    .join('\n')
}
