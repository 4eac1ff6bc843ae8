import { describe, expect, it } from 'vitest'
import { realCatalog } from './source'

/**
 * The codes users meet most, family by family: each must lead to exactly one guide. Labels that
 * are not wire codes name client-side or tool errors (NoCredentials, CDKNotBootstrapped, the
 * API Gateway 502/504 responses).
 */
const MUST_RESOLVE = {
  identity: [
    'InvalidClientTokenId',
    'UnrecognizedClientException',
    'InvalidAccessKeyId',
    'AuthFailure',
    'SignatureDoesNotMatch',
    'InvalidSignatureException',
    'IncompleteSignature',
    'MissingAuthenticationToken',
    'ExpiredToken',
    'ExpiredTokenException',
    'RequestExpired',
    'RequestTimeTooSkewed',
    'OptInRequired',
    'InvalidIdentityToken',
    'NotAuthorizedException',
    'UnauthorizedException',
    'InvalidGrantException',
    'TokenRetrievalError',
    'NoCredentials',
    'NoCredentialsError',
    'CredentialsProviderError',
    'NoCredentialProviders',
    'ProfileNotFound',
  ],
  authorization: [
    'AccessDenied',
    'AccessDeniedException',
    'UnauthorizedOperation',
    'AuthorizationError',
    'NotAuthorized',
    'KMSAccessDeniedException',
    'Forbidden',
    'AllAccessDisabled',
    'Unauthorized',
  ],
  notFound: [
    'ResourceNotFoundException',
    'NoSuchBucket',
    'NoSuchKey',
    'NoSuchEntity',
    'NotFoundException',
    'ParameterNotFound',
    'AWS.SimpleQueueService.NonExistentQueue',
    'InvalidAMIID.NotFound',
    'InvalidGroup.NotFound',
    'InvalidInstanceID.NotFound',
    'InvalidSubnetID.NotFound',
    'DBInstanceNotFound',
    'ClusterNotFoundException',
    'RepositoryNotFoundException',
    'PermanentRedirect',
    'EndpointConnectionError',
  ],
  validation: [
    'ValidationException',
    'ValidationError',
    'InvalidParameterValue',
    'InvalidParameterValueException',
    'InvalidParameterException',
    'InvalidParameterCombination',
    'MissingParameter',
    'InvalidAction',
    'MalformedPolicyDocument',
    'InvalidChangeBatch',
    'InsufficientCapabilitiesException',
    'InvalidCiphertextException',
    'RequestEntityTooLargeException',
    'SerializationException',
    'ParamValidationError',
  ],
  throttling: [
    'ThrottlingException',
    'Throttling',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'ProvisionedThroughputExceededException',
    'SlowDown',
    'LimitExceeded',
    'LimitExceededException',
    'ServiceQuotaExceededException',
    'VcpuLimitExceeded',
    'InsufficientInstanceCapacity',
    'TooManyBuckets',
  ],
  conflict: [
    'ConditionalCheckFailedException',
    'TransactionCanceledException',
    'ResourceInUseException',
    'ResourceConflictException',
    'EntityAlreadyExists',
    'AlreadyExistsException',
    'ResourceAlreadyExistsException',
    'BucketAlreadyExists',
    'BucketAlreadyOwnedByYou',
    'BucketNotEmpty',
    'DeleteConflict',
    'DependencyViolation',
    'IncorrectInstanceState',
    'KMSInvalidStateException',
    'InvalidObjectState',
    'CDKNotBootstrapped',
    'MessageRejected',
  ],
  serviceSide: ['InternalFailure', 'InternalError', 'ServiceUnavailable', 'RequestTimeout', 'ApiGatewayBadGateway'],
}

const { entries } = await realCatalog()

describe('every common AWS error code resolves to exactly one guide', () => {
  for (const [family, codes] of Object.entries(MUST_RESOLVE)) {
    it(`${family}: ${codes.length} codes`, () => {
      const unresolved = codes.filter((code) => entries.filter((g) => g.codes.includes(code)).length !== 1)
      expect(unresolved).toEqual([])
    })
  }
})
