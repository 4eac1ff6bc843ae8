import { Link } from '@/components/site/link'

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 py-6 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-300">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4 sm:px-6">
        <p className="m-0">
          Guides are written by the AWS Error Guide team and cite the AWS documentation they rely on. Not affiliated with Amazon Web Services.
        </p>
        <p className="m-0">
          <a href="/catalog.json" className="underline">
            catalog.json
          </a>{' '}
          ·{' '}
          <Link href="/errors/" className="underline">
            All errors
          </Link>
        </p>
      </div>
    </footer>
  )
}
