'use client'

import { useEffect } from 'react'

/**
 * Marks <html data-hydrated> once React has taken over the page. A page boots its framework on
 * intent or when idle (components/reader/boot-framework.ts), so for a while its fields are on screen
 * but not yet live: the reader script hands over what was clicked or pasted before boot once this
 * mark is set, and the browser tests wait for it before they act.
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = ''
  }, [])
  return null
}
