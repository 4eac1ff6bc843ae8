/**
 * Splits one command line into the words a POSIX shell would pass as argv, for tests of filled
 * commands. It knows plain, single-quoted and double-quoted text and backslashes; anything it would
 * have to expand (an unquoted glob, `$`, a backtick) or an unclosed quote is an error, since a
 * filled value must never bring one in.
 */
export function shellWords(line: string): string[] {
  const words: string[] = []
  let word: string | undefined
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (/\s/.test(c)) {
      if (word !== undefined) words.push(word)
      word = undefined
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1)
      if (end === -1) throw new Error(`unclosed ' in ${line}`)
      word = (word ?? '') + line.slice(i + 1, end)
      i = end
    } else if (c === '"') {
      let text = ''
      for (i++; line[i] !== '"'; i++) {
        if (i >= line.length) throw new Error(`unclosed " in ${line}`)
        if (line[i] === '$' || line[i] === '`') throw new Error(`expansion in ${line}`)
        if (line[i] === '\\' && /[$`"\\]/.test(line[i + 1] ?? '')) i++
        text += line[i]
      }
      word = (word ?? '') + text
    } else if (c === '\\') {
      word = (word ?? '') + (line[++i] ?? '')
    } else if (/[*?[$`;&|<>(){}]/.test(c)) {
      throw new Error(`unquoted ${c} in ${line}`)
    } else word = (word ?? '') + c
  }
  if (word !== undefined) words.push(word)
  return words
}
