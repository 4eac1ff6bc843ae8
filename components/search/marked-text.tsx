import type { MarkedText as Marked } from '@/lib/search/types'

/** A text with the parts that matched the query wrapped in <mark>. */
export function MarkedText({ value }: { value: Marked }) {
  const pieces: React.ReactNode[] = []
  let at = 0
  for (const [start, end] of value.marks) {
    if (start > at) pieces.push(value.text.slice(at, start))
    pieces.push(
      <mark key={start} className="rounded-sm bg-amber-200 text-inherit dark:bg-amber-300 dark:text-slate-950">
        {value.text.slice(start, end)}
      </mark>,
    )
    at = end
  }
  if (at < value.text.length) pieces.push(value.text.slice(at))
  return <>{pieces}</>
}
