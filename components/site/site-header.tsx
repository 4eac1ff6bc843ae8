import { Link } from '@/components/site/link'
import { HeaderSearch } from '@/components/search/header-search'
import { ThemeToggle } from './theme-toggle'

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b border-slate-200 bg-white/95 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-3 px-4 sm:gap-6 sm:px-6">
        <Link href="/" className="shrink-0 text-sm font-semibold tracking-tight text-slate-900 no-underline sm:text-base dark:text-white">
          AWS Error Guide
        </Link>
        <div className="flex min-w-0 flex-1 justify-end">
          <HeaderSearch />
        </div>
        <nav aria-label="Main" className="shrink-0">
          <ul className="flex gap-5 text-sm font-medium">
            <li>
              <Link href="/errors/" className="text-slate-700 hover:text-slate-950 hover:underline dark:text-slate-300 dark:hover:text-white">
                All errors
              </Link>
            </li>
          </ul>
        </nav>
        <ThemeToggle />
      </div>
    </header>
  )
}
