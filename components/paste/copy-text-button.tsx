'use client'

import { useState } from 'react'

/** A button that copies `text` and says so; when the clipboard is refused it says how to copy by hand. */
export function CopyTextButton({ text, label, className = '' }: { text: string | (() => string); label: string; className?: string }) {
  const [said, setSaid] = useState<string | null>(null)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(typeof text === 'function' ? text() : text)
      setSaid('Copied')
    } catch {
      setSaid('Copy failed: select the text and press Ctrl+C')
    }
    setTimeout(() => setSaid(null), 2000)
  }
  return (
    <button
      type="button"
      onClick={copy}
      className={`rounded border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-700 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 ${className}`}
    >
      <span aria-live="polite">{said ?? label}</span>
    </button>
  )
}
