import { Link } from '@/components/site/link'
import type { DiagnosisCard as Card } from '@/lib/diagnosis/types'
import { FactsTable } from './facts-table'
import { TailoredChecklist } from './tailored-checklist'

/** What answers the error, for the "Why this …" line, the notice and the closing link. */
const ANSWERS = {
  guide: { why: 'Why this guide', notice: undefined },
  code: {
    why: 'Why this code',
    notice: 'No full guide for this code yet. Its page gives what AWS publishes about it; the checklist below is the one it shows for errors of its kind.',
  },
  family: {
    why: 'Why this family',
    notice:
      'AWS’s published lists do not name this code, so it has no page here. Its name says what kind of error it is; the checklist below is that family’s.',
  },
} as const

function closingLink(card: Card): string {
  if (card.answer === 'guide') return `Read the full ${card.code} guide`
  if (card.answer === 'code') return `Open the ${card.code} code page`
  return `Browse the guides for ${card.familyLabel.toLowerCase()} errors`
}

/** One error found in the paste: which guide or code page answers it and why, what the error says, and what to check. */
export function DiagnosisCard({ card, incident }: { card: Card; incident: string }) {
  const headingId = `card-${card.slug}`
  const answer = ANSWERS[card.answer]
  return (
    <article
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-300 p-4 shadow-sm sm:p-5 dark:border-slate-700"
      data-card={card.slug}
      data-answer={card.answer}
    >
      <p className="m-0 text-sm font-medium text-slate-600 dark:text-slate-300">{card.familyLabel}</p>
      <h3 id={headingId} className="mt-1 text-xl font-semibold">
        <Link href={card.url} className="text-inherit hover:underline">
          {card.title}
        </Link>
        {!card.title.includes(card.code) && (
          <>
            {' '}
            <code className="text-base font-normal">{card.code}</code>
          </>
        )}
      </h3>
      <p className="mt-1 mb-0 text-slate-700 dark:text-slate-300">{card.familySentence}</p>
      {answer.notice && (
        <p
          className="mt-3 mb-0 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
          data-notice
        >
          {answer.notice}
        </p>
      )}

      <div className="mt-3 text-sm">
        <p className="m-0">
          <span className="font-medium">{answer.why}:</span> {card.why}
          {card.foundCode && (
            <>
              {' '}
              (printed as <code>{card.foundCode}</code>)
            </>
          )}
          .
        </p>
        {card.excerpt && (
          <p className="mt-1 mb-0 rounded bg-slate-50 p-2 font-mono text-[0.8125rem] break-all whitespace-pre-wrap dark:bg-slate-900" data-excerpt>
            {card.excerpt.before}
            <mark className="rounded-sm bg-yellow-200 px-0.5 text-slate-950">{card.excerpt.match}</mark>
            {card.excerpt.after}
          </p>
        )}
        {card.notes.map((note) => (
          <p key={note} className="mt-2 mb-0 border-l-4 border-sky-600 pl-2">
            {note}
          </p>
        ))}
      </div>

      <FactsTable rows={card.facts} caption={`What the ${card.code} error says`} />
      {card.checks.length > 0 && <TailoredChecklist slug={card.slug} incident={incident} code={card.code} checks={card.checks} />}

      <p className="mt-4 mb-0 flex flex-wrap gap-x-6 gap-y-2">
        {card.factsUrl !== card.url && (
          <Link href={card.factsUrl} className="font-medium text-sky-800 underline dark:text-sky-300">
            Open the guide with these facts filled in
          </Link>
        )}
        <Link href={card.url} className="font-medium text-sky-800 underline dark:text-sky-300">
          {closingLink(card)}
        </Link>
      </p>
    </article>
  )
}
