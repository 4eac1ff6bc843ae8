import type { Placeholder } from '../catalog/placeholders'
import { POLICY_TYPES, type DenyReason, type Facts } from '../match/types'
import { cliServiceOf } from './cli-service'

/**
 * What the diagnosis does with one kind of fact: the label of its row in the facts table, how its
 * value reads there, and the placeholders of a guide's commands it fills (with the value it puts in
 * each). One row per field of Facts, which the compiler enforces: a new fact is a field, its
 * extractor in lib/match/facts/ and a row here.
 */
export type FactKind<V> = {
  label: string
  show?: (value: V) => string
  fills: { [P in Placeholder]?: (value: V) => string | undefined }
  /**
   * Placeholders this fact fills only in a check that asks for it (`reads` in the guide): by
   * default `<role-name>` is the caller's role, but the trust policy check of an AssumeRole denial
   * reads it from the role the call tried to assume, the resource.
   */
  fillsWhenRead?: { [P in Placeholder]?: (value: V) => string | undefined }
}

/** The name of an IAM role or user from its ARN: the last segment, after any path (`role/aws-reserved/sso.amazonaws.com/…/AWSReservedSSO_x`). */
function iamNameOf(arn: string, kind: 'role' | 'user'): string | undefined {
  return new RegExp(String.raw`^arn:aws[\w-]*:iam::\d{12}:${kind}/(?:[^/]+/)*([^/]+)$`).exec(arn)?.[1]
}

/**
 * The IAM identity behind a principal ARN. An assumed-role session
 * (`arn:aws:sts::A:assumed-role/Role/session`) is evaluated with its role's policies, so commands
 * such as simulate-principal-policy need the role ARN (`arn:aws:iam::A:role/Role`).
 */
export function identityOf(principalArn: string): { arn?: string; roleName?: string; userName?: string } {
  const assumed = /^arn:(aws[\w-]*):sts::(\d{12}):assumed-role\/([^/]+)\//.exec(principalArn)
  // The session ARN drops the role's path. IAM Identity Center's AWSReservedSSO_ roles always have
  // one (under /aws-reserved/sso.amazonaws.com/), so a role ARN rebuilt without it names no role:
  // the placeholder stays for the reader (get-role by name prints the real ARN).
  if (assumed && assumed[3]!.startsWith('AWSReservedSSO_')) return { roleName: assumed[3] }
  if (assumed) return { arn: `arn:${assumed[1]}:iam::${assumed[2]}:role/${assumed[3]}`, roleName: assumed[3] }
  const roleName = iamNameOf(principalArn, 'role')
  return roleName ? { arn: principalArn, roleName } : { arn: principalArn, userName: iamNameOf(principalArn, 'user') }
}

const as = (value: string) => value

/** The AWS CLI's name for an API operation: words split at case changes, joined by hyphens (PutBucketACL → put-bucket-acl). */
export function cliCommandOf(operation: string): string {
  return operation
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
}

function denyReasonText({ kind, policyType }: DenyReason): string {
  const where = policyType ? ` in a ${POLICY_TYPES[policyType]}` : ''
  return kind === 'explicit' ? `explicit deny${where}` : `no ${policyType ? POLICY_TYPES[policyType] : 'policy'} allows it (implicit deny)`
}

// Row order is the facts table's order: who, what, on what, why, where, then the identifiers a
// support case asks for.
export const FACT_KINDS: { [K in keyof Facts]-?: FactKind<NonNullable<Facts[K]>> } = {
  principalArn: {
    label: 'Principal',
    fills: { 'principal-arn': (arn) => identityOf(arn).arn, 'role-name': (arn) => identityOf(arn).roleName, 'user-name': (arn) => identityOf(arn).userName },
  },
  accountId: { label: 'Account', fills: { 'account-id': as } },
  action: { label: 'Action', fills: { action: as, service: (action) => action.split(':')[0] } },
  // A role ARN is also a resource of iam:PassRole; <role-arn> accepts nothing else. A KMS key ARN is a key ID KMS takes.
  resourceArn: {
    label: 'Resource',
    fills: { 'resource-arn': as, 'role-arn': as, 'key-id': (arn) => (/^arn:aws[\w-]*:kms:/.test(arn) ? arn : undefined) },
    fillsWhenRead: { 'role-name': (arn) => iamNameOf(arn, 'role'), 'user-name': (arn) => iamNameOf(arn, 'user') },
  },
  denyReason: { label: 'Reason', show: denyReasonText, fills: {} },
  // <policy-arn> accepts IAM policy ARNs only; an Organizations ARN says in its path which kind of
  // policy it is, so an SCP's ID never fills the RCP check and the other way round.
  policyArn: {
    label: 'Policy',
    fills: {
      'policy-arn': as,
      'scp-id': (arn) => /\/service_control_policy\/(p-[a-z0-9]+)$/.exec(arn)?.[1],
      'rcp-id': (arn) => /\/resource_control_policy\/(p-[a-z0-9]+)$/.exec(arn)?.[1],
    },
  },
  region: { label: 'Region', fills: { region: as } },
  // <service> is an IAM service prefix (s3), which the action carries; this fact is the SDK's name
  // (S3), which gives the CLI command (s3api) and nothing else.
  service: { label: 'Service', fills: { 'cli-service': cliServiceOf } },
  // The CLI spells an operation in lower case with hyphens: UpdateStack → update-stack.
  operation: { label: 'Operation', fills: { operation: as, 'cli-operation': cliCommandOf } },
  httpStatus: { label: 'HTTP status', fills: {} },
  accessKeyKind: { label: 'Access key', show: (kind) => (kind === 'temporary' ? 'temporary (ASIA…), needs a session token' : 'long-term (AKIA…)'), fills: {} },
  bucket: { label: 'Bucket', fills: { bucket: as } },
  key: { label: 'Object key', fills: { key: as } },
  table: { label: 'Table', fills: { table: as } },
  functionName: { label: 'Function', fills: { 'function-name': as } },
  // Known gap: guides ask for <queue-url>, which a queue name alone cannot fill (the URL needs the account and region too).
  queue: { label: 'Queue', fills: {} },
  stack: { label: 'Stack', fills: { 'stack-name': as } },
  requestId: { label: 'Request ID', fills: { 'request-id': as } },
  authorizationId: { label: 'Authorization ID', fills: { 'authorization-id': as } },
  encodedMessage: { label: 'Encoded message', fills: { 'encoded-message': as } },
}

/** The kinds of fact, in table order. */
export const FACT_KEYS = Object.keys(FACT_KINDS) as (keyof Facts)[]
