import { loadCatalog } from '@/lib/catalog/load'
import { buildSearchIndex } from '@/lib/search/records'

export const dynamic = 'force-static'

/** The header search's index: one static file, fetched the first time a reader focuses the search box. */
export function GET() {
  return Response.json(buildSearchIndex(loadCatalog()))
}
