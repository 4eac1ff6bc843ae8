/**
 * What a printed name means before any guide is consulted: a real AWS error code, a wrapper class
 * that only says "an AWS call failed", a stand-in for a missing code, or a language's own error.
 */

// Service names as SDK exception classes spell them: `S3Exception`, `AmazonDynamoDBException`, `StsException`.
const SERVICE_CLASS =
  /^(?:Amazon|Aws)?(?:S3|Sts|Iam|Ec2|Kms|Sqs|Sns|Ssm|DynamoDb|DynamoDB|DynamoDBv2|Lambda|SecretsManager|CloudWatch|CloudWatchLogs|CloudFormation|Ecr|Ecs|Eks|Sso|SsoOidc|Glue|Athena|Kinesis|Firehose|Route53|ElasticLoadBalancing|ElasticLoadBalancingV2|AutoScaling|ApiGateway|StepFunctions|Sfn|Rds|Redshift|EventBridge|CognitoIdentityProvider|Service|Client|Sdk|SdkClient|SdkService|Api)(?:Exception|Error)$/i

const WRAPPERS = new Set([
  'ClientError',
  'ServiceException',
  'AWSError',
  'AwsError',
  'ServiceError',
  'UnknownError',
  'HttpErrorResponseException',
  'ErrorMetadata',
  'UnhandledException',
  'BotoCoreError',
  'CredentialsError',
])

/** A class that wraps any AWS error: the message, not the class, says what went wrong. */
export function isWrapperClass(name: string): boolean {
  return WRAPPERS.has(name) || SERVICE_CLASS.test(name)
}

/**
 * Real AWS codes that name only a status class (`ForbiddenException`, `BadRequestException`,
 * `ClientException`): the message, where a guide's phrase names the cause, says more than the code.
 */
export function isCatchAllCode(code: string): boolean {
  return /^(?:Forbidden|BadRequest|Unauthorized|Client|Server|Service|InternalServer|InvalidRequest)(?:Exception|Error)?$/.test(code)
}

// Errors of languages and runtimes: never AWS error codes, whatever their shape.
const LANGUAGE_ERRORS = new Set([
  'TypeError',
  'SyntaxError',
  'ReferenceError',
  'RangeError',
  'KeyError',
  'ValueError',
  'AttributeError',
  'RuntimeError',
  'IndexError',
  'NameError',
  'ImportError',
  'ModuleNotFoundError',
  'FileNotFoundError',
  'PermissionError',
  'OSError',
  'IOError',
  'ConnectionError',
  'ConnectionRefusedError',
  'ConnectionResetError',
  'TimeoutError',
  'AssertionError',
  'NotImplementedError',
  'NullPointerException',
  'IllegalArgumentException',
  'IllegalStateException',
  'IOException',
  'ClassNotFoundException',
  'NoSuchMethodError',
  'NoClassDefFoundError',
  'UnsupportedOperationException',
  'ConcurrentModificationException',
  'NumberFormatException',
  'ArrayIndexOutOfBoundsException',
  'InterruptedException',
  'ExecutionException',
  'CompletionException',
  'UncheckedIOException',
  'SocketTimeoutException',
  'ConnectException',
  'UnknownHostException',
  'InvalidOperationException',
  'ArgumentException',
  'ArgumentNullException',
  'NullReferenceException',
  'HttpRequestException',
  'TaskCanceledException',
  'AggregateException',
  'JSONDecodeError',
  'UnicodeDecodeError',
  'StopIteration',
  'RecursionError',
  'ZeroDivisionError',
  'FetchError',
  'AbortError',
  'UnhandledPromiseRejection',
  'ProcessTerminated',
  'DeprecationWarning',
  'UserWarning',
])

// Labels of fields that SDKs print next to errors, in the same `Name: value` shape.
const FIELD_LABELS = new Set([
  'StatusCode',
  'RequestID',
  'RequestId',
  'HostID',
  'HostId',
  'ErrorCode',
  'ErrorMessage',
  'ErrorType',
  'ResponseCode',
  'ResponseStatus',
  'RequestToken',
  'HandlerErrorCode',
  'BucketName',
  'StringToSign',
  'CanonicalRequest',
  'AWSAccessKeyId',
  'ExtendedRequestId',
  'StackTrace',
  'ContentType',
  'UserAgent',
  'RetryAttempts',
  'HTTPStatusCode',
  'HTTPHeaders',
  'ResponseMetadata',
  'MaxAttemptsReached',
])

/** Names that are never AWS error codes, whatever their shape: language errors and field labels. */
export function isNeverACode(name: string): boolean {
  return LANGUAGE_ERRORS.has(name) || FIELD_LABELS.has(name)
}

/**
 * Whether a `Name:` at the start of an error line has the shape of an AWS code: two or more
 * capitalised parts (`AccessDenied`, `InvalidClientTokenId`) or a dotted code (`InvalidAMIID.NotFound`).
 * One-word names (`Error`, `Caused`, `Instance`) are prose.
 */
export function hasCodeShape(name: string): boolean {
  return /^[A-Z][A-Za-z0-9]*[a-z0-9][A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*){0,2}$/.test(name) || /^[A-Z][A-Za-z0-9]{1,60}\.[A-Z][A-Za-z0-9]{1,60}$/.test(name)
}

/**
 * The code AWS would have sent, when the response had no body or the SDK kept only the status:
 * HEAD requests (`(403) HeadObject: Forbidden`), SDK classes that print just "Access Denied" or
 * "Forbidden", a raw 429 from API Gateway or Lambda.
 */
export function codeForBareResponse(e: { code: string; message?: string; operation?: string; service?: string }): string | undefined {
  const said = [e.code, e.message ?? ''].map((s) => s.trim().replace(/\.$/, ''))
  if (said.some((s) => /^(?:403|403 Forbidden|Forbidden|Access Denied)$/i.test(s))) return 'AccessDenied'
  if (said.some((s) => /^(?:429|429 Too Many Requests|Too Many Requests)$/i.test(s))) return 'TooManyRequestsException'
  // A 404 without a body is a missing object or bucket only where S3 or a HEAD request answered.
  const s3 = /^Head/.test(e.operation ?? '') || /^(?:Amazon ?)?S3$/i.test(e.service ?? '')
  if (s3 && said.some((s) => /^(?:404|404 Not Found|NotFound|Not Found)$/i.test(s))) return e.operation === 'HeadBucket' ? 'NoSuchBucket' : 'NoSuchKey'
  return undefined
}
