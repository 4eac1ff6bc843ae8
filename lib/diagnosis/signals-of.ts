import { CALL_SIGNALS, type CallSignal, type CallSignalRule, type FactSignal, type Signal } from '../catalog/signals'
import type { Facts, PolicyType } from '../match/types'

const DENY_SIGNAL: Record<PolicyType, FactSignal | undefined> = {
  'identity-based': 'deny-identity-based',
  'resource-based': 'deny-resource-based',
  'permissions-boundary': 'deny-permissions-boundary',
  session: 'deny-session',
  'service-control': 'deny-service-control',
  'resource-control': 'deny-resource-control',
  'vpc-endpoint': 'deny-vpc-endpoint',
  // A trust policy refusal arrives as an AssumeRole denial, which its own check already leads with.
  trust: undefined,
}

/**
 * The signals an error raises, most specific first: they decide which check leads the checklist.
 * What the call says (its action, a phrase of its message) comes before the deny reason.
 */
export function signalsOf(facts: Facts, message = ''): Signal[] {
  const signals: Signal[] = (Object.entries(CALL_SIGNALS) as [CallSignal, CallSignalRule][]).flatMap(([signal, { action, phrase, inText }]) =>
    (action && facts.action && action.test(facts.action)) || phrase?.test(message) || inText?.(message) ? [signal] : [],
  )
  const deny = facts.denyReason
  const policySignal = deny?.policyType && DENY_SIGNAL[deny.policyType]
  if (policySignal) signals.push(policySignal)
  if (deny) signals.push(deny.kind === 'explicit' ? 'explicit-deny' : 'implicit-deny')
  if (facts.encodedMessage) signals.push('encoded-message')
  if (facts.accessKeyKind === 'temporary') signals.push('temporary-key')
  if (facts.accessKeyKind === 'long-term') signals.push('long-term-key')
  if (facts.principalArn && /:assumed-role\//.test(facts.principalArn)) signals.push('assumed-role')
  return signals
}
