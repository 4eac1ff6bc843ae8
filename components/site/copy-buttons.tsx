'use client'

import { useEffect, useRef } from 'react'
import { splitGuideHash, withFacts } from '@/lib/share/share-param'

const BUTTONS = '[data-copy], [data-copy-link]'
const SHOW_RESULT_MS = 1500

/** Copies what the button stands for and says how it went, in a word or two. */
async function copyFor(button: HTMLButtonElement): Promise<string | undefined> {
  const anchor = button.dataset.copyLink
  if (anchor !== undefined) {
    // A guide filled in with an error's facts passes them on: the teammate opens the check filled in too.
    const { share } = splitGuideHash(location.hash)
    const link = new URL(share ? withFacts(`#${anchor}`, share) : `#${anchor}`, location.href).href
    try {
      await navigator.clipboard.writeText(link)
      return 'Copied'
    } catch {
      // No clipboard: put the link where the reader can copy it.
      location.hash = new URL(link).hash
      return 'Link in address bar'
    }
  }
  const code = button.closest('[data-code-block]')?.querySelector('pre')
  if (!code) return undefined
  try {
    await navigator.clipboard.writeText(code.innerText.trimEnd())
    return 'Copied'
  } catch {
    const range = document.createRange()
    range.selectNodeContents(code)
    getSelection()?.removeAllRanges()
    getSelection()?.addRange(range)
    return 'Press Ctrl+C'
  }
}

/**
 * Brings the copy buttons to life: commands in code blocks, and links to
 * sections and checks. One delegated listener serves every button, so a guide page ships a few
 * hundred bytes of script for all of them. The result shows on the button and, for screen
 * readers, in a status message.
 */
export function CopyButtons() {
  const status = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    const buttons = document.querySelectorAll<HTMLButtonElement>(BUTTONS)
    // Read before the first click: a second click while "Copied" shows must not make that the label.
    const labels = new Map([...buttons].map((b) => [b, b.textContent]))
    const onClick = async (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>(BUTTONS)
      if (!button) return
      const label = labels.get(button) ?? button.textContent
      const result = await copyFor(button)
      if (!result) return
      button.textContent = result
      if (status.current) status.current.textContent = result
      setTimeout(() => {
        button.textContent = label
        // Emptied so that the next copy is announced again.
        if (status.current) status.current.textContent = ''
      }, SHOW_RESULT_MS)
    }
    document.addEventListener('click', onClick)
    return () => {
      document.removeEventListener('click', onClick)
      buttons.forEach((b) => (b.hidden = true))
    }
  }, [])
  return <p ref={status} role="status" className="sr-only" />
}
