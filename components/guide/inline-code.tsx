import { Fragment } from 'react'

/** Renders `backtick` spans of a plain frontmatter string as <code>, the only markup frontmatter text uses. */
export function InlineCode({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/(`[^`]+`)/)
        .map((part, i) =>
          part.startsWith('`') && part.endsWith('`') && part.length > 1 ? <code key={i}>{part.slice(1, -1)}</code> : <Fragment key={i}>{part}</Fragment>,
        )}
    </>
  )
}
