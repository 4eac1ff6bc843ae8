/**
 * The spellings under which one wire code may be printed, most literal first. Services and SDKs
 * decorate codes: `com.amazonaws.dynamodb.v20120810#ResourceNotFoundException`,
 * `InvalidGrantException:http://internal.amazon.com/coral/…`, EC2's `Client.UnauthorizedOperation`,
 * SQS's `AWS.SimpleQueueService.NonExistentQueue`, and SDK classes that add or drop `Exception` or
 * `Fault` (`DBInstanceNotFoundFault` for the wire code `DBInstanceNotFound`).
 */
const undecorate = (printed: string) =>
  printed
    // Java SDK v1 prints a body-less S3 error as status and reason: `503 Slow Down`, `403 Forbidden`.
    .replace(/^\d{3} ([A-Za-z][A-Za-z ]{1,40})$/, (_, reason: string) => reason.replace(/ /g, ''))
    .replace(/^[\w.]*#/, '')
    .replace(/:https?:.*$/, '')
    .replace(/^(?:Client|Server)\./, '')

/** The code without decoration or class suffix: one key for every printing of the same error. */
export const baseCode = (printed: string) => undecorate(printed).replace(/(?:Exception|Fault)$/, '')

export function codeSpellings(printed: string): string[] {
  const undecorated = undecorate(printed)
  const spellings = [printed, undecorated, undecorated.replace(/^AWS\.SimpleQueueService\./, '')]
  const base = baseCode(printed)
  spellings.push(base, `${base}Exception`)
  // Step Functions and some loggers prefix the service: `Lambda.TooManyRequestsException`.
  const unprefixed = undecorated.replace(/^[A-Z][A-Za-z0-9]{1,30}\./, '')
  spellings.push(unprefixed)
  return [...new Set(spellings.filter((s) => s.length > 0))]
}

/** The key a code is looked up by: codes are compared without regard to letter case. */
export const codeKey = (code: string) => code.toLowerCase()
