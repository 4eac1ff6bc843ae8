import { toPublicEntry, type PublicCatalog } from '@/lib/catalog/matcher-catalog'
import { loadCatalog } from '@/lib/catalog/load'

export const dynamic = 'force-static'

/** The catalog for the paste matcher and for integrations: every guide's codes, phrases and checks. */
export function GET() {
  const body: PublicCatalog = { version: 1, guides: loadCatalog().map(toPublicEntry) }
  return Response.json(body)
}
