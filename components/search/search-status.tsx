import { Link } from '@/components/site/link'

export const BROWSE = (
  <Link href="/errors/" className="font-medium text-sky-800 underline dark:text-sky-300">
    Browse all errors
  </Link>
)

export const LINE = 'm-0 px-3 py-2 text-sm text-slate-700 dark:text-slate-300'

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
