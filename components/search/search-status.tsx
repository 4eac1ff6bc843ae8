import { Link } from '@/components/site/link'
import type { Diagnosis } from '@/lib/diagnosis/types'

const BROWSE = (
  <Link href="/errors/" className="font-medium text-sky-800 underline dark:text-sky-300">
    Browse all errors
  </Link>
)

const LINE = 'm-0 px-3 py-2 text-sm text-slate-700 dark:text-slate-300'

/** What the open search shows instead of results: that it is loading, found nothing, or could not load. */
export function SearchStatus({ status, query }: { status: 'idle' | 'loading' | 'ready' | 'failed'; query: string }) {
  return (
    <p className={LINE}>
      {status === 'ready' ? (
        <>
          No guide matches “{query.trim()}”. {BROWSE}
        </>
      ) : status === 'failed' ? (
        <>Search could not load. {BROWSE}</>
      ) : (
        'Loading…'
      )}
    </p>
  )
}

type Reading = { diagnosis?: Diagnosis; reading: boolean; failed: boolean }

/** Above the results when the query is a pasted error: what the matcher made of it, read in this page. */
export function PasteStatus({ diagnosis, reading, failed }: Reading) {
  if (failed) return <p className={LINE}>The error could not be read here. {BROWSE}</p>
  if (!diagnosis) return <p className={LINE}>{reading ? 'Reading the error, in this browser…' : ''}</p>
  const found = diagnosis.cards.length
  if (found > 0) {
    return (
      <p className={LINE} data-state="paste-found">
        Read as an error, in this browser: {found === 1 ? 'one error found' : `${found} errors found`}. Its guide opens with your facts filled in.
      </p>
    )
  }
  return (
    <p className={LINE} data-state="paste-no-match">
      {diagnosis.notAws ? `This looks like a ${diagnosis.notAws.platform} error, not an AWS one.` : 'No AWS error we know was found in this text.'}{' '}
      {diagnosis.suggestions.length > 0 ? 'The closest guides:' : BROWSE}
    </p>
  )
}
