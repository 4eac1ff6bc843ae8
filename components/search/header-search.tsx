'use client'

import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import { SearchOption } from './search-option'
import { SearchStatus } from './search-status'
import { useSearchEngine } from './use-search-engine'
import { useSearchShortcuts } from './use-search-shortcuts'

/**
 * The search box in the site header, an ARIA combobox over a list of results. Without JavaScript it
 * is a plain form that opens the list of all errors.
 */
export function HeaderSearch() {
  const ids = useId()
  const listId = `${ids}-results`
  const optionId = (i: number) => `${ids}-option-${i}`
  const input = useRef<HTMLInputElement>(null)
  // Where focus was before a shortcut opened the search, to go back there on Escape.
  const returnTo = useRef<HTMLElement | null>(null)
  const [engine, load] = useSearchEngine()
  const [query, setQuery] = useState('')
  const [expanded, setExpanded] = useState(false)
  const [active, setActive] = useState(-1)

  const hits = useMemo(() => (engine.status === 'ready' ? engine.search(query) : []), [engine, query])
  const typed = query.trim() !== ''
  const open = expanded && typed

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' })
  })

  const openFromShortcut = useCallback(() => {
    const focused = document.activeElement
    if (focused !== input.current) returnTo.current = focused instanceof HTMLElement && focused !== document.body ? focused : null
    input.current?.focus()
    input.current?.select()
  }, [])
  useSearchShortcuts(openFromShortcut)

  // A real navigation rather than the router's, so a section or check link scrolls to it and marks it :target.
  const go = (href: string) => {
    setExpanded(false)
    input.current?.blur()
    window.location.assign(href)
  }

  const close = () => {
    setExpanded(false)
    setActive(-1)
    const target = returnTo.current
    returnTo.current = null
    if (target?.isConnected) target.focus()
  }

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      close()
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && hits.length > 0) {
      event.preventDefault()
      setExpanded(true)
      const last = hits.length - 1
      setActive(event.key === 'ArrowDown' ? (active >= last ? 0 : active + 1) : active <= 0 ? last : active - 1)
    } else if (event.key === 'Enter' && open && hits.length > 0) {
      event.preventDefault()
      go(hits[Math.max(active, 0)]!.href)
    }
  }

  return (
    <form
      role="search"
      action="/errors/"
      method="get"
      // The list stays open while focus moves within the form (to the "Browse all errors" link).
      onBlur={(event) => !event.currentTarget.contains(event.relatedTarget) && setExpanded(false)}
      className="relative min-w-0 flex-1 sm:max-w-sm"
    >
      <label htmlFor={`${ids}-input`} className="sr-only">
        Search errors
      </label>
      <input
        ref={input}
        id={`${ids}-input`}
        name="q"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder="Search"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(-1)
          setExpanded(true)
        }}
        onFocus={() => {
          load()
          setExpanded(true)
        }}
        onKeyDown={onKeyDown}
        className="w-full rounded-md border border-slate-300 bg-white py-1.5 pr-8 pl-3 text-sm placeholder:text-slate-600 focus:border-sky-700 focus:outline-2 focus:outline-sky-700 dark:border-slate-600 dark:bg-slate-900 dark:placeholder:text-slate-400 dark:focus:border-sky-400 dark:focus:outline-sky-400"
      />
      <kbd
        aria-hidden="true"
        hidden={typed}
        className="pointer-events-none absolute top-1/2 right-2 hidden -translate-y-1/2 rounded border border-slate-300 px-1.5 font-sans text-xs text-slate-600 sm:block dark:border-slate-600 dark:text-slate-400"
      >
        /
      </kbd>
      {/* Pressing the mouse on a result or link must not take focus from the box (and close the list) before the click lands. */}
      <div
        hidden={!open}
        onMouseDown={(event) => event.preventDefault()}
        className="fixed inset-x-2 top-14 max-h-[calc(100vh-4rem)] overflow-y-auto rounded-lg border border-slate-200 bg-white p-1 shadow-lg sm:absolute sm:inset-x-auto sm:top-full sm:right-0 sm:mt-1 sm:w-[32rem] dark:border-slate-700 dark:bg-slate-900"
      >
        <ul id={listId} role="listbox" aria-label="Search results" hidden={hits.length === 0} className="m-0 list-none p-0">
          {hits.map((hit, i) => (
            <SearchOption key={hit.href} hit={hit} id={optionId(i)} active={i === active} onChoose={() => go(hit.href)} onPoint={() => setActive(i)} />
          ))}
        </ul>
        {hits.length === 0 && <SearchStatus status={engine.status} query={query} />}
      </div>
      <p role="status" className="sr-only">
        {open && engine.status === 'ready' ? `${hits.length} ${hits.length === 1 ? 'result' : 'results'}` : ''}
      </p>
    </form>
  )
}
