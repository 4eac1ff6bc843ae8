import type { TocEntry } from '@/lib/catalog/types'

/** `labelId` differs per instance: the page shows one list in the sidebar and one folded on small screens. */
export function TableOfContents({ toc, labelId }: { toc: TocEntry[]; labelId: string }) {
  return (
    <nav aria-labelledby={labelId} className="text-sm">
      <h2 id={labelId} className="mb-2 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
        On this page
      </h2>
      <ul className="space-y-1.5">
        {toc.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? 'pl-3' : ''}>
            <a href={`#${entry.id}`} className="text-slate-700 hover:text-slate-950 hover:underline dark:text-slate-300 dark:hover:text-white">
              {entry.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
