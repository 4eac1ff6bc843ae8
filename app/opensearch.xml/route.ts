import { SEARCH_PARAM } from '@/lib/share/share-param'
import { absoluteUrl, SITE_NAME } from '@/lib/site'

export const dynamic = 'force-static'

/**
 * Lets a browser add the site as a search engine. The query goes into the fragment of the paste page
 * (`/#q=…`), which browsers never send: a pasted error typed into the address bar stays on the device
 * like one pasted into the page.
 */
export function GET() {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${SITE_NAME}</ShortName>
  <Description>Diagnose an AWS error or find its guide, in your browser</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="32" height="32" type="image/png">${absoluteUrl('/icon.png')}</Image>
  <Url type="text/html" method="get" template="${absoluteUrl('/')}#${SEARCH_PARAM}={searchTerms}"/>
  <moz:SearchForm>${absoluteUrl('/')}</moz:SearchForm>
</OpenSearchDescription>
`
  return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml' } })
}
