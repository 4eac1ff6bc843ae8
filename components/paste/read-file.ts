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
  // Four bytes per character at most, so this slice always holds `limit` characters when the file has them.
  const text = await file.slice(0, limit * 4).text()
  return text.length > limit || file.size > limit * 4 ? { kind: 'text', text: text.slice(0, limit), cut: true } : { kind: 'text', text, cut: false }
}
