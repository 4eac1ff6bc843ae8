/**
 * Where the site is published. Canonical links, link previews and the sitemap need absolute URLs;
 * build with SITE_URL=https://your.host to get them right. The default is the address of `npm start`.
 */
export const SITE_URL = new URL(process.env.SITE_URL ?? 'http://localhost:3000')

export const SITE_NAME = 'AWS Error Guide'

/** The catalog for integrations, announced on every page as the site's machine-readable form. */
export const CATALOG_PATH = '/catalog.json'

/** The OpenSearch description, so that a browser can add the site as a search engine. */
export const OPENSEARCH_PATH = '/opensearch.xml'

/** `alternates` for a page's metadata: Next.js replaces the layout's whole object, so each page repeats the catalog link. */
export function pageAlternates(canonicalPath?: string) {
  return { ...(canonicalPath ? { canonical: canonicalPath } : {}), types: { 'application/json': CATALOG_PATH } }
}

export function absoluteUrl(path: string): string {
  return new URL(path, SITE_URL).href
}
