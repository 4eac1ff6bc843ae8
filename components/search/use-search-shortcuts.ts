'use client'

import { useEffect } from 'react'
import { isSearchShortcut } from './search-shortcut'

/** "/" (outside text fields) and Ctrl+K or ⌘K (anywhere) call `open`. Before the framework boots, the page's reader script answers them. */
export function useSearchShortcuts(open: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return
      event.preventDefault()
      open()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [open])
}
