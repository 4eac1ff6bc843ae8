/** The eight error families. The key is the stable id used in frontmatter and URLs. */
export const FAMILIES = {
  identity: {
    label: 'Identity and credentials',
    sentence: 'AWS could not confirm who is calling, so it refused the request before looking at permissions.',
    explanation:
      'The request never reached a permission check. The key ID is unknown, the signature does not match, the token has expired, or no credentials were sent at all. Start by asking which credentials the tool actually used (`aws sts get-caller-identity`), not by editing policies.',
  },
  authorization: {
    label: 'Authorization',
    sentence: 'AWS knows who you are and refused the action.',
    explanation:
      'AWS verified the caller and then evaluated its policies, and at least one layer refused: an identity policy, a resource policy, a permissions boundary, an SCP or RCP, a session policy or a VPC endpoint policy. The message usually names the caller, the action, the resource and the layer; each points to one check.',
  },
  'not-found': {
    label: 'Not found and wrong scope',
    sentence: 'The thing you named does not exist where AWS looked: wrong name, region, account or it was deleted.',
    explanation:
      'AWS looked for the thing you named and did not find it where it looked. Most often the name is right but the Region, the account or the partition is not; otherwise the resource was deleted, is not created yet, or the name differs in case or suffix.',
  },
  validation: {
    label: 'Validation',
    sentence: 'AWS understood who you are but rejected the shape or values of the request.',
    explanation:
      'The request reached the service but its shape or values broke a rule: a missing or extra parameter, a value outside its pattern or length, a combination the API does not allow. The message names the field and the rule; an outdated SDK or CLI is a frequent hidden cause.',
  },
  throttling: {
    label: 'Throttling, quotas and capacity',
    sentence: 'The request was valid but you are over a rate, a quota or the capacity available right now.',
    explanation:
      'Nothing is wrong with the request itself: you are over a rate limit, a resource quota, or the capacity available at that moment. Retry with backoff for rates, ask for a quota increase for limits, and spread load across time, partitions or Availability Zones for capacity.',
  },
  conflict: {
    label: 'Conflict and state',
    sentence: 'The request clashes with the current state of the resource.',
    explanation:
      'The request is valid but clashes with the resource as it is now: it already exists, something still depends on it, a condition no longer holds, or it is in the wrong state for this action. Look at the current state first, then change the order of operations.',
  },
  'service-side': {
    label: 'Service-side and transient',
    sentence: 'AWS had a problem on its side; the same request may succeed if retried.',
    explanation:
      'AWS failed on its side, or an integration behind it did. These errors are usually transient: SDKs retry them, and a retry with backoff often succeeds. If they persist, check the AWS Health Dashboard and keep the request ID for AWS Support.',
  },
  'client-side': {
    label: 'Client-side',
    sentence: 'The error happened on your machine before a request reached AWS.',
    explanation:
      "The error was raised on your machine before any request reached AWS: no credentials were found, a profile or Region is missing, parameters failed the SDK's own validation, or the endpoint could not be reached over the network.",
  },
} as const satisfies Record<string, { label: string; sentence: string; explanation: string }>

export type Family = keyof typeof FAMILIES
export const FAMILY_IDS = Object.keys(FAMILIES) as [Family, ...Family[]]
