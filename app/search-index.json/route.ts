import { siteCatalog } from '@/lib/catalog/site-catalog'
import { codeSearchRecords } from '@/lib/registry/site-pages'
import { buildSearchIndex } from '@/lib/search/records'

export const dynamic = 'force-static'

/** The header search's index (guides, then code pages): one static file, fetched the first time a reader focuses the search box. */
export function GET() {
  return Response.json(buildSearchIndex(siteCatalog().entries, codeSearchRecords()))
}
