import { Link } from '@/components/site/link'
import type { GuideEntry } from '@/lib/catalog/types'

/** A guide in a list: its code as the link, its summary, and the other spellings it answers. `filterText` is what a list filter matches it by. */
export function GuideCard({ guide, showAliases = false, filterText }: { guide: GuideEntry; showAliases?: boolean; filterText?: string }) {
  return (
    <li data-filter={filterText} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <Link href={`/errors/${guide.slug}/`} className="font-mono font-semibold text-sky-800 [overflow-wrap:anywhere] hover:underline dark:text-sky-300">
        {guide.code}
      </Link>
      <p className="mt-1 mb-0 text-sm text-slate-700 dark:text-slate-300">{guide.summary}</p>
      {showAliases && guide.codes.length > 1 && <p className="mt-2 mb-0 text-xs text-slate-600 dark:text-slate-300">Also: {guide.codes.slice(1).join(', ')}</p>}
    </li>
  )
}
