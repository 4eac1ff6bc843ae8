/** The fragment key of a shared diagnosis (`/#diagnosis=…`), in its own module so the page can test for it without loading the decoder. */
export const SHARE_PARAM = 'diagnosis'

/** The fragment key of a query from the browser's address bar (`/#q=…`, opensearch.xml): the paste page diagnoses it as a paste. */
export const SEARCH_PARAM = 'q'

/**
 * A guide link can carry a diagnosis's facts in its fragment, which browsers never send: the guide
 * then fills its checklist with them. `/errors/<slug>/#diagnosis=…` opens the guide,
 * `/errors/<slug>/#<check or section id>&diagnosis=…` opens it at that check. This splits such a
 * fragment into the place to show and the `diagnosis=…` part that decodeShare reads.
 */
export function splitGuideHash(hash: string): { anchor?: string; share?: string } {
  const parts = hash.replace(/^#/, '').split('&')
  const share = parts.find((part) => part.startsWith(`${SHARE_PARAM}=`))
  const anchor = parts.find((part) => part !== '' && !part.includes('='))
  return { ...(anchor ? { anchor } : {}), ...(share ? { share } : {}) }
}

/** A guide URL, possibly with a `#check-id`, that also carries the facts of `share` (a `diagnosis=…` fragment). */
export function withFacts(url: string, share: string): string {
  return url.includes('#') ? `${url}&${share}` : `${url}#${share}`
}
