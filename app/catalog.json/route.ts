import { toCatalogEntry, type PublicCatalog } from '@/lib/catalog/public-catalog'
import { siteCatalog } from '@/lib/catalog/site-catalog'
import { compactRegistry } from '@/lib/registry/compact'
import { loadRegistry } from '@/lib/registry/load'

export const dynamic = 'force-static'

/**
 * The catalog for the paste matcher and for integrations: every guide's codes and phrases, where its
 * checklist is (`checksUrl`), and every AWS code the registry knows.
 */
export function GET() {
  const body: PublicCatalog = { version: 2, guides: siteCatalog().entries.map(toCatalogEntry), registry: compactRegistry(loadRegistry()) }
  return Response.json(body)
}
