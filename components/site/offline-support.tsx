'use client'

import { useEffect } from 'react'

function register() {
  navigator.serviceWorker.register('/sw.js').catch(() => {
    // Private windows and some browsers refuse service workers; the site works the same without.
  })
}

/** Registers /sw.js, which keeps the pages a reader has used working offline. Production only: in development it would serve stale files. */
export function OfflineSupport() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return
    // After the page's own files: the worker's first downloads must not compete with them.
    if (document.readyState === 'complete') register()
    else addEventListener('load', register, { once: true })
  }, [])
  return null
}
