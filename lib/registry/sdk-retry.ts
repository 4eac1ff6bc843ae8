import type { CodeSource } from './types'

/**
 * What the SDKs' standard retry mode retries besides codes a model marks retryable, as botocore
 * implements it (botocore/retries/standard.py; the other SDKs follow the same specification):
 * these throttling and transient codes, and these HTTP statuses.
 */
export const SDK_RETRY_SOURCE = 'https://github.com/boto/botocore/blob/develop/botocore/retries/standard.py'

const THROTTLING_CODES = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottledException',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'TransactionInProgressException',
  'RequestLimitExceeded',
  'BandwidthLimitExceeded',
  'LimitExceededException',
  'RequestThrottled',
  'SlowDown',
  'PriorRequestNotComplete',
  'EC2ThrottledException',
])
const TRANSIENT_CODES = new Set(['RequestTimeout', 'RequestTimeoutException', 'PriorRequestNotComplete'])
const TRANSIENT_STATUSES = new Set([500, 502, 503, 504])

/** Why the SDKs retry a code from one source, or undefined when they do not. */
export type RetryReason = 'model' | 'throttling-code' | 'transient-code' | 'status'

export function sdkRetryReason(code: string, source: CodeSource): RetryReason | undefined {
  if (source.kind !== 'api') return undefined
  if (source.retryable) return 'model'
  if (THROTTLING_CODES.has(code)) return 'throttling-code'
  if (TRANSIENT_CODES.has(code)) return 'transient-code'
  if (source.httpStatus !== undefined && TRANSIENT_STATUSES.has(source.httpStatus)) return 'status'
  return undefined
}
