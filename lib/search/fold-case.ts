/**
 * Lower-cases without changing length, so offsets found in the folded text mark the original.
 * The search folds every text once when it builds its index and then compares case-sensitively:
 * fuse would otherwise lower-case every field again on every keystroke.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase()
  return lower.length === text.length ? lower : text.replace(/[A-Z]/g, (c) => c.toLowerCase())
}
