import type { SearchHit } from '@/lib/search/types'
import { MarkedText } from './marked-text'

const PART_LABEL = { section: 'Section', check: 'Check' } as const

type Props = { hit: SearchHit; id: string; active: boolean; onChoose: () => void; onPoint: () => void }

/** One result in the list: a guide (code and title), or a section or check (its title, then the code of the guide it is in). */
export function SearchOption({ hit, id, active, onChoose, onPoint }: Props) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      onClick={onChoose}
      onMouseMove={onPoint}
      className={`cursor-pointer rounded-md px-3 py-2 ${active ? 'bg-sky-100 dark:bg-sky-900' : ''}`}
    >
      {hit.kind === 'guide' ? (
        <>
          <span className="block font-mono text-sm font-semibold text-sky-800 dark:text-sky-300">
            <MarkedText value={hit.code} />
          </span>
          <span className="block truncate text-sm text-slate-700 dark:text-slate-300">
            <MarkedText value={hit.title} />
          </span>
          {hit.context && (
            <span className="mt-0.5 block truncate text-xs text-slate-700 dark:text-slate-300">
              <MarkedText value={hit.context} />
            </span>
          )}
        </>
      ) : (
        <>
          <span className="block text-sm font-medium">
            <MarkedText value={hit.part} />
          </span>
          <span className="block truncate text-xs text-slate-700 dark:text-slate-300">
            {PART_LABEL[hit.kind]} in{' '}
            <span className="font-mono">
              <MarkedText value={hit.code} />
            </span>
          </span>
        </>
      )}
    </li>
  )
}
