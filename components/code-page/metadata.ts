import type { Metadata } from 'next'
import type { CodePage } from '@/lib/registry/code-pages'
import { pageAlternates, SITE_NAME } from '@/lib/site'
import { codePagePath } from '@/lib/match/code-page-path'
import { codeSummary } from './describe'

/**
 * A code page's title, description and canonical address. Indexed like a guide: each page holds
 * facts found nowhere else in one place (who returns the code, from which operations, its status
 * and retry behaviour), which is what a search for the code wants.
 */
export function codePageMetadata(page: CodePage): Metadata {
  const path = codePagePath(page.code)
  const title = `${page.code}: ${page.services.length === 1 ? `${page.services[0]!.name} error` : 'AWS error'}`
  const description = codeSummary(page)
  return {
    title,
    description,
    alternates: pageAlternates(path),
    openGraph: { type: 'article', title, description, url: path, siteName: SITE_NAME },
    twitter: { card: 'summary', title, description },
  }
}
