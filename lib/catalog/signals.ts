/**
 * What a pasted error can reveal that makes one check the place to start. A check lists the
 * signals that put it first (`firstWhen` in its frontmatter); the paste page moves it up and says
 * why. The list is closed so a misspelt signal fails the content check instead of never firing.
 */
export const SIGNALS = {
  'explicit-deny': 'the message says an explicit deny refused the request',
  'implicit-deny': 'the message says no policy allows the action',
  'deny-identity-based': 'the message names an identity-based policy',
  'deny-resource-based': 'the message names a resource-based policy',
  'deny-permissions-boundary': 'the message names a permissions boundary',
  'deny-session': 'the message names a session policy',
  'deny-service-control': 'the message names a service control policy',
  'deny-resource-control': 'the message names a resource control policy',
  'deny-vpc-endpoint': 'the message names a VPC endpoint policy',
  'encoded-message': 'the error carries an encoded authorization message',
  'temporary-key': 'the access key ID starts with ASIA, so it is temporary and needs its session token',
  'long-term-key': 'the access key ID starts with AKIA, a long-term IAM user key',
  'assumed-role': 'the caller is an assumed-role session',
} as const satisfies Record<string, string>

export type Signal = keyof typeof SIGNALS
export const SIGNAL_IDS = Object.keys(SIGNALS) as [Signal, ...Signal[]]
