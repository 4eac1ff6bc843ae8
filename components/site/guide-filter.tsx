'use client'

import { useEffect, useRef, useState } from 'react'
import { keyFacts } from '@/components/search/key-facts'
import { oneLine, withPastedLines } from '@/components/search/pasted-lines'
import { useQueryDiagnosis } from '@/components/search/use-query-diagnosis'
import type { Diagnosis } from '@/lib/diagnosis/types'
import { looksLikeError } from '@/lib/search/looks-like-error'

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

const LINK = 'font-mono font-semibold text-sky-800 underline dark:text-sky-300'

/** The guides a pasted error matched, each a link that opens the guide filled in with the error's facts. */
function PastedError({ diagnosis }: { diagnosis: Diagnosis }) {
  const found = diagnosis.cards.length > 0
  const guides = found
    ? diagnosis.cards.map((c) => ({ url: c.factsUrl, code: c.code, title: c.title, facts: keyFacts(c.facts) }))
    : diagnosis.suggestions.map((s) => ({ ...s, facts: [] }))
  return (
    <div className="mt-2 rounded-md border border-amber-500 p-3 text-sm" data-state={found ? 'paste-found' : 'paste-no-match'}>
      <p className="m-0">
        {found
          ? 'That is an error message, read here in your browser. Its guide opens with your facts filled in:'
          : `That looks like an error message, but no AWS error we know was found in it.${guides.length ? ' The closest guides:' : ''}`}
      </p>
      <ul className="mt-2 mb-0 space-y-2 pl-0">
        {guides.map((g) => (
          <li key={g.url} className="list-none">
            <a href={g.url} className={LINK}>
              {g.code}
            </a>{' '}
            <span>{g.title}</span>
            {g.facts.length > 0 && (
              <span className="block text-xs text-slate-700 dark:text-slate-300">{g.facts.map((f) => `${f.label} ${f.value}`).join(' · ')}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}

/**
 * The filter box of /errors: by code, title or service. A pasted error is read instead, as the
 * header search does, and the guides it names are offered with the error's facts. Hidden without
 * JavaScript, which it needs. It is no form: nothing typed is ever sent.
 */
export function GuideFilter({ total }: { total: number }) {
  const input = useRef<HTMLInputElement>(null)
  const [text, setText] = useState('')
  const [matching, setMatching] = useState<number | null>(null)
  const { diagnosis, reading, diagnose } = useQueryDiagnosis()
  const pasted = looksLikeError(text)

  const update = (value: string, at: 'typing' | 'paste') => {
    setText(value)
    diagnose(value, at)
    // A pasted error is not words to filter by: the lists stay whole beside its diagnosis.
    const words = looksLikeError(value) ? '' : value
    const count = narrowLists(words)
    setMatching(words.trim() ? count : null)
  }

  // The box shows before the page hydrates, so it may already hold what the reader typed; an old
  // link or bookmark may carry its text as ?q= (the search form no longer sends one).
  useEffect(() => {
    const early = input.current?.value || (new URLSearchParams(location.search).get('q') ?? '')
    if (early.trim()) update(early, 'paste')
    // Once, on hydration.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const status = pasted
    ? diagnosis
      ? `${diagnosis.cards.length === 1 ? 'One error' : `${diagnosis.cards.length} errors`} found in your text.`
      : reading
        ? 'Reading the error, in this browser…'
        : ''
    : matching === null
      ? ''
      : matching === 0
        ? 'No guide matches.'
        : `${matching} of ${total} guides match.`
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
        value={oneLine(text)}
        onChange={(event) => update(event.target.value, 'typing')}
        onPaste={(event) => {
          const withLines = withPastedLines(event, text)
          if (withLines !== undefined) update(withLines, 'paste')
        }}
        onKeyDown={(event) => {
          const first = pasted ? diagnosis?.cards[0] : undefined
          if (event.key === 'Enter' && first) location.assign(first.factsUrl)
        }}
        className="mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
        placeholder="AccessDenied, throttling, S3… or paste an error"
      />
      <p role="status" className="mt-2 min-h-5 text-sm text-slate-700 dark:text-slate-300">
        {status}
      </p>
      {pasted && diagnosis && <PastedError diagnosis={diagnosis} />}
    </div>
  )
}
