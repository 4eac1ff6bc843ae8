/** The families a code's name can point to, spelled as lib/catalog/families.ts spells them (lib/registry checks the match). */
export type NameFamily = 'throttling' | 'identity' | 'authorization' | 'not-found' | 'conflict' | 'service-side' | 'validation'

/**
 * What an AWS code's name says, in order: the first pattern that matches decides, so
 * `InvalidPermission.NotFound` is a not-found error although it starts with `Invalid`, and
 * `AccessDeniedForDependencyException` is authorization although it names a dependency. The code
 * pages read a listed code's family here, and the matcher an unlisted code's.
 */
const NAME_RULES: [RegExp, NameFamily][] = [
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

/** The family a code's name points to, and the word that says so; undefined when the name says nothing decisive. */
export function familyByName(code: string): { family: NameFamily; word: string } | undefined {
  for (const [pattern, family] of NAME_RULES) {
    const word = pattern.exec(code)?.[0]
    if (word) return { family, word }
  }
  return undefined
}
