import { catalog } from './catalog'

/**
 * Which pages the browser checks visit. Every page is checked from its built HTML (guide-html.spec.ts);
 * a browser, and axe in it, runs on one page of each template and on a sample of guides, so the
 * suite's time does not grow with the catalog.
 */

/** One page of each template: home, the list of errors, a guide, and the not-found page (a misspelt guide address). */
export const PAGE_KINDS = ['/', '/errors/', '/errors/access-denied/', '/errors/acess-denied/']

/**
 * Guides that between them show every state of the guide template: each kind of callout, a table,
 * each highlighted language and each optional section. guide-html.spec.ts fails, naming what is
 * missing, when a guide brings a state none of these has.
 */
export const SAMPLE_GUIDES = [
  'access-denied',
  'throttling-exception',
  'resource-not-found-exception',
  'bucket-not-empty',
  'permanent-redirect',
  'eks-unauthorized',
  'insufficient-capabilities-exception',
  'invalid-client-token-id',
  'api-gateway-bad-gateway',
]

export const sampleGuides = () => catalog.filter((g) => SAMPLE_GUIDES.includes(g.slug))
