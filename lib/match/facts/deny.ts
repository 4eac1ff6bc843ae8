import type { DenyReason, PolicyType } from '../types'
import { arnAt } from './arn'
import { earliest, firstMatch, isCutShort, isMaskedValue } from './pick'
import { ACTION } from './principal'

/*
 * Why AWS refused, and the tails IAM adds to an AccessDenied: the policy ARN, the encoded
 * authorization message and the Access Troubleshooter's authorization ID.
 */

const IMPLICIT_DENY = new RegExp(
  '\\bbecause no (identity-based polic(?:y|ies)|resource-based polic(?:y|ies)|permissions boundar(?:y|ies)|' +
    'session polic(?:y|ies)|service control polic(?:y|ies)|resource control polic(?:y|ies)|' +
    `VPC endpoint polic(?:y|ies)) allows? the ${ACTION} action`,
  'gi',
)
const EXPLICIT_DENY = new RegExp(
  '\\bwith an explicit deny in (?:a|an|the) (identity-based policy|resource-based policy|permissions boundary|' +
    'sessions? policy|service control policy|resource control policy|VPC endpoint policy|role trust policy)' +
    '(?: transitively through (?:a|an) (service control|resource control) policy)?',
  'gi',
)
// The IAM guide's implicit trust example reads "because the role trust policy allows the … action" (sic).
const TRUST_DENY = new RegExp(`\\bbecause the role trust policy (?:allows|does not allow|doesn't allow) the ${ACTION} action`, 'gi')
// Older services and formats state the deny without naming the policy type.
const BARE_EXPLICIT_DENY = /\bwith an explicit deny\b/gi

function policyTypeOf(name: string): PolicyType | undefined {
  const lower = name.toLowerCase()
  if (lower.startsWith('identity')) return 'identity-based'
  if (lower.startsWith('resource-based')) return 'resource-based'
  if (lower.startsWith('permissions')) return 'permissions-boundary'
  if (lower.startsWith('session')) return 'session'
  if (lower.startsWith('service control')) return 'service-control'
  if (lower.startsWith('resource control')) return 'resource-control'
  if (lower.startsWith('vpc')) return 'vpc-endpoint'
  if (lower.startsWith('role trust')) return 'trust'
  return undefined
}

type Clause = { reason: DenyReason; index: number; end: number }

const clause = (match: RegExpExecArray, reason: DenyReason): Clause => ({ reason, index: match.index, end: match.index + match[0].length })

/** The first deny clause in the text, and where it ends (a policy ARN may follow it). */
export function findDeny(text: string): { reason: DenyReason; end: number } | undefined {
  const found: Clause[] = []
  const implicit = firstMatch(text, IMPLICIT_DENY)
  if (implicit?.[1] !== undefined) {
    const policyType = policyTypeOf(implicit[1])
    found.push(clause(implicit, { kind: 'implicit', ...(policyType ? { policyType } : {}), text: implicit[0] }))
  }
  const explicit = firstMatch(text, EXPLICIT_DENY)
  if (explicit?.[1] !== undefined) {
    // A VPC endpoint denial reached "transitively through" an organization policy is fixed in that
    // organization policy, so that is the type worth reporting.
    const policyType = policyTypeOf(explicit[2] ?? explicit[1])
    found.push(clause(explicit, { kind: 'explicit', ...(policyType ? { policyType } : {}), text: explicit[0] }))
  }
  const trust = firstMatch(text, TRUST_DENY)
  if (trust) found.push(clause(trust, { kind: 'implicit', policyType: 'trust', text: trust[0] }))
  const bare = firstMatch(text, BARE_EXPLICIT_DENY)
  if (bare) found.push(clause(bare, { kind: 'explicit', text: bare[0] }))
  // Typed clauses are pushed before the bare one, so at equal positions the more specific one wins.
  let best: Clause | undefined
  for (const entry of found) if (!best || entry.index < best.index) best = entry
  return best ? { reason: best.reason, end: best.end } : undefined
}

/** The policy ARN IAM appends after a deny clause (`…service control policy: arn:aws:organizations::…`). */
export function policyArnAfter(text: string, end: number): string | undefined {
  if (text.charAt(end) !== ':') return undefined
  const arn = arnAt(text, text.charAt(end + 1) === ' ' ? end + 2 : end + 1)
  if (!arn || (arn.service !== 'iam' && arn.service !== 'organizations')) return undefined
  return arn.text
}

const ENCODED_MESSAGE = /\bEncoded authorization failure message: ?([A-Za-z0-9_-]{20,16384})/gi

/** The encoded authorization message, unless it was cut short with "...": then it cannot be decoded. */
export function encodedMessageIn(text: string): string | undefined {
  return earliest(text, [ENCODED_MESSAGE], (value, match) => (isCutShort(text, match) ? undefined : value))?.value
}

const AUTHORIZATION_ID_PATTERNS: readonly RegExp[] = [/\bauthorization id: ?([A-Za-z0-9-]{6,128})/gi, /\/authorization-details\/([A-Za-z0-9-]{6,128})/g]

export function authorizationIdIn(text: string): string | undefined {
  return earliest(text, AUTHORIZATION_ID_PATTERNS, (value) => (isMaskedValue(value) ? undefined : value))?.value
}
