/**
 * Pulls the facts of a failing AWS call (service, operation, status, request ID, principal, action,
 * resource, deny reason, names…) out of a cleaned paste. Each concern reads its facts in its own
 * file; this one says, fact by fact, which source wins when several speak.
 *
 * Pure TypeScript: it runs in the browser as well as in Node. Every regex is built from bounded
 * character classes or starts with a literal, so a paste of any size is read in linear time; there is
 * no `.*` followed by more pattern and no nested unbounded quantifier.
 */
import { isSecretLike } from '../secrets'
import type { Facts } from '../types'
import { accountOf, arnsIn, regionOfArns, repairWrappedArns, type Arn } from './arn'
import { accountInProse, httpStatusIn, operationIn, requestIdIn, sdkService } from './call'
import { authorizationIdIn, encodedMessageIn, findDeny, policyArnAfter } from './deny'
import { endpointFacts } from './endpoints'
import { joinHardWraps } from './hard-wraps'
import { namesIn } from './names'
import { actionIn, findPrincipal, resourceOf } from './principal'
import { regionInProse } from './region'
import { knownService } from './service-names'

const serviceOfAction = (action: string | undefined) => (action === undefined ? undefined : knownService(action.slice(0, action.indexOf(':'))))
const serviceOfArn = (arn: Arn | undefined) => (arn ? (knownService(arn.service) ?? arn.service) : undefined)

export function extractFacts(text: string): Facts {
  // Pasted errors are hard-wrapped mid-sentence; one space for every whitespace run lets each phrase
  // be matched with single spaces. Values never contain whitespace, so none is lost.
  const flat = repairWrappedArns(joinHardWraps(text).replace(/\s+/g, ' '))
  const arns = arnsIn(flat)
  const principal = findPrincipal(flat)
  const action = actionIn(flat)
  const deny = findDeny(flat)
  const policyArn = deny ? policyArnAfter(flat, deny.end) : undefined
  const resource = resourceOf(flat, arns, principal.arn, policyArn)
  const endpoint = endpointFacts(flat)

  const found: Omit<Facts, 'denyReason' | 'httpStatus' | 'accessKeyKind'> = {
    // Each fact is the first source that speaks, in this order (later sources are not read at all).
    service: sdkService(flat) ?? serviceOfAction(action) ?? endpoint.service ?? serviceOfArn(resource),
    operation: operationIn(flat),
    requestId: requestIdIn(flat),
    principalArn: principal.anonymous ? undefined : principal.arn?.text,
    accountId: accountOf(principal.arn) ?? accountOf(resource) ?? arns.map(accountOf).find((a) => a !== undefined) ?? accountInProse(flat),
    action,
    resourceArn: resource?.text,
    region: regionOfArns(resource, principal.arn, ...arns) ?? endpoint.region ?? regionInProse(flat),
    policyArn,
    encodedMessage: encodedMessageIn(flat),
    authorizationId: authorizationIdIn(flat),
    ...namesIn(flat, arns, endpoint.bucket),
  }
  const facts: Facts = {}
  for (const [name, value] of Object.entries(found) as [keyof typeof found, string | undefined][]) {
    if (value !== undefined && value !== '' && !isSecretLike(value)) facts[name] = value
  }
  const httpStatus = httpStatusIn(flat)
  if (httpStatus !== undefined) facts.httpStatus = httpStatus
  if (deny) facts.denyReason = deny.reason
  return facts
}
