'use client'

import { useCallback, useState } from 'react'

const keyFor = (slug: string) => `aws-error-guide:ticks:${slug}`

function read(slug: string): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(keyFor(slug)) ?? '[]')
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : []
  } catch {
    return [] // storage disabled or damaged: start with nothing ticked
  }
}

function write(slug: string, ids: string[]) {
  try {
    if (ids.length) localStorage.setItem(keyFor(slug), JSON.stringify(ids))
    else localStorage.removeItem(keyFor(slug))
  } catch {
    // Private windows may refuse storage; ticks then last as long as the page.
  }
}

/** The checks a user has ticked on one guide's checklist, kept in this browser only. A card per slug, so `slug` never changes. */
export function useTicks(slug: string) {
  // Cards only ever render in the browser, after a paste, so storage can be read on first render.
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set(read(slug)))

  const toggle = useCallback(
    (id: string, on: boolean) => {
      setTicked((current) => {
        const next = new Set(current)
        if (on) next.add(id)
        else next.delete(id)
        write(slug, [...next])
        return next
      })
    },
    [slug],
  )
  const reset = useCallback(() => {
    write(slug, [])
    setTicked(new Set())
  }, [slug])

  return { ticked, toggle, reset }
}
