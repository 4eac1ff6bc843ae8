import type { ReactNode } from 'react'

/**
 * A section heading whose text links to its own anchor, so a reader can right-click "copy link".
 * `scroll-mt` keeps the heading clear of the sticky site header when a link lands on it.
 */
export function Heading({ level, id, children }: { level: 2 | 3; id: string; children: ReactNode }) {
  const Tag = level === 2 ? 'h2' : 'h3'
  return (
    <Tag id={id} className="scroll-mt-20">
      <a href={`#${id}`} className="text-inherit no-underline hover:underline">
        {children}
      </a>
    </Tag>
  )
}
