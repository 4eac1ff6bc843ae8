import { Link } from '@/components/site/link'
import { STATUS_LINE } from './status-line'

export const BROWSE = (
  <Link href="/errors/" className="font-medium text-sky-800 underline dark:text-sky-300">
    Browse all errors
  </Link>
)

/** What the open search shows instead of results: that it is loading, found nothing, or could not load. */
export function SearchStatus({ status, query }: { status: 'idle' | 'loading' | 'ready' | 'failed'; query: string }) {
  return (
    <p className={STATUS_LINE}>
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
