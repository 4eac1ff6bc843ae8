'use client'

import { memo } from 'react'
import { Link } from '@/components/site/link'
import type { Diagnosis } from '@/lib/diagnosis/types'
import { MAX_INPUT } from '@/lib/match/clean-text'
import type { SecretKind } from '@/lib/match/types'
import { CopyTextButton } from './copy-text-button'
import { DiagnosisCard } from './diagnosis-card'
import type { DiagnosisState } from './use-diagnosis'

const SECRET_NAMES: Record<SecretKind, string> = {
  'access-key-id': 'an access key ID',
  'secret-access-key': 'a secret access key',
  'session-token': 'a session token',
  password: 'a password',
  'private-key': 'a private key',
}

const notice = 'mt-4 rounded-md border p-3'

function NoMatch({ diagnosis }: { diagnosis: Diagnosis }) {
  return (
    <div className="mt-4" data-state="no-match">
      {diagnosis.notAws ? (
        <>
          <p className="m-0 font-medium">
            This looks like an error from {diagnosis.notAws.platform}, not from AWS (the paste shows “{diagnosis.notAws.evidence}”), so no guide here is its
            diagnosis.
          </p>
          {diagnosis.notAws.s3Compatible && diagnosis.suggestions.length > 0 && (
            <p className="mt-2 mb-0" data-state="s3-compatible">
              It speaks S3’s API and reuses S3’s error codes, so the S3 guides below may help as leads. Checks of IAM, bucket policies and AWS accounts may not
              apply there: its own documentation has the last word.
            </p>
          )}
        </>
      ) : (
        <p className="m-0 font-medium">No AWS error we know was found in this text.</p>
      )}
      {diagnosis.suggestions.length > 0 && (
        <>
          <p className="mt-3 mb-1">{diagnosis.notAws ? 'S3 guides that may help:' : 'The closest guides:'}</p>
          <ul className="m-0 space-y-1 pl-5">
            {diagnosis.suggestions.map((s) => (
              <li key={s.slug}>
                <Link href={s.url} className="text-sky-800 underline dark:text-sky-300">
                  {s.title}
                </Link>{' '}
                <code className="text-sm">{s.code}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-3 mb-0">
        Paste the whole error, including the line with the error code, or{' '}
        <Link href="/errors/" className="text-sky-800 underline dark:text-sky-300">
          browse all errors
        </Link>
        .
      </p>
    </div>
  )
}

function Found({ diagnosis, onUseRedacted }: { diagnosis: Diagnosis; onUseRedacted: (text: string) => void }) {
  const secrets = diagnosis.secretKinds.map((k) => SECRET_NAMES[k])
  return (
    <>
      {secrets.length > 0 && (
        <div role="alert" className={`${notice} border-red-700 bg-red-50 dark:border-red-400 dark:bg-red-950/40`}>
          <p className="m-0 font-semibold">Your paste holds {secrets.join(' and ')}.</p>
          <p className="mt-1 mb-0">It has not left this browser. Do not share it any further, and rotate it if it was posted anywhere else.</p>
          {diagnosis.redacted !== undefined && (
            <button
              type="button"
              onClick={() => onUseRedacted(diagnosis.redacted!)}
              className="mt-2 rounded-md bg-red-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-900"
            >
              Replace my paste with a redacted copy
            </button>
          )}
        </div>
      )}
      {diagnosis.truncated && (
        <p className={`${notice} border-amber-600`}>
          The paste is very long: only its start and its end, {MAX_INPUT.toLocaleString('en')} characters in all, were read.
        </p>
      )}
      {diagnosis.origin === 'link' && (
        <p className={`${notice} border-sky-600 bg-sky-50 dark:bg-sky-950/40`} data-state="from-link">
          This diagnosis came from a shared link. It holds the facts a teammate&apos;s error showed, not the error text itself.
        </p>
      )}
      {diagnosis.unknownGuides.length > 0 && (
        <p className={`${notice} border-amber-600`} data-state="unknown-guides">
          This link names {diagnosis.unknownGuides.length === 1 ? 'a guide' : 'guides'} this site does not have:{' '}
          {diagnosis.unknownGuides.map((slug, i) => (
            <span key={slug}>
              {i > 0 && ', '}
              <code>{slug}</code>
            </span>
          ))}
          . The link may come from another version of the site; ask for the error text, or{' '}
          <Link href="/errors/" className="text-sky-800 underline dark:text-sky-300">
            browse all errors
          </Link>
          .
        </p>
      )}
      {diagnosis.cards.length > 0 ? (
        <>
          <p className="mt-4 mb-0 font-medium">
            {diagnosis.cards.length === 1 ? 'One error found.' : `${diagnosis.cards.length} errors found${diagnosis.nested ? ', innermost cause first' : ''}.`}
          </p>
          {diagnosis.share && (
            // Printed, the caption would describe a button that is not there: both go.
            <div className="mt-2 flex flex-wrap items-center gap-3 text-sm print:hidden">
              <CopyTextButton text={() => `${location.origin}/#${diagnosis.share}`} label="Copy link to this diagnosis" className="px-3 py-1.5 text-sm" />
              <span className="text-slate-600 dark:text-slate-300">The link carries the facts below, never your paste or any key.</span>
            </div>
          )}
          <div className="mt-4 space-y-6">
            {diagnosis.cards.map((card) => (
              // Keyed by incident too: a new incident's card starts afresh, with its own ticks.
              <DiagnosisCard key={`${diagnosis.incident}:${card.slug}`} card={card} incident={diagnosis.incident ?? ''} />
            ))}
          </div>
        </>
      ) : (
        diagnosis.unknownGuides.length === 0 && <NoMatch diagnosis={diagnosis} />
      )}
    </>
  )
}

/**
 * The answer to the paste, in a labelled region that updates as the user pastes or edits. Memoized:
 * the page renders at each keystroke, and the cards change only when an answer does.
 */
export const DiagnosisView = memo(function DiagnosisView({ state, onUseRedacted }: { state: DiagnosisState; onUseRedacted: (text: string) => void }) {
  const shown = state.status === 'ready' ? state.diagnosis : state.status === 'working' ? state.previous : undefined
  return (
    <section aria-labelledby="diagnosis-heading" aria-busy={state.status === 'working'} className="mt-6">
      <h2 id="diagnosis-heading" className="text-2xl font-semibold">
        Diagnosis
      </h2>
      <div aria-live="polite" className="sr-only">
        {state.status === 'ready' &&
          (state.diagnosis.cards.length
            ? `${state.diagnosis.cards.length} error${state.diagnosis.cards.length > 1 ? 's' : ''} found`
            : 'No known AWS error found')}
      </div>
      {state.status === 'empty' && <p className="mt-2 text-slate-700 dark:text-slate-300">Paste an error above and its checklist appears here.</p>}
      {state.status === 'working' && !shown && <p className="mt-2">Reading the error…</p>}
      {state.status === 'failed' && <p className={`${notice} border-red-700`}>The matcher stopped: {state.failure}. Reload the page to try again.</p>}
      {state.status === 'bad-link' && (
        <p className={`${notice} border-amber-600`} data-state="bad-link">
          This link&apos;s diagnosis could not be read: it is damaged or incomplete. Ask for the link again, or paste the error yourself.
        </p>
      )}
      {shown && <Found diagnosis={shown} onUseRedacted={onUseRedacted} />}
    </section>
  )
})
