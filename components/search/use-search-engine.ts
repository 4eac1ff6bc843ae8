'use client'

import { useCallback, useRef, useState } from 'react'
import type { SearchHit, SearchIndex } from '@/lib/search/types'

export const SEARCH_INDEX_URL = '/search-index.json'

type Engine = { status: 'idle' | 'loading' | 'failed' } | { status: 'ready'; search: (query: string) => SearchHit[] }

/**
 * The search, loaded on first use: the index file and the search code (fuse.js with it) arrive
 * only when a reader first opens the search box, so no page pays for them up front.
 */
export function useSearchEngine(): [Engine, () => void] {
  const [engine, setEngine] = useState<Engine>({ status: 'idle' })
  const started = useRef(false)
  const load = useCallback(() => {
    if (started.current) return
    started.current = true
    setEngine({ status: 'loading' })
    Promise.all([fetchIndex(), import('@/lib/search/query')])
      .then(([index, { createSearch }]) => setEngine({ status: 'ready', search: createSearch(index) }))
      .catch(() => {
        started.current = false // the next focus tries again
        setEngine({ status: 'failed' })
      })
  }, [])
  return [engine, load]
}

async function fetchIndex(): Promise<SearchIndex> {
  const response = await fetch(SEARCH_INDEX_URL)
  if (!response.ok) throw new Error(`${SEARCH_INDEX_URL}: HTTP ${response.status}`)
  return (await response.json()) as SearchIndex
}
