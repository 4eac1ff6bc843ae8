/**
 * Finds the `aws` calls in a shell text as a guide writes it: a check's command or a code block,
 * with lines continued by `\` (or PowerShell's backtick), pipes, `&&`, `;`, `$(…)` and backticks,
 * comments, `$ ` prompts and `VAR=value` prefixes. Placeholders such as `<role-name>` stay words:
 * in a guide they are values for the reader to replace, never shell redirections.
 */

/** One `aws` call: the words after `aws` with quotes removed, and the line of the text it starts on (1-based). */
export type AwsCall = { words: string[]; line: number }

// Words that may come before the command itself: `if aws …`, `time aws …`, `xargs aws …`.
const PREFIX_WORDS = new Set(['if', 'then', 'else', 'elif', 'while', 'until', 'do', '!', 'time', 'sudo', 'env', 'exec', 'command', 'nohup', 'watch', 'xargs'])
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/
// A backslash ends a continued line in a POSIX shell; a backtick after a space does in PowerShell.
const CONTINUED = /(?:\\|\s`)\s*$/
const PROMPT = /^\s*(?:\$|PS>|PS [^>]*>)\s+/

/** Logical lines, each with the physical line it starts on: a line ending in `\` or a backtick goes on. */
function logicalLines(text: string): { text: string; line: number }[] {
  const lines: { text: string; line: number }[] = []
  let current: { text: string; line: number } | undefined
  text.split('\n').forEach((physical, i) => {
    const continued = CONTINUED.test(physical)
    const content = continued ? physical.replace(CONTINUED, ' ') : physical
    if (current) current.text += content
    else current = { text: content.replace(PROMPT, ''), line: i + 1 }
    if (!continued) {
      lines.push(current)
      current = undefined
    }
  })
  if (current) lines.push(current)
  return lines
}

/** The end of a `$(…)` opened just before `start`: the index of its `)`, respecting quotes and nesting. */
function closingParen(text: string, start: number): number {
  let depth = 1
  let quote: string | undefined
  for (let i = start; i < text.length; i++) {
    const c = text[i]!
    if (quote) {
      if (c === quote) quote = undefined
      else if (c === '\\' && quote === '"') i++
    } else if (c === "'" || c === '"') quote = c
    else if (c === '\\') i++
    else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return i
  }
  return text.length
}

/**
 * The words of each simple command of one logical line: split at `|`, `;`, `&`, parentheses and
 * braces outside quotes, quotes removed, with every command substitution (`$(…)`, backticks) a
 * command of its own, standing as one word in the command that holds it.
 */
function simpleCommands(text: string): string[][] {
  const commands: string[][] = []
  let words: string[] = []
  let word: string | undefined
  let quote: string | undefined
  const endWord = () => {
    if (word !== undefined) words.push(word)
    word = undefined
  }
  const endCommand = () => {
    endWord()
    commands.push(words)
    words = []
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quote !== "'" && ((c === '$' && text[i + 1] === '(') || c === '`')) {
      const end = c === '`' ? text.indexOf('`', i + 1) : closingParen(text, i + 2)
      const inner = text.slice(c === '`' ? i + 1 : i + 2, end === -1 ? undefined : end)
      commands.push(...simpleCommands(inner))
      word = `${word ?? ''}$(…)`
      i = end === -1 ? text.length : end
    } else if (quote) {
      if (c === quote) quote = undefined
      else if (c === '\\' && quote === '"') word += text[++i] ?? ''
      else word += c
    } else if (c === "'" || c === '"') {
      quote = c
      word ??= ''
    } else if (c === '\\') word = `${word ?? ''}${text[++i] ?? ''}`
    else if (c === '#' && word === undefined) break
    else if (/\s/.test(c)) endWord()
    else if ('|;&(){}'.includes(c)) endCommand()
    else word = `${word ?? ''}${c}`
  }
  endCommand()
  return commands
}

/** Every `aws` call in `text`, in order, nested ones (in `$(…)`) before the call that holds them. */
export function awsCallsIn(text: string): AwsCall[] {
  const calls: AwsCall[] = []
  for (const { text: line, line: number } of logicalLines(text)) {
    for (const words of simpleCommands(line)) {
      let start = 0
      while (start < words.length && (PREFIX_WORDS.has(words[start]!) || ASSIGNMENT.test(words[start]!))) start++
      if (words[start] === 'aws') calls.push({ words: words.slice(start + 1), line: number })
    }
  }
  return calls
}
