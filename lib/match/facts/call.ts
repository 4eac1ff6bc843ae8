import { isHttpStatus } from '../http-status'
import { earliest, earliestOf, isCutShort, isMaskedValue } from './pick'
import { normaliseServiceName } from './service-names'

/*
 * What the SDKs print about the failing call itself: the service and operation, the HTTP status,
 * the request ID and the account.
 */

const GO_OPERATION = /operation error ([A-Za-z0-9][\w .-]{0,40}?): (\w{1,100})/g
const JAVA_SERVICE = /\(Service: ([A-Za-z0-9][A-Za-z0-9 .-]{0,60}?)[;,)]/g

/** The service as an SDK names it in its own error line (Go's `operation error S3:`, Java's `(Service: Amazon S3`). */
export function sdkService(text: string): string | undefined {
  return earliestOf(earliest(text, [GO_OPERATION], normaliseServiceName), earliest(text, [JAVA_SERVICE], normaliseServiceName))?.value
}

const OPERATION_PATTERNS: readonly RegExp[] = [
  /when calling the (\w{1,100}) operation/g,
  /operation error [A-Za-z0-9][\w .-]{0,40}?: (\w{1,100})/g,
  /"eventName" ?: ?"(\w{1,100})"/g,
  // Old Terraform providers: `error calling sts:GetCallerIdentity`.
  /\berror calling [a-z0-9-]{1,40}:(\w{1,100})/g,
]

export function operationIn(text: string): string | undefined {
  return earliest(text, OPERATION_PATTERNS)?.value
}

const STATUS_PATTERNS: readonly RegExp[] = [
  // Status Code: 403 / StatusCode: 403 / status code: 403 / "statusCode":403 / httpStatusCode: 403 /
  // 'HTTPStatusCode': 403.
  /(?:http)?status ?code['"]? ?[:=] ?['"]?(\d{3})(?!\d)/gi,
  /\bHTTP\/\d(?:\.\d)? (\d{3})(?!\d)/g,
  // HEAD calls have no body, so the CLI prints the status where the code would be.
  /An error occurred \((\d{3})\)/g,
]

export function httpStatusIn(text: string): number | undefined {
  const status = earliest(text, STATUS_PATTERNS, (value) => (isHttpStatus(Number(value)) ? value : undefined))?.value
  return status === undefined ? undefined : Number(status)
}

const REQUEST_ID_PATTERNS: readonly RegExp[] = [
  // Request ID: / RequestID: / request id: / requestId: '…' / "RequestId": "…" / <RequestId>…< /
  // x-amzn-RequestId: / x-amz-request-id: / 'RequestId': '…' / "aws_request_id": "…".
  /\b(?:aws_)?request[ _-]?id(?:['"]? ?[:=] ?['"]?|>)([A-Za-z0-9][A-Za-z0-9-]{0,127})/gi,
]

/**
 * What a request ID looks like: a UUID, S3's 16 hex digits, DynamoDB's 52 characters, CloudFront's
 * base64 with `_`, `-` and `=`. Anything else read after a `Request ID:` label (a quote, a slash,
 * the next field) is not one, and must not travel into facts and share links.
 */
const REQUEST_ID_SHAPE = /^[A-Za-z0-9][A-Za-z0-9_=-]{7,127}$/

/** The value as a request ID, or undefined when it has not the shape of one or is masked. */
export function asRequestId(value: string | undefined): string | undefined {
  return value !== undefined && REQUEST_ID_SHAPE.test(value) && !isMaskedValue(value) ? value : undefined
}

export function requestIdIn(text: string): string | undefined {
  return earliest(text, REQUEST_ID_PATTERNS, (value, match) => {
    const before = text.slice(Math.max(0, match.index - 9), match.index)
    // S3's extended ID is a different value; Lambda's START/END/REPORT lines carry the invocation's
    // ID, not the ID of the AWS call that failed.
    if (/extended $/i.test(before) || /(?:START|END|REPORT) $/.test(before)) return undefined
    if (!asRequestId(value)) return undefined
    return isCutShort(text, match) ? undefined : value
  })?.value
}

const ACCOUNT_PATTERNS: readonly RegExp[] = [
  /\baccount(?:[ _-]?id)?['"]? ?[:=]? ?['"]?(\d{12})(?!\d)/gi,
  // ECR: `does not exist in the registry with id '123456789012'`.
  /\bregistry with id '(\d{12})'/g,
]

/** An account ID written out in words, where no ARN carries one. */
export function accountInProse(text: string): string | undefined {
  return earliest(text, ACCOUNT_PATTERNS)?.value
}
