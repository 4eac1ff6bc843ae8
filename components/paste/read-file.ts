import { CUT_MARK, keepEnds } from '@/lib/match/clean-text'

/** What a dropped or chosen file turned out to be. */
export type ReadFile = { kind: 'image'; image: Blob } | { kind: 'text'; text: string; cut: boolean } | { kind: 'refused'; reason: string }

const SNIFF = 8192

/** Text files are read (up to `limit` characters); images go to OCR; anything else is refused with a reason. */
export async function readFile(file: File, limit: number): Promise<ReadFile> {
  if (file.type.startsWith('image/')) return { kind: 'image', image: file }
  const head = new Uint8Array(await file.slice(0, SNIFF).arrayBuffer())
  // A NUL byte, or many control characters, means a binary file: showing it as text helps no one.
  const control = head.filter((b) => b < 9 || (b > 13 && b < 32)).length
  if (head.includes(0) || control > head.length / 10) {
    return { kind: 'refused', reason: `"${file.name}" does not look like text or an image. Drop a .txt or .log file, or a screenshot.` }
  }
  // Four bytes per character at most, so each slice holds half the limit in characters when the file has them.
  const part = limit * 2
  const whole = file.size <= 2 * part
  const text = whole ? await file.text() : (await file.slice(0, part).text()) + CUT_MARK + (await file.slice(file.size - part).text())
  return { kind: 'text', text: keepEnds(text, limit), cut: !whole || text.length > limit }
}
