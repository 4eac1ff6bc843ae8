import type { Facts, FoundError } from '../match/types'
import type { FactRow } from './types'

const POLICY_NAMES: Record<string, string> = {
  'identity-based': 'identity-based policy',
  'resource-based': 'resource-based policy',
  'permissions-boundary': 'permissions boundary',
  session: 'session policy',
  'service-control': 'service control policy (SCP)',
  'resource-control': 'resource control policy (RCP)',
  'vpc-endpoint': 'VPC endpoint policy',
  trust: 'trust policy',
}

// Table order: who, what, on what, why, where, then the identifiers a support case asks for.
const LABELS: [keyof Facts, string][] = [
  ['principalArn', 'Principal'],
  ['accountId', 'Account'],
  ['action', 'Action'],
  ['resourceArn', 'Resource'],
  ['denyReason', 'Reason'],
  ['policyArn', 'Policy'],
  ['region', 'Region'],
  ['service', 'Service'],
  ['operation', 'Operation'],
  ['httpStatus', 'HTTP status'],
  ['accessKeyKind', 'Access key'],
  ['bucket', 'Bucket'],
  ['key', 'Object key'],
  ['table', 'Table'],
  ['functionName', 'Function'],
  ['queue', 'Queue'],
  ['stack', 'Stack'],
  ['requestId', 'Request ID'],
  ['authorizationId', 'Authorization ID'],
  ['encodedMessage', 'Encoded message'],
]

function show(key: keyof Facts, facts: Facts): string | undefined {
  const value = facts[key]
  if (value === undefined || value === '') return undefined
  if (key === 'denyReason' && facts.denyReason) {
    const { kind, policyType } = facts.denyReason
    const where = policyType ? ` in a ${POLICY_NAMES[policyType] ?? policyType}` : ''
    return kind === 'explicit' ? `explicit deny${where}` : `no ${policyType ? POLICY_NAMES[policyType] ?? policyType : 'policy'} allows it (implicit deny)`
  }
  if (key === 'accessKeyKind') return value === 'temporary' ? 'temporary (ASIA…), needs a session token' : 'long-term (AKIA…)'
  return String(value)
}

/** The facts one error card shows: the paste's facts, with this error's own service, operation and IDs first. */
export function factRows(facts: Facts, error?: Pick<FoundError, 'service' | 'operation' | 'httpStatus' | 'requestId'>): FactRow[] {
  const merged: Facts = {
    ...facts,
    service: error?.service ?? facts.service,
    operation: error?.operation ?? facts.operation,
    httpStatus: error?.httpStatus ?? facts.httpStatus,
    requestId: error?.requestId ?? facts.requestId,
  }
  return LABELS.flatMap(([key, label]) => {
    const value = show(key, merged)
    return value === undefined ? [] : [{ key, label, value }]
  })
}
