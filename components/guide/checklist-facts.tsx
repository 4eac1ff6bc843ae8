'use client'

import { useEffect, useState } from 'react'
import { lazyView } from '@/components/site/lazy-view'
import { splitGuideHash } from '@/lib/share/share-param'

const FilledChecklist = lazyView(() => import('./filled-checklist').then((m) => m.default))

/**
 * A guide opened from a diagnosis carries the error's facts in its fragment (`#diagnosis=…`, or
 * `#<check id>&diagnosis=…`): then, and only then, the code that fills the checklist with them
 * loads. The guide itself is the same static page, complete without JavaScript.
 */
export function ChecklistFacts({ slug }: { slug: string }) {
  const [hash, setHash] = useState<ReturnType<typeof splitGuideHash>>({})
  useEffect(() => {
    const read = () => setHash(splitGuideHash(location.hash))
    read()
    addEventListener('hashchange', read)
    return () => removeEventListener('hashchange', read)
  }, [])
  if (!hash.share) return null
  return <FilledChecklist slug={slug} share={hash.share} anchor={hash.anchor} />
}
