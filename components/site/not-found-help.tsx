'use client'

import { Link } from '@/components/site/link'
import { useEffect, useState } from 'react'
import { guideNamedBy } from '@/lib/catalog/aliases'
import { closestGuides } from '@/lib/catalog/closest-guides'
import type { PublicCatalog } from '@/lib/catalog/public-catalog'
import { codeNamedBy } from '@/lib/registry/code-named-by'
import { codePagePath } from '@/lib/match/code-page-path'

type Guide = Pick<PublicCatalog['guides'][number], 'slug' | 'url' | 'title'>
type Help = { redirectingTo: Guide } | { suggestions: Guide[] }

/** A registry code in another letter case (`/errors/expirediteratorexception`) leads to its code page. */
function codePageNamedBy(registry: PublicCatalog['registry'], segment: string): Guide | undefined {
  const code = registry && codeNamedBy(registry, segment)
  return code ? { slug: code, url: codePagePath(code), title: code } : undefined
}

/** The last part of the missing address, as typed: `/errors/ACCESSDENIED/` → `ACCESSDENIED`. */
function missingName(): string {
  const segment = location.pathname.split('/').filter(Boolean).at(-1) ?? ''
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * Reads the address that was not found. When it names a guide in another letter case
 * (`/errors/ACCESSDENIED`) it goes there, keeping the #section; otherwise it lists the closest
 * guides. Without JavaScript the page's own text and its link to all errors remain.
 */
export function NotFoundHelp() {
  const [help, setHelp] = useState<Help>()
  useEffect(() => {
    fetch('/catalog.json')
      .then((response) => response.json() as Promise<PublicCatalog>)
      .then(({ guides, registry }) => {
        const name = missingName()
        const named = guideNamedBy(guides, name) ?? codePageNamedBy(registry, name)
        if (named) {
          location.replace(named.url + location.hash)
          setHelp({ redirectingTo: named })
        } else {
          setHelp({ suggestions: closestGuides(guides, name) })
        }
      })
      .catch(() => {
        // No catalog, no suggestions: the link to all errors is still there.
      })
  }, [])

  if (!help) return null
  if ('redirectingTo' in help) {
    return (
      <p className="mt-6">
        Taking you to{' '}
        <Link href={help.redirectingTo.url} className="font-semibold text-sky-800 underline dark:text-sky-300">
          {help.redirectingTo.title}
        </Link>
        …
      </p>
    )
  }
  if (help.suggestions.length === 0) return null
  return (
    <section aria-labelledby="suggestions" className="mt-6">
      <h2 id="suggestions" className="text-lg font-semibold">
        Did you mean
      </h2>
      <ul className="mt-2 space-y-2">
        {help.suggestions.map((g) => (
          <li key={g.slug}>
            <Link href={g.url} className="font-semibold text-sky-800 [overflow-wrap:anywhere] underline dark:text-sky-300">
              {g.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
