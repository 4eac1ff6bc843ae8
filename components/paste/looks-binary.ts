// Replacement characters (bytes that were not valid UTF-8) and control characters other than tabs and line breaks.
const NOT_TEXT = /[\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F]/g

/**
 * True for a paste that is mostly binary data read as text. Such a paste holds no error message,
 * and laying out hundreds of kilobytes of it can stall a browser for seconds, so it is refused.
 */
export function looksBinary(text: string): boolean {
  if (text.length < 1000) return false
  const sample = text.length > 100_000 ? text.slice(0, 50_000) + text.slice(-50_000) : text
  return (sample.match(NOT_TEXT)?.length ?? 0) > sample.length / 10
}
