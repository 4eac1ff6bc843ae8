import { Link } from '@/components/site/link'
import type { GuideEntry } from '@/lib/catalog/types'

/**
 * The page at an alias address (`/errors/AccessDeniedException/`): it sends the reader on to the
 * guide. /alias-redirect.js does it keeping the link's #section; without JavaScript the refresh in
 * <noscript> does it, and the link is there for everything else. The page's canonical link, set in
 * its metadata, names the guide. Nothing here depends on the alias's letter case, so on a
 * case-insensitive disk the pages for `AccessDeniedException` and `accessdeniedexception` are one.
 */
export function AliasRedirect({ guide }: { guide: GuideEntry }) {
  const path = `/errors/${guide.slug}/`
  return (
    <section className="py-10">
      <noscript>
        <meta httpEquiv="refresh" content={`0; url=${path}`} />
      </noscript>
      <script src="/alias-redirect.js" defer />
      <h1 className="text-3xl font-bold tracking-tight">{guide.code}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        This address leads to the guide{' '}
        <Link href={path} className="font-semibold text-sky-800 underline dark:text-sky-300">
          {guide.title}
        </Link>
        .
      </p>
    </section>
  )
}
