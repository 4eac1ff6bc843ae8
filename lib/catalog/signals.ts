import { kmsKeyInOtherRegion } from '../match/facts/kms-region'

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

/** What raises a call signal: the denied action, a phrase of the error's text, or a test of that text where a pattern cannot say (two Regions compared). */
export type CallSignalRule = { says: string; action?: RegExp; phrase?: RegExp; inText?: (said: string) => boolean }

/**
 * The second kind of signal: what the call itself says, the denied action or a phrase of the
 * message. Each is raised when its pattern matches, and leads the deny-reason signals above: the
 * action decides which policy speaks (a role's trust policy for sts:AssumeRole, a key policy for
 * kms:*), whatever reason clause follows.
 */
export const CALL_SIGNALS = {
  'assume-role-action': {
    says: "the denied action is sts:AssumeRole, which the role's trust policy decides",
    action: /^sts:AssumeRole(?:WithWebIdentity|WithSAML)?$/,
  },
  'pass-role-action': { says: 'the denied action is iam:PassRole, checked on the role being passed', action: /^iam:PassRole$/ },
  'kms-key-other-region': {
    says: 'the KMS key in the error is in a different Region from the call, and a key works only in its own Region',
    inText: (said: string) => kmsKeyInOtherRegion(said) !== undefined,
  },
  'kms-action': { says: 'the denied action is a KMS one, which the key policy decides first', action: /^kms:/ },
  'no-imds-role': { says: 'the SDK reached the instance metadata service but found no role on it', phrase: /no EC2 IMDS role found/ },
  // S3 refuses a presigned URL past its lifetime with AccessDenied; EC2 says the same under RequestExpired.
  'presigned-url-expired': { says: 'the message says the request has expired, which no policy decides', phrase: /Request has expired/ },
} as const satisfies Record<string, CallSignalRule>

export type FactSignal = keyof typeof SIGNALS
export type CallSignal = keyof typeof CALL_SIGNALS
export type Signal = FactSignal | CallSignal
export const SIGNAL_IDS = [...Object.keys(CALL_SIGNALS), ...Object.keys(SIGNALS)] as [Signal, ...Signal[]]

/** Why a signal puts its check first, as the card says it. */
export function signalReason(signal: Signal): string {
  return signal in CALL_SIGNALS ? CALL_SIGNALS[signal as CallSignal].says : SIGNALS[signal as FactSignal]
}
