'use client'

import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import type { DiagnosisCard } from '@/lib/diagnosis/types'
import { looksLikeError } from '@/lib/search/looks-like-error'
import { QUERY_MAX_LENGTH } from '@/lib/search/query-limits'
import type { SearchHit } from '@/lib/search/types'
import { lazyView } from '@/components/site/lazy-view'
import { oneLine, withPastedLines } from './pasted-lines'
import { STATUS_LINE } from './status-line'
import { useQueryDiagnosis } from './use-query-diagnosis'
import { useSearchEngine } from './use-search-engine'
import { useSearchShortcuts } from './use-search-shortcuts'

/** One line of the list: a guide the pasted error matched (opened with its facts), or a result of the word search. */
type Choice = { kind: 'diagnosis'; href: string; card: DiagnosisCard } | { kind: 'hit'; href: string; hit: SearchHit }

// Shown only for a pasted error, when the matcher's worker loads anyway: not in every page's script.
const PasteStatus = lazyView(() => import('./paste-options').then((m) => m.PasteStatus))
const DiagnosisOption = lazyView(() => import('./paste-options').then((m) => m.DiagnosisOption))
// Shown only once the search is opened, and fetched then, beside the index: a page booted for
// another reason (a tick on a checklist) does not load them.
const searchOptionCode = () => import('./search-option')
const searchStatusCode = () => import('./search-status')
const SearchOption = lazyView(() => searchOptionCode().then((m) => m.SearchOption))
const SearchStatus = lazyView(() => searchStatusCode().then((m) => m.SearchStatus), <p className={STATUS_LINE}>Search could not load.</p>)
/** Starts fetching the result views as the search opens, so that they are in before the index is. */
function fetchResultViews() {
  // A failure shows where the view would have (lazyView).
  searchOptionCode().catch(() => undefined)
  searchStatusCode().catch(() => undefined)
}

/**
 * The search box in the site header, an ARIA combobox over a list of results. Words are looked up
 * in the guides; a pasted error is read by the paste page's matcher, in this page, and the guides
 * it names come first, each opening with the error's facts filled in.
 *
 * Nothing typed leaves the browser, with or without JavaScript. The input has no name, so the
 * form, submitted without JavaScript, opens the list of all errors and sends no text: a static host
 * cannot search, and the list's own filter needs JavaScript anyway. With JavaScript the form is
 * never submitted: Enter opens the chosen result.
 */
export function HeaderSearch() {
  const ids = useId()
  const listId = `${ids}-results`
  const optionId = (i: number) => `${ids}-option-${i}`
  const input = useRef<HTMLInputElement>(null)
  // Where focus was before a shortcut opened the search, to go back there on Escape.
  const returnTo = useRef<HTMLElement | null>(null)
  const [engine, load] = useSearchEngine()
  const { diagnosis, reading, failed, diagnose } = useQueryDiagnosis()
  const [query, setQuery] = useState('')
  const [expanded, setExpanded] = useState(false)
  const [active, setActive] = useState(-1)
  // Enter pressed while a paste is still being read: open the first guide once it is.
  const enterWhenRead = useRef(false)

  const pasted = looksLikeError(query)
  // The word search reads a query's first words only: over a whole log they would find noise.
  const wholePaste = pasted && (/[\r\n]/.test(query) || query.trim().length > QUERY_MAX_LENGTH)
  const hits = useMemo(() => (engine.status === 'ready' && !wholePaste ? engine.search(query) : []), [engine, query, wholePaste])
  const cards = pasted ? (diagnosis?.cards ?? []) : []
  // A guide already listed for the paste is not listed again by the word search.
  const listed = new Set(cards.map((card) => card.url))
  const choices: Choice[] = [
    ...cards.map((card): Choice => ({ kind: 'diagnosis', href: card.factsUrl, card })),
    ...hits.filter((hit) => !listed.has(hit.href)).map((hit): Choice => ({ kind: 'hit', href: hit.href, hit })),
  ]
  const typed = query.trim() !== ''
  const open = expanded && typed

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' })
  })

  // A real navigation rather than the router's, so a section or check link scrolls to it and marks
  // it :target. Leaving the box closes the list (onBlur), also when only the fragment changes.
  const go = (href: string) => {
    input.current?.blur()
    window.location.assign(href)
  }

  useEffect(() => {
    if (!enterWhenRead.current || reading) return
    enterWhenRead.current = false
    if (choices[0]) go(choices[0].href)
  })

  // The box is on screen before the page's scripts run: text typed or pasted into it by then, and
  // the focus, are taken up when React does.
  useEffect(() => {
    const box = input.current
    if (!box) return
    if (box.value) {
      setQuery(box.value)
      diagnose(box.value, 'paste')
    }
    if (document.activeElement === box) {
      load()
      fetchResultViews()
      setExpanded(true)
    }
    // Once, on hydration.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const openFromShortcut = useCallback(() => {
    const focused = document.activeElement
    if (focused !== input.current) returnTo.current = focused instanceof HTMLElement && focused !== document.body ? focused : null
    input.current?.focus()
    input.current?.select()
  }, [])
  useSearchShortcuts(openFromShortcut)

  const close = () => {
    setExpanded(false)
    setActive(-1)
    const target = returnTo.current
    returnTo.current = null
    if (target?.isConnected) target.focus()
  }

  const change = (text: string, at: 'typing' | 'paste') => {
    setQuery(text)
    setActive(-1)
    setExpanded(true)
    enterWhenRead.current = false
    diagnose(text, at)
  }

  // A one-line paste arrives through onChange, read at once rather than after a pause in typing.
  const pasting = useRef(false)
  const onPaste = (event: React.ClipboardEvent<HTMLInputElement>) => {
    const text = withPastedLines(event, query)
    if (text === undefined) pasting.current = true
    else change(text, 'paste')
  }

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      close()
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && choices.length > 0) {
      event.preventDefault()
      setExpanded(true)
      const last = choices.length - 1
      setActive(event.key === 'ArrowDown' ? (active >= last ? 0 : active + 1) : active <= 0 ? last : active - 1)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      if (open && choices.length > 0) go(choices[Math.max(active, 0)]!.href)
      else if (pasted) {
        diagnose(query, 'paste') // now, without waiting for a pause in typing
        enterWhenRead.current = true
      }
    }
  }

  // A paste is announced when read, words as soon as they are searched.
  const announced = open && (pasted ? diagnosis : engine.status === 'ready') ? `${choices.length} ${choices.length === 1 ? 'result' : 'results'}` : ''

  return (
    <form
      role="search"
      action="/errors/"
      method="get"
      onSubmit={(event) => event.preventDefault()}
      // The list stays open while focus moves within the form (to the "Browse all errors" link).
      onBlur={(event) => !event.currentTarget.contains(event.relatedTarget) && setExpanded(false)}
      // On a phone the box is a small field beside the logo; while in use it covers the header
      // row, so what is typed can be read.
      className="relative min-w-0 flex-1 sm:max-w-sm max-sm:focus-within:fixed max-sm:focus-within:inset-x-0 max-sm:focus-within:top-0 max-sm:focus-within:z-50 max-sm:focus-within:flex max-sm:focus-within:h-14 max-sm:focus-within:items-center max-sm:focus-within:bg-white max-sm:focus-within:px-4 dark:max-sm:focus-within:bg-slate-950"
    >
      <label htmlFor={`${ids}-input`} className="sr-only">
        Search errors
      </label>
      <div className="relative w-full">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          width="16"
          height="16"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-slate-600 dark:text-slate-400"
        >
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        <input
          ref={input}
          id={`${ids}-input`}
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder="Search, or paste an error"
          value={oneLine(query)}
          onChange={(event) => {
            change(event.target.value, pasting.current ? 'paste' : 'typing')
            pasting.current = false
          }}
          onPaste={onPaste}
          onFocus={() => {
            load()
            fetchResultViews()
            setExpanded(true)
          }}
          onKeyDown={onKeyDown}
          className="w-full rounded-md border border-slate-300 bg-white py-1.5 pr-8 pl-8 text-sm placeholder:text-slate-600 focus:border-sky-700 focus:outline-2 focus:outline-sky-700 max-sm:placeholder:opacity-0 max-sm:focus:text-base max-sm:focus:placeholder:opacity-100 dark:border-slate-600 dark:bg-slate-900 dark:placeholder:text-slate-400 dark:focus:border-sky-400 dark:focus:outline-sky-400"
        />
        <kbd
          aria-hidden="true"
          hidden={typed}
          className="pointer-events-none absolute top-1/2 right-2 hidden -translate-y-1/2 rounded border border-slate-300 px-1.5 font-sans text-xs text-slate-600 sm:block dark:border-slate-600 dark:text-slate-400"
        >
          /
        </kbd>
      </div>
      {/* Pressing the mouse on a result or link must not take focus from the box (and close the list) before the click lands. */}
      <div
        hidden={!open}
        onMouseDown={(event) => event.preventDefault()}
        className="fixed inset-x-2 top-14 max-h-[calc(100vh-4rem)] overflow-y-auto rounded-lg border border-slate-200 bg-white p-1 shadow-lg sm:absolute sm:inset-x-auto sm:top-full sm:right-0 sm:mt-1 sm:w-[32rem] dark:border-slate-700 dark:bg-slate-900"
      >
        {pasted && <PasteStatus diagnosis={diagnosis} reading={reading} failed={failed} />}
        <ul id={listId} role="listbox" aria-label="Search results" hidden={choices.length === 0} className="m-0 list-none p-0">
          {choices.map((choice, i) =>
            choice.kind === 'diagnosis' ? (
              <DiagnosisOption
                key={`found-${choice.href}`}
                card={choice.card}
                id={optionId(i)}
                active={i === active}
                onChoose={() => go(choice.href)}
                onPoint={() => setActive(i)}
              />
            ) : (
              <SearchOption
                key={choice.href}
                hit={choice.hit}
                id={optionId(i)}
                active={i === active}
                onChoose={() => go(choice.href)}
                onPoint={() => setActive(i)}
              />
            ),
          )}
        </ul>
        {/* Rendered only while the list is open, so that its code is fetched then, not when the page boots. */}
        {open && !pasted && choices.length === 0 && <SearchStatus status={engine.status} query={query} />}
      </div>
      <p role="status" className="sr-only">
        {announced}
      </p>
    </form>
  )
}
