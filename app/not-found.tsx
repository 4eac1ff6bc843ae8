import type { Metadata } from 'next'
import { Link } from '@/components/site/link'
import { LazyNotFoundHelp } from '@/components/site/lazy-not-found-help'

// The page has work to do at once (NotFoundHelp finds the guide a mistyped address meant), so its
// framework boots at load rather than on intent (components/reader/boot-framework.ts).
export const metadata: Metadata = { title: 'Page not found', robots: { index: false }, other: { 'framework-boot': 'load' } }

export default function NotFound() {
  return (
    <section className="py-10">
      <h1 className="text-3xl font-bold tracking-tight">No page at this address</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">The link may be mistyped, or the page may never have existed.</p>
      <LazyNotFoundHelp />
      <p className="mt-6">
        <Link href="/errors/" className="font-semibold text-sky-800 underline dark:text-sky-300">
          Browse all errors
        </Link>
      </p>
    </section>
  )
}
