'use client'

import { useEffect } from 'react'

/**
 * Turns on the copy buttons that the build left hidden in code blocks. One delegated listener
 * serves every block, so a guide page ships a few hundred bytes of script for all its commands.
 */
export function CopyButtons() {
  useEffect(() => {
    const buttons = document.querySelectorAll<HTMLButtonElement>('[data-copy]')
    buttons.forEach((b) => (b.hidden = false))
    const onClick = async (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-copy]')
      const code = button?.closest('[data-code-block]')?.querySelector('pre')
      if (!button || !code) return
      const label = button.textContent
      try {
        await navigator.clipboard.writeText(code.innerText.trimEnd())
        button.textContent = 'Copied'
      } catch {
        button.textContent = 'Press Ctrl+C'
        const range = document.createRange()
        range.selectNodeContents(code)
        getSelection()?.removeAllRanges()
        getSelection()?.addRange(range)
      }
      setTimeout(() => (button.textContent = label), 1500)
    }
    document.addEventListener('click', onClick)
    return () => {
      document.removeEventListener('click', onClick)
      buttons.forEach((b) => (b.hidden = true))
    }
  }, [])
  return null
}
