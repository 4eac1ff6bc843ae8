import { loadCatalog } from '@/lib/catalog/load'

export const dynamic = 'force-static'

/** The whole catalog for integrations: every guide's entry, without rendered bodies. */
export function GET() {
  const guides = loadCatalog().map(({ toc: _toc, ...entry }) => ({ ...entry, url: `/errors/${entry.slug}/` }))
  return Response.json({ version: 1, guides })
}
