import type { Signal } from '../catalog/signals'
import type { Facts, PolicyType } from '../match/types'

const DENY_SIGNAL: Record<PolicyType, Signal | undefined> = {
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

/** The signals a paste's facts raise, most specific first: they decide which check leads the checklist. */
export function signalsOf(facts: Facts): Signal[] {
  const signals: Signal[] = []
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
