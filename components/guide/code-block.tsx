import type { ReactNode } from 'react'

/**
 * A code block with a copy button. The button is in the page from the first paint, so nothing moves
 * when the reader script brings it to life (components/reader/copy-buttons.ts); readers without JavaScript never see it.
 */
export function CodeBlock({ children, label = 'Copy' }: { children: ReactNode; label?: string }) {
  return (
    <div className="code-block not-prose relative my-4" data-code-block="">
      {children}
      {/* Its label shows how a copy went for a moment, perhaps while React hydrates. */}
      <button
        type="button"
        data-copy=""
        aria-label={`${label} to clipboard`}
        className="needs-script absolute top-2 right-2 copy-button"
        suppressHydrationWarning
      >
        {label}
      </button>
    </div>
  )
}

/** A block of already-highlighted HTML (from shiki at build time) inside a CodeBlock. */
export function HighlightedCode({ html, label }: { html: string; label?: string }) {
  return (
    <CodeBlock label={label}>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </CodeBlock>
  )
}
