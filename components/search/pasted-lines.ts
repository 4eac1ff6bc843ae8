/**
 * An <input> holds one line, and browsers drop or flatten the line breaks of a paste, which the
 * matcher reads. So a search field keeps the text as pasted and shows its line breaks as spaces,
 * one for one, so that offsets in the field are offsets in the text.
 */
export const oneLine = (text: string) => text.replace(/[\r\n]/g, ' ')

/**
 * The field's text after a paste of several lines at the caret, its line breaks kept, when the
 * paste has several lines; then the browser's own paste is cancelled. Undefined for a one-line paste,
 * which the browser inserts as usual.
 */
export function withPastedLines(event: React.ClipboardEvent<HTMLInputElement>, text: string): string | undefined {
  const pasted = event.clipboardData.getData('text/plain')
  if (!/[\r\n]/.test(pasted)) return undefined
  event.preventDefault()
  const box = event.currentTarget
  const start = box.selectionStart ?? text.length
  return text.slice(0, start) + pasted + text.slice(box.selectionEnd ?? start)
}
