import { isShellSafe, PLACEHOLDER_TOKEN, PLACEHOLDERS, type Placeholder } from '../catalog/placeholders'
import type { Facts } from '../match/types'
import { FACT_KEYS, FACT_KINDS, type FactKind } from './fact-kinds'

/**
 * Whether a value may go into a placeholder of a command a reader will copy and run: it is of the
 * placeholder's kind, and it cannot turn into something else on the way. A leading `-` would be read
 * as an option, `://` makes the AWS CLI read a local file (file://) or, in v1, fetch a URL, and a
 * bare glob names the reader's files. Whatever the source, paste or share link, the rule is the same.
 */
export function accepts(placeholder: Placeholder, value: string): boolean {
  return PLACEHOLDERS[placeholder].accepts.test(value) && isShellSafe(value) && !value.startsWith('-') && !value.includes('://') && !/^[*?]+$/.test(value)
}

/** Which fact a check reads for a placeholder, where the default would be wrong (`reads` in the guide). */
export type Reads = Partial<Record<Placeholder, keyof Facts>>

type Fill<V> = (value: V) => string | undefined

/** How one fact fills one placeholder: by default, or only when a check reads it for that placeholder. */
export function fillOf<K extends keyof Facts>(key: K, placeholder: Placeholder, read: boolean): Fill<NonNullable<Facts[K]>> | undefined {
  const kind = FACT_KINDS[key] as FactKind<NonNullable<Facts[K]>>
  return kind.fills[placeholder] ?? (read ? kind.fillsWhenRead?.[placeholder] : undefined)
}

/**
 * Values for the placeholders the facts can fill (FACT_KINDS says which fact fills which); the
 * others stay as written in the guide, for the reader. A check that reads a placeholder from
 * another fact (`reads`) gets that fact's value or none, never the default's.
 */
export function placeholderValues(facts: Facts, reads: Reads = {}): Partial<Record<Placeholder, string>> {
  const values: Partial<Record<Placeholder, string>> = {}
  const put = (placeholder: Placeholder, filled: string | undefined) => {
    if (filled && accepts(placeholder, filled)) values[placeholder] = filled
  }
  for (const key of FACT_KEYS) {
    const value = facts[key]
    if (value === undefined) continue
    for (const [placeholder, fill] of Object.entries(FACT_KINDS[key].fills) as [Placeholder, Fill<typeof value>][]) {
      if (reads[placeholder] === undefined) put(placeholder, fill(value))
    }
  }
  for (const [placeholder, key] of Object.entries(reads) as [Placeholder, keyof Facts][]) {
    const value = facts[key]
    const fill = fillOf(key, placeholder, true) as Fill<typeof value> | undefined
    if (value !== undefined && fill) put(placeholder, fill(value))
  }
  return values
}

/** A word for a POSIX shell (bash, zsh): bare when it holds only characters no shell treats specially, else single-quoted. */
export function shellQuote(value: string): string {
  return /^[\w.:/@+=,%-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`
}

type Quote = 'none' | 'single' | 'double'

/**
 * Walks a command as a POSIX shell reads it (quotes, backslashes, `#` comments to the end of the
 * line) and hands each `<placeholder>` outside a comment to `replace`, with the quotes it stands in.
 * Comments stay as written: they explain what goes where, and a filled value would make them false.
 */
function mapPlaceholders(command: string, replace: (name: string, whole: string, quote: Quote) => string): string {
  const token = new RegExp(PLACEHOLDER_TOKEN.source, 'y')
  let out = ''
  let quote: Quote = 'none'
  for (let i = 0; i < command.length; i++) {
    const c = command[i]!
    token.lastIndex = i
    const hit = c === '<' ? token.exec(command) : null
    if (hit) {
      out += replace(hit[1]!, hit[0], quote)
      i += hit[0].length - 1
      continue
    }
    // A `#` starts a comment where a word starts: after a blank or an operator (`;`, `&`, `|`, parentheses).
    if (quote === 'none' && c === '#' && (i === 0 || /[\s;&|()]/.test(command[i - 1]!))) {
      const end = command.indexOf('\n', i)
      out += command.slice(i, end === -1 ? command.length : end)
      i = (end === -1 ? command.length : end) - 1
      continue
    }
    out += c
    if (quote === 'single') {
      if (c === "'") quote = 'none'
    } else if (c === '\\' && i + 1 < command.length) {
      out += command[++i]
    } else if (quote === 'double') {
      if (c === '"') quote = 'none'
    } else if (c === "'") quote = 'single'
    else if (c === '"') quote = 'double'
  }
  return out
}

/** The placeholders a reader still has to replace: those left outside comments. */
export function unfilledIn(command: string): string[] {
  const names: string[] = []
  mapPlaceholders(command, (name, whole) => (names.push(name), whole))
  return [...new Set(names)]
}

/**
 * A guide command with the facts put in place of its `<placeholders>`. Outside quotes a value is
 * shell-quoted (an ARN ending in `/*` must not glob); inside the guide's own quotes it goes in as it
 * is, which `accepts` makes safe: no quote, `$`, backtick or backslash can reach a value.
 */
export function fillCommand(command: string, values: Partial<Record<Placeholder, string>>): string {
  return mapPlaceholders(command, (name, whole, quote) => {
    const value = values[name as Placeholder]
    if (value === undefined) return whole
    return quote === 'none' ? shellQuote(value) : value
  })
}
