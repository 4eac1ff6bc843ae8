import { toGuideChecks, type GuideChecksFile } from '@/lib/catalog/public-catalog'
import { siteCatalog } from '@/lib/catalog/site-catalog'

export const dynamic = 'force-static'
export const dynamicParams = false

const JSON_FILE = /\.json$/

/** One file per guide, named as `checksPath` names it. */
export function generateStaticParams() {
  return siteCatalog().entries.map((g) => ({ file: `${g.slug}.json` }))
}

/** A guide's checklist: fetched by the paste page for the guides a paste matched, and by integrations. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const slug = (await params).file.replace(JSON_FILE, '')
  const found = siteCatalog().resolve(slug)
  // Only a guide's own slug has a file (generateStaticParams): an alias names no file.
  if (!found || !('guide' in found)) return new Response('no such guide', { status: 404 })
  const guide = found.guide
  const body: GuideChecksFile = { version: 2, slug, checks: toGuideChecks(guide) }
  return Response.json(body)
}
