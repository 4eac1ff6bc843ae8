import type { MetadataRoute } from 'next'
import { siteCatalog } from '@/lib/catalog/site-catalog'
import { siteCodePages } from '@/lib/registry/site-pages'
import { absoluteUrl } from '@/lib/site'

export const dynamic = 'force-static'

/** Canonical pages only (guides and code pages): the alias addresses redirect and are marked noindex. */
export default function sitemap(): MetadataRoute.Sitemap {
  return [
    { url: absoluteUrl('/') },
    { url: absoluteUrl('/errors/') },
    ...siteCatalog().entries.map((g) => ({ url: absoluteUrl(`/errors/${g.slug}/`), lastModified: g.lastReviewed })),
    ...[...siteCodePages().keys()].map((segment) => ({ url: absoluteUrl(`/errors/${segment}/`) })),
  ]
}
