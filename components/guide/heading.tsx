import type { ReactNode } from 'react'
import { CopyLinkButton } from './copy-link-button'

/**
 * A section heading whose text links to its own anchor, with a button that copies that link.
 * `title` is the heading as plain text, for the button's name; `children`, when given, its markup. The button sits outside the
 * heading so the heading's name stays its text; the plain wrapper keeps prose margins collapsing
 * as they would around a bare heading. `scroll-mt` keeps the heading clear of the sticky site
 * header when a link lands on it.
 */
export function Heading({ level, id, title, children }: { level: 2 | 3; id: string; title: string; children?: ReactNode }) {
  const Tag = level === 2 ? 'h2' : 'h3'
  return (
    <div className="relative">
      <Tag id={id} className="scroll-mt-20 pr-24">
        <a href={`#${id}`} className="text-inherit no-underline hover:underline">
          {children ?? title}
        </a>
      </Tag>
      <CopyLinkButton id={id} label={`section: ${title}`} />
    </div>
  )
}
