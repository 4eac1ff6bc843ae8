import type { Family } from '../catalog/families'
import type { CodeKind, Fault } from './types'

/** Why a code was put in its family: a word in its name, its HTTP status, its fault, or what kind of code it is. */
export type FamilyReason = { by: 'name'; word: string } | { by: 'status'; status: number } | { by: 'fault'; fault: Fault } | { by: 'kind'; kind: CodeKind }

/**
 * What an AWS code's name says, in order: the first pattern that matches decides, so
 * `InvalidPermission.NotFound` is a not-found error although it starts with `Invalid`, and
 * `AccessDeniedForDependencyException` is authorization although it names a dependency.
 * Pure: the matcher uses it for codes no list names.
 */
const NAME_RULES: [RegExp, Family][] = [
  [
    /Throttl|TooManyRequests|SlowDown|ProvisionedThroughputExceeded|LimitExceeded|QuotaExceeded|Insufficient\w*Capacity|CapacityExceeded|TooMany|Exceeded/,
    'throttling',
  ],
  [
    /InvalidClientTokenId|InvalidAccessKeyId|SignatureDoesNotMatch|InvalidSignature|IncompleteSignature|ExpiredToken|TokenExpired|RequestExpired|MissingAuthenticationToken|AuthFailure|UnrecognizedClient|InvalidToken|Credential|NotAuthenticated|Unauthenticated|SSOToken/,
    'identity',
  ],
  [/AccessDenied|Unauthori[sz]ed|NotAuthorized|Forbidden|AuthorizationError|OptInRequired|NotPermitted|Denied|NotAllowed/, 'authorization'],
  [/NotFound|NoSuch|DoesNotExist|NonExistent|NotExist|Unknown(?!Parameter|Operation)/, 'not-found'],
  [
    /AlreadyExists|AlreadyOwned|Duplicate|InUse|Conflict|DependencyViolation|Concurrent|InProgress|IncorrectState|Incorrect\w*State|InvalidState|Invalid\w*State|NotEmpty|PreconditionFailed|ConditionalCheckFailed|Locked|NotReady|ROLLBACK|FAILED|Idempotent|Mismatch/,
    'conflict',
  ],
  [
    /Internal|ServiceUnavailable|Unavailable|ServiceFailure|ServerError|ServerException|Timeout|Timedout|TimedOut|ServiceException$|DependencyFailure|BadGateway/,
    'service-side',
  ],
  [
    /Invalid|Malformed|Validation|Missing|BadRequest|TooLarge|TooLong|TooSmall|Unsupported|NotSupported|Serialization|Parameter|Syntax|Illegal|Unrecognized|Incorrect/,
    'validation',
  ],
]

/** The family an HTTP status points to, where it points to one. */
const STATUS_FAMILY: Record<number, Family> = { 401: 'identity', 403: 'authorization', 404: 'not-found', 409: 'conflict', 412: 'conflict', 429: 'throttling' }

/** The family of a code: by its name, then its kind, its HTTP status, then its fault. */
export function familyOf(code: string, facts: { kind?: CodeKind; httpStatus?: number; fault?: Fault }): { family: Family; reason: FamilyReason } {
  if (facts.kind === 'client') return { family: 'client-side', reason: { by: 'kind', kind: 'client' } }
  for (const [pattern, family] of NAME_RULES) {
    const word = pattern.exec(code)?.[0]
    if (word) return { family, reason: { by: 'name', word } }
  }
  if (facts.kind === 'status') return { family: 'conflict', reason: { by: 'kind', kind: 'status' } }
  const status = facts.httpStatus
  if (status !== undefined) {
    const family = STATUS_FAMILY[status] ?? (status >= 500 ? 'service-side' : undefined)
    if (family) return { family, reason: { by: 'status', status } }
  }
  if (facts.fault === 'server') return { family: 'service-side', reason: { by: 'fault', fault: 'server' } }
  return { family: 'validation', reason: { by: 'fault', fault: 'client' } }
}
