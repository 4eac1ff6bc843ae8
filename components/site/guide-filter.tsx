'use client'

import { useEffect, useRef, useState } from 'react'

/**
 * Narrows the lists of /errors as the reader types. The page renders every list in full (so it
 * works without JavaScript) and marks it up for this: each group `[data-filter-group=<id>]`, each
 * item `[data-filter=<lower-case text>]`, each count `[data-count-of=<group id>]`. Returns the number
 * of guides matching; a guide listed in several groups has the same text in each.
 */
function narrowLists(query: string): number {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  const matching = new Set<string>()
  for (const group of document.querySelectorAll<HTMLElement>('[data-filter-group]')) {
    let shown = 0
    for (const item of group.querySelectorAll<HTMLElement>('[data-filter]')) {
      const text = item.dataset.filter ?? ''
      item.hidden = !words.every((w) => text.includes(w))
      if (!item.hidden) {
        shown++
        matching.add(text)
      }
    }
    group.hidden = shown === 0
    for (const count of document.querySelectorAll<HTMLElement>(`[data-count-of="${group.dataset.filterGroup}"]`)) {
      count.textContent = String(shown)
      const chip = count.closest('li')
      if (chip) chip.hidden = shown === 0
    }
  }
  return matching.size
}

/** The filter box of /errors: by code, title or service. Hidden without JavaScript, which it needs. */
export function GuideFilter({ total }: { total: number }) {
  const input = useRef<HTMLInputElement>(null)
  const [matching, setMatching] = useState<number | null>(null)
  const filter = (query: string) => {
    const count = narrowLists(query)
    setMatching(query.trim() ? count : null)
  }
  // The box shows before the page hydrates, so it may already hold what the reader typed; a search
  // form submitted without JavaScript elsewhere arrives as ?q=.
  useEffect(() => {
    const box = input.current
    if (!box) return
    const query = box.value || (new URLSearchParams(location.search).get('q') ?? '')
    box.value = query
    if (query.trim()) filter(query)
  }, [])
  return (
    <div className="needs-script mt-6 max-w-xl">
      <label htmlFor="guide-filter" className="block text-sm font-medium">
        Filter by code, title or service
      </label>
      <input
        id="guide-filter"
        ref={input}
        type="search"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => filter(event.target.value)}
        className="mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
        placeholder="AccessDenied, throttling, S3…"
      />
      <p role="status" className="mt-2 min-h-5 text-sm text-slate-700 dark:text-slate-300">
        {matching === null ? '' : matching === 0 ? 'No guide matches.' : `${matching} of ${total} guides match.`}
      </p>
    </div>
  )
}
