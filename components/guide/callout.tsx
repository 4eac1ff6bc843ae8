import type { ReactNode } from 'react'

const STYLES = {
  note: { label: 'Note', className: 'border-sky-600 bg-sky-50 dark:bg-sky-950/40' },
  tip: { label: 'Tip', className: 'border-emerald-600 bg-emerald-50 dark:bg-emerald-950/40' },
  warning: { label: 'Warning', className: 'border-amber-600 bg-amber-50 dark:bg-amber-950/40' },
} as const

export function Callout({ type = 'note', children }: { type?: keyof typeof STYLES; children: ReactNode }) {
  const style = STYLES[type] ?? STYLES.note
  // A note, not a landmark: a guide may hold several warnings, and landmarks must be told apart.
  return (
    <div role="note" className={`my-6 rounded-r border-l-4 px-4 py-1 ${style.className}`} aria-label={style.label}>
      <p className="mb-0 font-semibold">{style.label}</p>
      {children}
    </div>
  )
}
