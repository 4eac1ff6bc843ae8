import { Link } from './link'

/** The trail above a guide or a code page: all errors, then the error's family on the index. */
export function FamilyBreadcrumb({ family, label }: { family: string; label: string }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-3 text-sm print:hidden">
      <Link href="/errors/" className="text-slate-700 hover:underline dark:text-slate-300">
        All errors
      </Link>
      <span aria-hidden="true" className="px-1.5 text-slate-500">
        /
      </span>
      <Link href={`/errors/#${family}`} className="text-slate-700 hover:underline dark:text-slate-300">
        {label}
      </Link>
    </nav>
  )
}
