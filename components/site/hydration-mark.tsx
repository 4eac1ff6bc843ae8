'use client'

import { useEffect } from 'react'

/**
 * Marks <html data-hydrated> once React has taken over the page. The page's scripts start after
 * its first paint, so for a moment controls are on screen but not yet live; the browser tests wait
 * for this mark before they act, as a reader's second try would.
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = ''
  }, [])
  return null
}
