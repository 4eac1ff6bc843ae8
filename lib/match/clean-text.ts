/** The most the matcher reads. Longer pastes are cut here, and the result says so. */
export const MAX_INPUT = 2_000_000

/** Where a long text lost its middle; on a line of its own so no error message is glued to another. */
export const CUT_MARK = '\n[… the middle of this text was cut here …]\n'

/**
 * Over `limit`, keeps the first and last parts and marks the cut: a log's newest error, often the
 * fatal one, is at its end.
 */
export function keepEnds(text: string, limit = MAX_INPUT): string {
  if (text.length <= limit) return text
  const half = Math.floor((limit - CUT_MARK.length) / 2)
  return text.slice(0, half) + CUT_MARK + text.slice(text.length - half)
}

const ANSI = /\x1b\[[0-9;?]{0,32}[ -/]{0,4}[@-~]/g
// Terraform draws diagnostics in a box: ╷ │ ╵ at the start of lines.
const BOX_PREFIX = /^[ \t]{0,8}[│╷╵┃][ \t]?/gm
// Timestamps and logger prefixes in front of a line: ISO or syslog dates, [level] tags, glog's E0924 22:13:38 file.cc:143].
const LOG_PREFIXES = [
  /^\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d| ?[+-]\d{4})?\]?[ \t]{1,4}(?:\[?(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|CRITICAL|error|warn|info|debug)\]?:?[ \t]{1,4})?/gm,
  /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d [\w.-]{1,64} [\w./-]{1,64}(?:\[\d{1,8}\])?:[ \t]?/gm,
  /^[IWEF]\d{8} \d\d:\d\d:\d\d\.\d{1,9} {1,4}\d{1,8} [\w.]{1,64}:\d{1,6}\] /gm,
  /^-> "/gm,
]
const HTML_ENTITIES: Record<string, string> = {
  '&quot;': '"',
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&#39;': "'",
  '&#x27;': "'",
  '&apos;': "'",
  '&nbsp;': ' ',
}

/**
 * Turns whatever a terminal, log viewer or web page gave the user into plain error text, so the
 * format patterns see one shape: no colour codes, no box drawing, no timestamps, real newlines
 * instead of JSON escapes, and no deep indentation left by a terminal's hard wrapping.
 */
export function cleanText(raw: string): { text: string; truncated: boolean } {
  const truncated = raw.length > MAX_INPUT
  let text = keepEnds(raw)
  text = text
    .replace(/\r\n?/g, '\n')
    .replace(ANSI, '')
    // Control characters other than tab and newline are binary noise.
    .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, ' ')
    .replace(/&(?:quot|amp|lt|gt|#39|#x27|apos|nbsp);/g, (e) => HTML_ENTITIES[e] ?? e)
    // A JSON-encoded paste keeps its line breaks and quotes as escapes; a wire log adds \r\n" at line ends.
    .replace(/\\r\\n"?$/gm, '')
    .replace(/\\r\\n|\\n/g, '\n')
    .replace(/\\t/g, '\t')
    .replace(/\\"/g, '"')
    .replace(BOX_PREFIX, '')
  for (const prefix of LOG_PREFIXES) text = text.replace(prefix, '')
  // A line that continues after a run of 20+ spaces is a terminal's hard wrap, not new content.
  text = text.replace(/\n[ \t]{20,}/g, ' ').replace(/[ \t]{20,}\n/g, '\n')
  return { text, truncated }
}
