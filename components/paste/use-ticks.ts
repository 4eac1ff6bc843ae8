'use client'

import { useCallback, useState } from 'react'

const PREFIX = 'aws-error-guide:ticks:'
// The incidents whose ticks are kept, newest last; older ones are forgotten.
const INDEX = 'aws-error-guide:ticked-incidents'
const KEEP = 30

function readList(key: string): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key) ?? '[]')
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : []
  } catch {
    return [] // storage disabled or damaged: start with nothing ticked
  }
}

function write(card: string, ids: string[]) {
  try {
    if (ids.length) localStorage.setItem(PREFIX + card, JSON.stringify(ids))
    else localStorage.removeItem(PREFIX + card)
    const recent = [...readList(INDEX).filter((c) => c !== card), ...(ids.length ? [card] : [])]
    for (const old of recent.splice(0, Math.max(0, recent.length - KEEP))) localStorage.removeItem(PREFIX + old)
    localStorage.setItem(INDEX, JSON.stringify(recent))
  } catch {
    // Private windows may refuse storage; ticks then last as long as the page.
  }
}

/**
 * The checks a user has ticked on one card, kept in this browser only. `card` names the incident and
 * the guide: the same error pasted again finds its ticks, a new incident starts with none. A card
 * per key, so `card` never changes.
 */
export function useTicks(card: string) {
  // Cards only ever render in the browser, after a paste, so storage can be read on first render.
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set(readList(PREFIX + card)))

  const toggle = useCallback(
    (id: string, on: boolean) => {
      setTicked((current) => {
        const next = new Set(current)
        if (on) next.add(id)
        else next.delete(id)
        write(card, [...next])
        return next
      })
    },
    [card],
  )
  const reset = useCallback(() => {
    write(card, [])
    setTicked(new Set())
  }, [card])

  return { ticked, toggle, reset }
}
