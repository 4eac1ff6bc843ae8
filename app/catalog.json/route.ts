import { toPublicEntry, type PublicCatalog } from '@/lib/catalog/public-catalog'
import { siteCatalog } from '@/lib/catalog/site-catalog'

export const dynamic = 'force-static'

/** The catalog for the paste matcher and for integrations: every guide's codes, phrases and checks. */
export function GET() {
  const body: PublicCatalog = { version: 1, guides: siteCatalog().entries.map(toPublicEntry) }
  return Response.json(body)
}
