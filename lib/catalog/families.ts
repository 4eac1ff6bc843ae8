/** The eight error families. The key is the stable id used in frontmatter and URLs. */
export const FAMILIES = {
  identity: {
    label: 'Identity and credentials',
    sentence: 'AWS could not confirm who is calling, so it refused the request before looking at permissions.',
  },
  authorization: {
    label: 'Authorization',
    sentence: 'AWS knows who you are and refused the action.',
  },
  'not-found': {
    label: 'Not found and wrong scope',
    sentence: 'The thing you named does not exist where AWS looked: wrong name, region, account or it was deleted.',
  },
  validation: {
    label: 'Validation',
    sentence: 'AWS understood who you are but rejected the shape or values of the request.',
  },
  throttling: {
    label: 'Throttling, quotas and capacity',
    sentence: 'The request was valid but you are over a rate, a quota or the capacity available right now.',
  },
  conflict: {
    label: 'Conflict and state',
    sentence: 'The request clashes with the current state of the resource.',
  },
  'service-side': {
    label: 'Service-side and transient',
    sentence: 'AWS had a problem on its side; the same request may succeed if retried.',
  },
  'client-side': {
    label: 'Client-side',
    sentence: 'The error happened on your machine before a request reached AWS.',
  },
} as const satisfies Record<string, { label: string; sentence: string }>

export type Family = keyof typeof FAMILIES
export const FAMILY_IDS = Object.keys(FAMILIES) as [Family, ...Family[]]
