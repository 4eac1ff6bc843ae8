import type { DiagnosisCard } from '@/lib/diagnosis/types'
import { keyFacts } from './key-facts'

type Props = { card: DiagnosisCard; id: string; active: boolean; onChoose: () => void; onPoint: () => void }

/** A guide the pasted error matched, as a search result: its code, its title and the facts the guide will be filled with. */
export function DiagnosisOption({ card, id, active, onChoose, onPoint }: Props) {
  const facts = keyFacts(card.facts)
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      onClick={onChoose}
      onMouseMove={onPoint}
      data-diagnosis={card.slug}
      className={`cursor-pointer rounded-md border-l-4 border-amber-500 px-3 py-2 ${active ? 'bg-sky-100 dark:bg-sky-900' : ''}`}
    >
      <span className="block font-mono text-sm font-semibold text-sky-800 dark:text-sky-300">
        {card.code}
        {card.foundCode && <span className="font-normal text-slate-700 dark:text-slate-300"> (printed as {card.foundCode})</span>}
      </span>
      <span className="block truncate text-sm text-slate-700 dark:text-slate-300">{card.title}</span>
      {facts.length > 0 && (
        <span className="mt-0.5 block truncate text-xs text-slate-700 dark:text-slate-300" data-facts>
          {facts.map((f, i) => (
            <span key={f.key}>
              {i > 0 && ' · '}
              {f.label} <span className="font-mono">{f.value}</span>
            </span>
          ))}
        </span>
      )}
    </li>
  )
}
