/** A value found in the text, and where: when several patterns could supply a fact, the earliest sighting wins. */
export type Sighting = { index: number; value: string }

/**
 * The earliest acceptable capture across a table of patterns. `accept` may veto or reshape a value;
 * a vetoed match lets the same pattern keep looking further on.
 */
export function earliest(
  text: string,
  patterns: readonly RegExp[],
  accept: (value: string, match: RegExpExecArray) => string | undefined = (value) => value,
): Sighting | undefined {
  let best: Sighting | undefined
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      if (best && match.index >= best.index) break
      const raw = match[1]
      if (raw === undefined) continue
      const value = accept(raw, match)
      if (value === undefined) continue
      best = { index: match.index, value }
      break
    }
  }
  return best
}

/** Of sightings from different sources, the one earliest in the text. */
export function earliestOf(...sightings: (Sighting | undefined)[]): Sighting | undefined {
  let best: Sighting | undefined
  for (const sighting of sightings) {
    if (sighting && (!best || sighting.index < best.index)) best = sighting
  }
  return best
}

/** The first match of a global pattern, if any. */
export function firstMatch(text: string, pattern: RegExp): RegExpExecArray | undefined {
  for (const match of text.matchAll(pattern)) return match
  return undefined
}

// Masked or example values tell the reader nothing and must not be shown back as if they were real.
const PLACEHOLDER_WORD = /^(?:null|nil|none|undefined|unknown|n\/a|example|redacted|placeholder)$/i

/** A value someone masked or left as an example (`xxxx`, `***`, `null`, `<redacted>`). */
export function isMaskedValue(value: string): boolean {
  return value === '' || PLACEHOLDER_WORD.test(value) || /^[xX*#.?-]+$/.test(value) || /x{4}/i.test(value)
}

/** `value` without the trailing characters `chars` matches one by one. */
export function trimTrailing(value: string, chars: RegExp): string {
  let end = value.length
  while (end > 0 && chars.test(value.charAt(end - 1))) end--
  return value.slice(0, end)
}

/** An `accept` for earliest() that keeps a value of the given shape that is not masked. */
export function validated(pattern: RegExp) {
  return (value: string): string | undefined => (pattern.test(value) && !isMaskedValue(value) ? value : undefined)
}

/** The value right after a match, for telling a complete value from one cut short with "..." or "…". */
export function isCutShort(text: string, match: RegExpExecArray): boolean {
  const after = text.slice(match.index + match[0].length, match.index + match[0].length + 3)
  return after === '...' || after.startsWith('…')
}
