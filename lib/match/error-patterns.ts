import { asRequestId } from './facts/call'
import { isHttpStatus } from './http-status'
import type { ErrorFormat, FoundError, Span } from './types'

/**
 * One printed shape of an AWS error. `pattern` finds it (global, with indices); `read` turns a hit
 * into a FoundError. Every pattern is built for linear time: bounded repetitions, no nested
 * quantifiers, and a literal anchor near its start so most positions fail at once.
 */
export type ErrorPattern = {
  format: ErrorFormat
  pattern: RegExp
  read: (hit: RegExpExecArray, text: string) => FoundError | undefined
  /** Why `read` may turn a hit down, for the trace; a pattern without it refuses only hits that hold no code. */
  refuses?: string
}

type Indexed = RegExpExecArray & { indices: [number, number][] }

const span = (hit: RegExpExecArray, group: number): Span | undefined => {
  const range = (hit as Indexed).indices[group]
  return range ? { start: range[0], end: range[1] } : undefined
}

const status = (s: string | undefined) => {
  const n = Number(s)
  return isHttpStatus(n) ? n : undefined
}

/** A hit's message, with its span, trimmed of the quotes and spaces around it. */
function message(hit: RegExpExecArray, group: number): Pick<FoundError, 'message' | 'messageSpan'> {
  const s = span(hit, group)
  const raw = hit[group]
  if (!s || raw === undefined) return {}
  const lead = raw.length - raw.trimStart().length
  const text = raw.trim()
  return text ? { message: text, messageSpan: { start: s.start + lead, end: s.start + lead + text.length } } : {}
}

function errorAt(hit: RegExpExecArray, codeGroup: number, format: ErrorFormat, extra: Partial<FoundError> = {}): FoundError | undefined {
  const codeSpan = span(hit, codeGroup)
  const code = hit[codeGroup]?.trim()
  if (!codeSpan || !code) return undefined
  return { code, format, span: codeSpan, ...extra, requestId: asRequestId(extra.requestId) }
}

/** Looks a little way past a hit for a value, e.g. the <Message> after a <Code>. */
function after(text: string, from: number, pattern: RegExp, reach = 2000): { value: string; span: Span } | undefined {
  const hit = new RegExp(pattern.source, 'd').exec(text.slice(from, from + reach)) as Indexed | null
  const range = hit?.indices[1]
  if (!hit || !range || hit[1] === undefined) return undefined
  return { value: hit[1], span: { start: from + range[0], end: from + range[1] } }
}

export const ERROR_PATTERNS: ErrorPattern[] = [
  {
    // botocore and the AWS CLI, old and new: An error occurred (Code) when calling the Op operation (reached max retries: 4): message
    format: 'cli',
    pattern:
      /(?:An error occurred|A client error) \(([^()\s]{1,120})\)(?: occurred)? when calling the (\w{1,100}) operation(?: \(reached max retries: \d{1,3}\))?:?([^\n]{0,4000})/dg,
    read: (hit) => errorAt(hit, 1, 'cli', { operation: hit[2], ...message(hit, 3) }),
  },
  {
    // The 2026 CLI prints client-side failures with a pseudo-code: An error occurred (NoCredentials): Unable to locate credentials
    format: 'cli',
    pattern: /An error occurred \(([A-Za-z]\w{0,60})\): ([^\n]{0,4000})/dg,
    read: (hit) => errorAt(hit, 1, 'cli', message(hit, 2)),
  },
  {
    // Go SDK v2 (and Terraform, which wraps it): operation error S3: GetObject, https response error StatusCode: 403, RequestID: …, api error AccessDenied: …
    format: 'go-v2',
    pattern:
      /(?:operation error ([\w ]{1,40}): (\w{1,100}),\s{0,20})?https response error StatusCode: (\d{3}),\s{0,20}RequestID:\s{0,20}([^,\s]{0,120}),?\s{0,20}(?:HostID: [^,\s]{0,400},\s{0,20})?(?:api error\s{1,20})?([A-Za-z][\w.]{0,120}):\s{0,20}([^\n]{0,4000})/dg,
    read: (hit) =>
      errorAt(hit, 5, 'go-v2', { service: hit[1], operation: hit[2], httpStatus: status(hit[3]), requestId: hit[4] || undefined, ...message(hit, 6) }),
  },
  {
    // Java SDK v1 and v2 end the message with (Service: …, Status Code: …, [Error Code: …,] Request ID: …).
    format: 'java-v2',
    pattern: /\(Service: ([^,;)\n]{1,80})[,;] Status Code: (\d{3})[,;]/dg,
    read: (hit, text) => {
      const close = hit.index + hit[0].length
      const tail = text.slice(close, close + 400)
      // The Java SDK prints `Error Code: null` when the response had no code (S3's HEAD requests): no code, then.
      const printed = after(text, close, / ?Error Code: ([^;,)\n]{1,120})[;,)]/, 400)
      const errorCode = printed && printed.value.trim() !== 'null' ? printed : undefined
      const requestId = /Request ID: ([^;,)\s]{1,120})/.exec(tail)?.[1]
      const lineStart = text.lastIndexOf('\n', hit.index) + 1
      const from = Math.max(lineStart, hit.index - 4000)
      const before = text.slice(from, hit.index)
      // The thrown class is the last `SomethingException:` before the message on the same line.
      let klass: RegExpExecArray | undefined
      for (const m of before.matchAll(/([A-Za-z][\w$]{0,120}(?:Exception|Error|Fault)):[ \t]/g)) klass = m
      const messageStart = klass ? from + (klass.index ?? 0) + klass[0].length : from
      const messageText = text.slice(messageStart, hit.index).trim()
      const common = {
        service: hit[1]?.trim(),
        httpStatus: status(hit[2]),
        requestId: asRequestId(requestId),
        ...(messageText ? { message: messageText, messageSpan: { start: messageStart, end: messageStart + messageText.length } } : {}),
      }
      if (errorCode) return { code: errorCode.value.trim(), format: 'java-v1', span: errorCode.span, ...common }
      if (klass) {
        const start = from + (klass.index ?? 0)
        return { code: klass[1] ?? '', format: 'java-v2', span: { start, end: start + (klass[1]?.length ?? 0) }, ...common }
      }
      // No class and no code: the status alone, which the ranker reads as a bare-status error.
      const start = span(hit, 2)!
      return { code: hit[2] ?? '', format: 'status-suffix', span: start, ...common }
    },
  },
  {
    // XML bodies of S3, the Query APIs and EC2: <Code>…</Code><Message>…</Message>
    format: 'xml',
    pattern: /<Code>([^<\n]{1,160})<\/Code>/dg,
    read: (hit, text) => {
      const end = hit.index + hit[0].length
      const msg = after(text, end, /<Message>([^<]{0,4000})<\/Message>/)
      const requestId = after(text, end, /<RequestI[dD]>([^<]{1,120})<\/RequestI[dD]>/)
      return errorAt(hit, 1, 'xml', { requestId: requestId?.value, ...(msg ? { message: msg.value, messageSpan: msg.span } : {}) })
    },
  },
  {
    // JSON bodies and JavaScript dumps: "__type": "ns#Code", name: 'Code', code: 'Code', "errorType": "Code", Some("Code"),
    // and the Kubernetes API's Status object ("reason": "Unauthorized").
    format: 'js-dump',
    pattern:
      /(?<![\w$])['"]?(?:__type|name|code|Code|errorType|errorCode|ErrorCode|error_code|reason)['"]?[ \t]{0,4}[:=][ \t]{0,4}(?:Some\()?['"]([^'"\n]{1,160})['"]/dg,
    read: (hit, text) => {
      const end = hit.index + hit[0].length
      const msg = after(text, end, /['"]?(?:message|Message|errorMessage)['"]?[ \t]{0,4}[:=][ \t]{0,4}(?:Some\()?['"]([^'"\n]{1,4000})['"]/, 600)
      return errorAt(hit, 1, hit[0].includes('__type') ? 'json' : 'js-dump', msg ? { message: msg.value, messageSpan: msg.span } : {})
    },
  },
  {
    format: 'header',
    pattern: /x-amzn-(?:ErrorType|query-error):[ \t]{0,4}([^\s:;,]{1,160})/dgi,
    read: (hit) => errorAt(hit, 1, 'header'),
  },
  {
    // Ruby SDK classes: Aws::CloudWatchLogs::Errors::ThrottlingException
    format: 'class-name',
    pattern: /Aws::\w{1,60}::Errors::(\w{1,120})/dg,
    read: (hit) => errorAt(hit, 1, 'class-name'),
  },
  {
    // A code that a wrapper quotes inside its own message: Lambda's "EC2 Error Code: RequestLimitExceeded".
    format: 'wrapped-code',
    pattern: /EC2 Error Code:[ \t]{0,4}([A-Za-z][\w.]{1,120}?)\.?(?=[\s,;)"]|$)/dg,
    read: (hit) => errorAt(hit, 1, 'wrapped-code'),
  },
  {
    // CloudFormation (registry resources): Resource handler returned message: "…" (RequestToken: …, HandlerErrorCode: X).
    // HandlerErrorCode is a category; the quoted message usually holds the service's own error.
    format: 'cloudformation',
    pattern: /Resource handler returned message: "([^\n]{0,4000}?)" \(RequestToken: [^,)\n]{0,80}, HandlerErrorCode: (\w{1,60})\)/dg,
    read: (hit) => errorAt(hit, 2, 'cloudformation', message(hit, 1)),
  },
  {
    // A raw HTTP response from AWS (its x-amz headers follow): the status line may be all there is.
    format: 'http',
    pattern: /HTTP\/[\d.]{1,3} (\d{3})(?: ([A-Za-z][A-Za-z ]{0,40}))?$/dgm,
    read: (hit, text) => {
      const end = hit.index + hit[0].length
      if (!/x-amz/i.test(text.slice(end, end + 2000))) return undefined
      // The whole response (headers and body, up to the next response) is this error's message, so
      // a code in the body is an inner error that decides.
      const next = text.slice(end, end + 4000).search(/\nHTTP\/[\d.]{1,3} \d{3}/)
      const responseEnd = next === -1 ? Math.min(text.length, end + 4000) : end + next
      const body = after(text, end, /"[Mm]essage"[ \t]{0,4}:[ \t]{0,4}"([^"\n]{1,2000})"/, responseEnd - end)
      return errorAt(hit, 1, 'http', { httpStatus: status(hit[1]), message: body?.value ?? hit[2], messageSpan: { start: end, end: responseEnd } })
    },
    refuses: 'no x-amz header follows the status line, so it is not a response from AWS',
  },
  {
    // The .NET SDK when S3 sent no body: Error making request with Error Code Forbidden and Http Status Code Forbidden
    format: 'dotnet',
    pattern: /Error making request with Error Code (\w{1,60}) and Http Status Code (\w{1,60})/dg,
    read: (hit) => errorAt(hit, 1, 'dotnet'),
  },
  {
    // `Code: message`, the shape of Go SDK v1, JavaScript and Python tracebacks, .NET and Java class
    // names, Terraform's wrapped messages. Whether Code is a code is decided later by its shape.
    format: 'class-name',
    // The message is read in a lookahead, so a later `Code:` on the same line is found too and the
    // innermost can decide (`Error creating IAM Role x: EntityAlreadyExists: Role with name x already exists.`).
    pattern: /(?<![\w$-]|operation error )([A-Z][A-Za-z0-9]{1,100}(?:\.[A-Za-z0-9]{1,60}){0,3}):[ \t]{1,4}(?=([^\n]{0,4000}))/dg,
    read: (hit, text) => {
      // A Java line with (Service: …) belongs to the Java pattern, which reads class and code together.
      if (hit[2]?.includes('(Service: ')) return undefined
      const end = hit.index + hit[0].length + (hit[2]?.length ?? 0)
      // Go SDK v1 puts status and request ID on the next line.
      const goV1 = /^\n?[ \t]{0,40}status code: (\d{3}), request id: ([^\s,]{0,120})/.exec(text.slice(end, end + 300))
      const error = errorAt(hit, 1, goV1 ? 'go-v1' : 'class-name', { httpStatus: status(goV1?.[1]), requestId: goV1?.[2] || undefined, ...message(hit, 2) })
      // A namespaced class (`DynamoDBv2.Model.ResourceNotFoundException`) is named by its last part;
      // a dotted code (`InvalidAMIID.NotFound`) is kept whole.
      const last = error?.code.split('.').at(-1)
      if (!error || !last || last === error.code || !/(?:Exception|Error|Fault)$/.test(last)) return error
      return { ...error, code: last, span: { start: error.span.end - last.length, end: error.span.end } }
    },
    refuses: 'a line with (Service: …) is read by the Java pattern, with its class and code together',
  },
]

/**
 * Read only when nothing else was found: a failure thrown from inside the JavaScript SDK's
 * credential providers (an IMDS timeout when nothing else had credentials).
 */
export const CLIENT_SIDE_FALLBACKS: { pattern: RegExp; code: string }[] = [{ pattern: /@aws-sdk\/credential-provider-[\w-]{1,40}\//g, code: 'NoCredentials' }]

/** Signatures of failures on the user's machine, before any request reached AWS. */
export const CLIENT_SIDE_SIGNATURES: { pattern: RegExp; code: string }[] = [
  { pattern: /Unable to locate credentials/g, code: 'NoCredentials' },
  { pattern: /Could not load credentials from any providers/g, code: 'CredentialsProviderError' },
  { pattern: /no valid providers in chain/g, code: 'NoCredentialProviders' },
  { pattern: /Unable to load (?:AWS )?credentials from any (?:of the )?providers? in the chain/g, code: 'NoCredentials' },
  { pattern: /No valid credential sources found/g, code: 'NoCredentials' },
  { pattern: /failed to retrieve credentials|no EC2 IMDS role found|failed to refresh cached credentials/g, code: 'NoCredentials' },
  {
    pattern: /Failed to resolve AWS credentials|Missing credentials in config|Unable to get IAM security credentials from EC2 Instance Metadata Service/g,
    code: 'NoCredentials',
  },
  { pattern: /Partial credentials found in/g, code: 'PartialCredentialsError' },
  {
    pattern: /The config profile \([^)\n]{1,200}\) could not be found|Profile [^\s]{1,200} could not be found|failed to get shared config profile/g,
    code: 'ProfileNotFound',
  },
  {
    pattern:
      /Token has expired and refresh failed|SSO session associated with this profile has expired|Error loading SSO Token|Token is expired\. To refresh this SSO session run/g,
    code: 'TokenRetrievalError',
  },
  {
    pattern: /Could not connect to the endpoint URL|getaddrinfo ENOTFOUND [\w.-]{0,200}amazonaws\.com|Inaccessible host: `?[\w.-]{0,200}amazonaws/g,
    code: 'EndpointConnectionError',
  },
  { pattern: /You must specify a region|Region is missing|an AWS region is required, but was not found|Missing region in config/g, code: 'NoRegion' },
]
