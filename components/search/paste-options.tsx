import { Link } from '@/components/site/link'
import type { Diagnosis, DiagnosisCard } from '@/lib/diagnosis/types'
import { keyFacts } from './key-facts'
import { BROWSE } from './search-status'
import { STATUS_LINE } from './status-line'

/*
 * What the search list shows for a pasted error. A page loads this only when an error is pasted
 * into its search box, when the matcher's worker starts too: words alone never need it.
 */

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

type Reading = { diagnosis?: Diagnosis; reading: boolean; failed: boolean }

/** Above the results: what the matcher made of the paste, read in this page. */
export function PasteStatus({ diagnosis, reading, failed }: Reading) {
  if (failed) return <p className={STATUS_LINE}>The error could not be read here. {BROWSE}</p>
  if (!diagnosis) return <p className={STATUS_LINE}>{reading ? 'Reading the error, in this browser…' : ''}</p>
  const found = diagnosis.cards.length
  if (found > 0) {
    return (
      <p className={STATUS_LINE} data-state="paste-found">
        Read as an error, in this browser: {found === 1 ? 'one error found' : `${found} errors found`}.{' '}
        {diagnosis.cards.every((c) => c.answer === 'guide') ? 'Its guide opens with your facts filled in.' : 'Its page opens from the list.'}
      </p>
    )
  }
  return (
    <p className={STATUS_LINE} data-state="paste-no-match">
      {diagnosis.notAws ? `This looks like an error from ${diagnosis.notAws.platform}, not from AWS.` : 'No AWS error we know was found in this text.'}{' '}
      {diagnosis.suggestions.length > 0 && (
        <>
          {diagnosis.notAws ? 'It reuses S3’s codes; S3 guides that may help as leads:' : 'The closest guides:'}{' '}
          {diagnosis.suggestions.map((s, i) => (
            <span key={s.slug}>
              {i > 0 && ', '}
              <Link href={s.url} className="font-mono text-sky-800 underline dark:text-sky-300">
                {s.code}
              </Link>
            </span>
          ))}
          .{' '}
        </>
      )}
      {BROWSE}
    </p>
  )
}
