/**
 * Pulls the facts of a failing AWS call (service, operation, status, request ID, principal, action,
 * resource, deny reason, names…) out of a cleaned paste.
 *
 * Pure TypeScript: it runs in the browser as well as in Node. Every regex is built from bounded
 * character classes or starts with a literal, so a paste of any size is read in linear time; there is
 * no `.*` followed by more pattern and no nested unbounded quantifier.
 */

import type { DenyReason, Facts, PolicyType } from './types'

// ---------------------------------------------------------------------------------------------------
// Shared building blocks

type Arn = {
  text: string
  index: number
  end: number
  service: string
  region: string
  account: string
  resource: string
}

type Candidate = { index: number; value: string }

const PARTITION = 'aws(?:-cn|-us-gov)?'
// People redact the region or account by hand (`<account id>`, `{region}`, `$ACCT`, `<>`), and those
// ARNs still name the service, the resource and often the region, so the fields accept placeholders.
const ARN_FIELD = '(?:<[^<>:]{0,40}>|\\{[^{}:\\s]{0,40}\\}|[^:\\s"\'<>{}]{0,40})'
// The three alternatives start with different characters, so the repetition cannot backtrack
// ambiguously. `</` is refused so an ARN inside an XML element stops at its closing tag.
const ARN_RESOURCE = '(?:[^\\s"\'<>{}()\\[\\],;\\\\|`]|<[^<>\\s/]{0,40}>|\\{[^{}\\s]{0,40}\\}){1,2048}'
const ARN_SOURCE = `arn:${PARTITION}:([a-z0-9-]{1,40}):(${ARN_FIELD}):(${ARN_FIELD}):(${ARN_RESOURCE})`
const ARN_ALL = new RegExp(ARN_SOURCE, 'g')
const ARN_STICKY = new RegExp(ARN_SOURCE, 'y')

// Hard wraps land inside ARNs too; a region split after its hyphen (`us-east-\n 1:…`) is the one
// break that can be repaired without guessing, because a region never ends in a hyphen.
const WRAPPED_ARN_REGION = new RegExp(
  `(arn:${PARTITION}:[a-z0-9-]{1,40}:(?:us-gov|us|eu|ap|sa|ca|me|af|il|mx|cn)-[a-z]{3,12}-) (?=\\d:)`,
  'g',
)

const ACTION = '[a-z0-9-]{1,40}:[A-Za-z*][A-Za-z0-9*]{0,127}'

const REGION_CODE = '(?:us-gov|us|eu|ap|sa|ca|me|af|il|mx|cn)-(?:north|south|east|west|central)(?:east|west)?-\\d'
const REGION_EXACT = new RegExp(`^${REGION_CODE}$`)

/** Canonical service names, keyed by a lower-cased id as SDKs, IAM actions, hosts and ARNs spell it. */
const SERVICE_NAMES: ReadonlyMap<string, string> = new Map([
  ['s3', 'S3'],
  ['dynamodb', 'DynamoDB'],
  ['dynamodbv2', 'DynamoDB'],
  ['kms', 'KMS'],
  ['iam', 'IAM'],
  ['identitymanagement', 'IAM'],
  ['sts', 'STS'],
  ['securitytokenservice', 'STS'],
  ['ec2', 'EC2'],
  ['lambda', 'Lambda'],
  ['lambdainternal', 'Lambda'],
  ['ssm', 'SSM'],
  ['simplesystemsmanagement', 'SSM'],
  ['sqs', 'SQS'],
  ['queue', 'SQS'],
  ['sns', 'SNS'],
  ['secretsmanager', 'SecretsManager'],
  ['logs', 'CloudWatchLogs'],
  ['cloudwatchlogs', 'CloudWatchLogs'],
  ['ecr', 'ECR'],
  ['ecs', 'ECS'],
  ['eks', 'EKS'],
  ['cloudformation', 'CloudFormation'],
  ['cloudwatch', 'CloudWatch'],
  ['monitoring', 'CloudWatch'],
  ['autoscaling', 'AutoScaling'],
])

function knownService(id: string): string | undefined {
  return SERVICE_NAMES.get(id.toLowerCase())
}

/** Java prints `Amazon S3`, `AWSLambdaInternal`, `DynamoDb`; Go prints `Secrets Manager`. One name each. */
function normaliseServiceName(raw: string): string {
  const compact = raw.replace(/\s+/g, '')
  const stripped = compact.replace(/^(?:Amazon|AWS)(?=.)/, '')
  return knownService(stripped) ?? knownService(compact) ?? stripped
}

function isRegion(value: string): boolean {
  // Upper case is how some services print it (`region US-EAST-1`); mixed case is not a region.
  if (value !== value.toLowerCase() && value !== value.toUpperCase()) return false
  return REGION_EXACT.test(value.toLowerCase())
}

function parseArn(match: RegExpExecArray): Arn | undefined {
  const [whole, service, region, account, resource] = match
  if (service === undefined || region === undefined || account === undefined || resource === undefined) return undefined
  // Sentence punctuation after an ARN belongs to the sentence, not to the resource.
  let cut = 0
  while (cut < resource.length && /[.:]/.test(resource.charAt(resource.length - 1 - cut))) cut++
  if (cut === resource.length) return undefined
  return {
    text: whole.slice(0, whole.length - cut),
    index: match.index,
    end: match.index + whole.length - cut,
    service,
    region,
    account,
    resource: resource.slice(0, resource.length - cut),
  }
}

function arnAt(text: string, position: number): Arn | undefined {
  ARN_STICKY.lastIndex = position
  const match = ARN_STICKY.exec(text)
  return match ? parseArn(match) : undefined
}

/**
 * The earliest acceptable capture across a table of patterns. `accept` may veto or reshape a value;
 * a vetoed match lets the same pattern keep looking further on.
 */
function earliest(
  text: string,
  patterns: readonly RegExp[],
  accept: (value: string, match: RegExpExecArray) => string | undefined = (value) => value,
): Candidate | undefined {
  let best: Candidate | undefined
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      if (best && match.index >= best.index) break
      const raw = match[1]
      if (raw === undefined) continue
      const value = accept(raw, match)
      if (value === undefined) continue
      best = { index: match.index, value }
      break
    }
  }
  return best
}

function first(...candidates: (Candidate | undefined)[]): Candidate | undefined {
  let best: Candidate | undefined
  for (const candidate of candidates) {
    if (candidate && (!best || candidate.index < best.index)) best = candidate
  }
  return best
}

// Masked or example values tell the reader nothing and must not be shown back as if they were real.
const PLACEHOLDER_WORD = /^(?:null|nil|none|undefined|unknown|n\/a|example|redacted|placeholder)$/i

function isPlaceholder(value: string): boolean {
  return value === '' || PLACEHOLDER_WORD.test(value) || /^[xX*#.?-]+$/.test(value) || /x{4}/i.test(value)
}

function trimTrailing(value: string, chars: RegExp): string {
  let end = value.length
  while (end > 0 && chars.test(value.charAt(end - 1))) end--
  return value.slice(0, end)
}

// ---------------------------------------------------------------------------------------------------
// Secrets

const ACCESS_KEY_ID = /(?:^|[^A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/
const SECRET_SHAPE = /^[A-Za-z0-9/+]{40}$/

function looksSecret(value: string): boolean {
  if (ACCESS_KEY_ID.test(value)) return true
  // A secret access key is 40 base64 characters in mixed case; requiring both cases spares
  // lower-case names (buckets, tables) that happen to be 40 long.
  return SECRET_SHAPE.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value)
}

// ---------------------------------------------------------------------------------------------------
// Service and operation

const GO_OPERATION = /operation error ([A-Za-z0-9][\w .-]{0,40}?): (\w{1,100})/g
const JAVA_SERVICE = /\(Service: ([A-Za-z0-9][A-Za-z0-9 .-]{0,60}?)[;,)]/g

const OPERATION_PATTERNS: readonly RegExp[] = [
  /when calling the (\w{1,100}) operation/g,
  /operation error [A-Za-z0-9][\w .-]{0,40}?: (\w{1,100})/g,
  /"eventName" ?: ?"(\w{1,100})"/g,
  // Old Terraform providers: `error calling sts:GetCallerIdentity`.
  /\berror calling [a-z0-9-]{1,40}:(\w{1,100})/g,
]

// ---------------------------------------------------------------------------------------------------
// Status and request ID

const STATUS_PATTERNS: readonly RegExp[] = [
  // Status Code: 403 / StatusCode: 403 / status code: 403 / "statusCode":403 / httpStatusCode: 403 /
  // 'HTTPStatusCode': 403.
  /(?:http)?status ?code['"]? ?[:=] ?['"]?(\d{3})(?!\d)/gi,
  /\bHTTP\/\d(?:\.\d)? (\d{3})(?!\d)/g,
  // HEAD calls have no body, so the CLI prints the status where the code would be.
  /An error occurred \((\d{3})\)/g,
]

function acceptStatus(value: string): string | undefined {
  const status = Number(value)
  return status >= 100 && status <= 599 ? value : undefined
}

const REQUEST_ID_PATTERNS: readonly RegExp[] = [
  // Request ID: / RequestID: / request id: / requestId: '…' / "RequestId": "…" / <RequestId>…< /
  // x-amzn-RequestId: / x-amz-request-id: / 'RequestId': '…' / "aws_request_id": "…".
  /\b(?:aws_)?request[ _-]?id(?:['"]? ?[:=] ?['"]?|>)([A-Za-z0-9][A-Za-z0-9-]{0,127})/gi,
]

function acceptRequestId(text: string) {
  return (value: string, match: RegExpExecArray): string | undefined => {
    const before = text.slice(Math.max(0, match.index - 9), match.index)
    // S3's extended ID is a different value; Lambda's START/END/REPORT lines carry the invocation's
    // ID, not the ID of the AWS call that failed.
    if (/extended $/i.test(before) || /(?:START|END|REPORT) $/.test(before)) return undefined
    if (value.length < 8 || isPlaceholder(value)) return undefined
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 3)
    if (after === '...' || after.startsWith('…')) return undefined
    return value
  }
}

// ---------------------------------------------------------------------------------------------------
// Principal, action, resource

const USER_PREFIX = /\bUser: ?/g
const CLOUDTRAIL_ARN = /"arn" ?: ?"/g

function findPrincipal(text: string): { arn?: Arn; anonymous: boolean } {
  for (const match of text.matchAll(USER_PREFIX)) {
    const at = match.index + match[0].length
    if (text.startsWith('anonymous is not authorized', at)) return { anonymous: true }
    const arn = arnAt(text, at)
    if (!arn || (arn.service !== 'iam' && arn.service !== 'sts')) continue
    if (text.startsWith(' is not authorized', arn.end)) return { arn, anonymous: false }
  }
  for (const match of text.matchAll(CLOUDTRAIL_ARN)) {
    const arn = arnAt(text, match.index + match[0].length)
    if (arn && (arn.service === 'iam' || arn.service === 'sts')) return { arn, anonymous: false }
  }
  return { anonymous: false }
}

const ACTION_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\b[Pp]erform:? (${ACTION})`, 'g'),
  // CloudFormation legacy providers: `API: ec2:CreateSecurityGroup You are not authorized…`.
  new RegExp(`\\bAPI: (${ACTION})`, 'g'),
  new RegExp(`\\bcall(?:ing)? (${ACTION})`, 'g'),
]

const ON_RESOURCE = /\bon resource: ?"?/g

// ---------------------------------------------------------------------------------------------------
// Deny reason and its tails

const IMPLICIT_DENY = new RegExp(
  '\\bbecause no (identity-based polic(?:y|ies)|resource-based polic(?:y|ies)|permissions boundar(?:y|ies)|' +
    'session polic(?:y|ies)|service control polic(?:y|ies)|resource control polic(?:y|ies)|' +
    `VPC endpoint polic(?:y|ies)) allows? the ${ACTION} action`,
  'gi',
)
const EXPLICIT_DENY = new RegExp(
  '\\bwith an explicit deny in (?:a|an|the) (identity-based policy|resource-based policy|permissions boundary|' +
    'sessions? policy|service control policy|resource control policy|VPC endpoint policy|role trust policy)' +
    '(?: transitively through (?:a|an) (service control|resource control) policy)?',
  'gi',
)
// The IAM guide's implicit trust example reads "because the role trust policy allows the … action" (sic).
const TRUST_DENY = new RegExp(
  `\\bbecause the role trust policy (?:allows|does not allow|doesn't allow) the ${ACTION} action`,
  'gi',
)
// Older services and formats state the deny without naming the policy type.
const BARE_EXPLICIT_DENY = /\bwith an explicit deny\b/gi

function policyTypeOf(name: string): PolicyType | undefined {
  const lower = name.toLowerCase()
  if (lower.startsWith('identity')) return 'identity-based'
  if (lower.startsWith('resource-based')) return 'resource-based'
  if (lower.startsWith('permissions')) return 'permissions-boundary'
  if (lower.startsWith('session')) return 'session'
  if (lower.startsWith('service control')) return 'service-control'
  if (lower.startsWith('resource control')) return 'resource-control'
  if (lower.startsWith('vpc')) return 'vpc-endpoint'
  if (lower.startsWith('role trust')) return 'trust'
  return undefined
}

function firstMatch(text: string, pattern: RegExp): RegExpExecArray | undefined {
  for (const match of text.matchAll(pattern)) return match
  return undefined
}

function findDeny(text: string): { reason: DenyReason; end: number } | undefined {
  const found: { reason: DenyReason; index: number; end: number }[] = []
  const implicit = firstMatch(text, IMPLICIT_DENY)
  if (implicit?.[1] !== undefined) {
    const policyType = policyTypeOf(implicit[1])
    found.push({
      reason: { kind: 'implicit', ...(policyType ? { policyType } : {}), text: implicit[0] },
      index: implicit.index,
      end: implicit.index + implicit[0].length,
    })
  }
  const explicit = firstMatch(text, EXPLICIT_DENY)
  if (explicit?.[1] !== undefined) {
    // A VPC endpoint denial reached "transitively through" an organization policy is fixed in that
    // organization policy, so that is the type worth reporting.
    const policyType = policyTypeOf(explicit[2] ?? explicit[1])
    found.push({
      reason: { kind: 'explicit', ...(policyType ? { policyType } : {}), text: explicit[0] },
      index: explicit.index,
      end: explicit.index + explicit[0].length,
    })
  }
  const trust = firstMatch(text, TRUST_DENY)
  if (trust) {
    found.push({
      reason: { kind: 'implicit', policyType: 'trust', text: trust[0] },
      index: trust.index,
      end: trust.index + trust[0].length,
    })
  }
  const bare = firstMatch(text, BARE_EXPLICIT_DENY)
  if (bare) {
    found.push({
      reason: { kind: 'explicit', text: bare[0] },
      index: bare.index,
      end: bare.index + bare[0].length,
    })
  }
  // Typed clauses are pushed before the bare one, so at equal positions the more specific one wins.
  let best: (typeof found)[number] | undefined
  for (const entry of found) if (!best || entry.index < best.index) best = entry
  return best ? { reason: best.reason, end: best.end } : undefined
}

function policyArnAfter(text: string, end: number): string | undefined {
  if (text.charAt(end) !== ':') return undefined
  const arn = arnAt(text, text.charAt(end + 1) === ' ' ? end + 2 : end + 1)
  if (!arn || (arn.service !== 'iam' && arn.service !== 'organizations')) return undefined
  return arn.text
}

const ENCODED_MESSAGE = /\bEncoded authorization failure message: ?([A-Za-z0-9_-]{20,16384})/gi

function acceptEncoded(text: string) {
  return (value: string, match: RegExpExecArray): string | undefined => {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 3)
    // A blob cut short with "..." cannot be decoded, so it is no use to the reader.
    return after === '...' || after.startsWith('…') ? undefined : value
  }
}

const AUTHORIZATION_ID_PATTERNS: readonly RegExp[] = [
  /\bauthorization id: ?([A-Za-z0-9-]{6,128})/gi,
  /\/authorization-details\/([A-Za-z0-9-]{6,128})/g,
]

// ---------------------------------------------------------------------------------------------------
// Endpoints

type Host = { index: number; service?: string; region?: string; bucket?: string }

const HOST_SUFFIX = '.amazonaws.com'
const HOST_CHAR = /[a-z0-9.-]/

/**
 * Reads `<svc>.<region>.amazonaws.com`, `<bucket>.s3.<region>.amazonaws.com`,
 * `<bucket>.s3-<region>.amazonaws.com` and `<region>.queue.amazonaws.com`. Found by `indexOf` and a
 * bounded scan backwards, so a long run of host characters is not rescanned from every position.
 */
function* hosts(text: string): Generator<Host> {
  let from = 0
  let floor = 0
  for (;;) {
    const at = text.indexOf(HOST_SUFFIX, from)
    if (at < 0) return
    let start = at
    while (start > Math.max(floor, at - 255) && HOST_CHAR.test(text.charAt(start - 1))) start--
    from = at + HOST_SUFFIX.length
    floor = from
    const labels = text.slice(start, at).replace(/^[.-]+/, '').split('.').filter((label) => label !== '')
    if (labels.length === 0) continue
    yield { index: start, ...readHost(labels) }
  }
}

function readHost(labels: string[]): Omit<Host, 'index'> {
  const regionAt = labels.findIndex(
    (label) => isRegion(label) || (label.startsWith('s3-') && isRegion(label.replace(/^s3-(?:website-)?/, ''))),
  )
  let serviceAt: number
  let region: string | undefined
  if (regionAt < 0) {
    serviceAt = labels.length - 1
  } else {
    const label = labels[regionAt] ?? ''
    if (label.startsWith('s3-')) {
      region = label.replace(/^s3-(?:website-)?/, '')
      serviceAt = regionAt
    } else {
      region = label
      serviceAt = regionAt - 1
      if (labels[serviceAt] === 'dualstack') serviceAt--
      // Legacy SQS hosts put the region first: `us-east-2.queue.amazonaws.com`.
      if (serviceAt < 0) serviceAt = regionAt + 1
    }
  }
  const serviceLabel = labels[serviceAt]
  const service = serviceLabel === undefined ? undefined : serviceLabel.startsWith('s3-') ? 's3' : serviceLabel.replace(/-fips$/, '')
  let bucket: string | undefined
  if (service === 's3' && serviceAt > 0) {
    const before = labels.slice(0, serviceAt)
    // PrivateLink hosts put the endpoint ID between the bucket and `s3`.
    const vpce = before.findIndex((label) => label.startsWith('vpce-'))
    const name = (vpce < 0 ? before : before.slice(0, vpce)).join('.')
    if (isBucketName(name)) bucket = name
  }
  return {
    ...(service !== undefined ? { service } : {}),
    ...(region !== undefined ? { region } : {}),
    ...(bucket !== undefined ? { bucket } : {}),
  }
}

// ---------------------------------------------------------------------------------------------------
// Account, region

const ACCOUNT_PATTERNS: readonly RegExp[] = [
  /\baccount(?:[ _-]?id)?['"]? ?[:=]? ?['"]?(\d{12})(?!\d)/gi,
  // ECR: `does not exist in the registry with id '123456789012'`.
  /\bregistry with id '(\d{12})'/g,
]

const REGION_IN_TEXT = new RegExp(`(?:^|[^A-Za-z0-9])(${REGION_CODE})[a-z]?(?![A-Za-z0-9])`, 'gi')
// The Access Troubleshooter link always points at the IAM console in us-east-1; that is not where
// the call failed.
const CONSOLE_URL = /https?:\/\/[a-z0-9.-]{0,80}console\.aws\.amazon\.com[^\s]{0,2048}/gi

// ---------------------------------------------------------------------------------------------------
// Names

const BUCKET_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{1,253}[A-Za-z0-9]$/

function isBucketName(value: string): boolean {
  return BUCKET_NAME.test(value)
}

const BUCKET_PATTERNS: readonly RegExp[] = [
  /<BucketName>([^<]{1,255})<\/BucketName>/g,
  /\bBucketName['"]? ?[:=] ?['"]?([A-Za-z0-9._-]{3,255})/g,
  // Terraform: `in S3 bucket "my-bucket"`, `S3 Bucket (my-bucket)`.
  /\bbucket:? ["']([^"'\s]{1,255})["']/gi,
  /\bS3 bucket \(([^)\s]{1,255})\)/gi,
  /--bucket[ =]["']?([A-Za-z0-9._-]{3,255})/g,
]

const S3_URI = /\bs3:\/\/([A-Za-z0-9._-]{3,255})(?:\/([^\s"'<>()[\],;]{1,1024}))?/g

const KEY_PATTERNS: readonly RegExp[] = [
  /<Key>([^<]{1,1024})<\/Key>/g,
  /\bKey['"]? ?: ?['"]([^'"]{1,1024})['"]/g,
  /--key[ =]["']?([^\s"']{1,1024})/g,
]

function acceptKey(value: string): string | undefined {
  const key = trimTrailing(value, /[.:]/)
  // `bucket/*` in a resource names every key, not the one that failed.
  return key === '' || key === '*' || isPlaceholder(key) ? undefined : key
}

const TABLE_NAME = /^[A-Za-z0-9_.-]{3,255}$/
const TABLE_PATTERNS: readonly RegExp[] = [
  /\bTable: ([A-Za-z0-9_.-]{3,255}) not found/g,
  /\bDynamoDB table:? ["']([A-Za-z0-9_.-]{3,255})["']/gi,
  /--table-name[ =]["']?([A-Za-z0-9_.-]{3,255})/g,
]

const FUNCTION_NAME = /^[A-Za-z0-9_-]{1,140}$/
const FUNCTION_PATTERNS: readonly RegExp[] = [/--function-name[ =]["']?([A-Za-z0-9_-]{1,140})(?![A-Za-z0-9_:-])/g]

const QUEUE_NAME = /^[A-Za-z0-9_-]{1,80}(?:\.fifo)?$/
const QUEUE_PATTERNS: readonly RegExp[] = [
  // https://sqs.<region>.amazonaws.com/<account>/<name>, and the legacy queue.amazonaws.com hosts.
  /https?:\/\/(?:sqs\.[a-z0-9-]{1,30}\.amazonaws\.com(?:\.cn)?|(?:[a-z0-9-]{1,30}\.)?queue\.amazonaws\.com)\/[^/\s]{1,40}\/([A-Za-z0-9_-]{1,80}(?:\.fifo)?)(?![A-Za-z0-9_.-])/g,
  /--queue-name[ =]["']?([A-Za-z0-9_-]{1,80}(?:\.fifo)?)/g,
]

const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/
const STACK_PATTERNS: readonly RegExp[] = [
  /\bStack with id ([A-Za-z][A-Za-z0-9-]{0,127}) does not exist/g,
  /\bStack \[([A-Za-z][A-Za-z0-9-]{0,127})\]/gi,
  /\bThe stack named ([A-Za-z][A-Za-z0-9-]{0,127})(?![A-Za-z0-9-])/g,
  /--stack-name[ =]["']?([A-Za-z][A-Za-z0-9-]{0,127})(?![A-Za-z0-9-])/g,
]

type Named = { index: number; bucket?: string; key?: string; table?: string; functionName?: string; queue?: string; stack?: string }

/** Names carried by an ARN's resource part, by service. */
function namesInArn(arn: Arn): Named {
  const named: Named = { index: arn.index }
  const resource = arn.resource
  switch (arn.service) {
    case 's3': {
      // Bucket ARNs have no region or account; access point and job ARNs do and name no bucket.
      if (arn.region !== '' || arn.account !== '') break
      const slash = resource.indexOf('/')
      const bucket = slash < 0 ? resource : resource.slice(0, slash)
      if (!isBucketName(bucket)) break
      named.bucket = bucket
      const key = slash < 0 ? undefined : acceptKey(resource.slice(slash + 1))
      if (key !== undefined) named.key = key
      break
    }
    case 'dynamodb': {
      const table = /^table\/([^/]{1,255})/.exec(resource)?.[1]
      if (table !== undefined && TABLE_NAME.test(table)) named.table = table
      break
    }
    case 'lambda': {
      // `function:name:qualifier`; the qualifier (version or alias) is not part of the name.
      const name = /^function:([^:]{1,140})/.exec(resource)?.[1]
      if (name !== undefined && FUNCTION_NAME.test(name)) named.functionName = name
      break
    }
    case 'sqs':
      if (QUEUE_NAME.test(resource)) named.queue = resource
      break
    case 'cloudformation': {
      const stack = /^stack\/([^/]{1,128})(?:\/|$)/.exec(resource)?.[1]
      if (stack !== undefined && STACK_NAME.test(stack)) named.stack = stack
      break
    }
  }
  return named
}

function firstNamed<K extends keyof Omit<Named, 'index'>>(named: readonly Named[], key: K): Candidate | undefined {
  for (const entry of named) {
    const value = entry[key]
    if (value !== undefined) return { index: entry.index, value }
  }
  return undefined
}

function validated(pattern: RegExp) {
  return (value: string): string | undefined => (pattern.test(value) && !isPlaceholder(value) ? value : undefined)
}

// ---------------------------------------------------------------------------------------------------

export function extractFacts(text: string): Facts {
  // Pasted errors are hard-wrapped mid-sentence; one space for every whitespace run lets each phrase
  // be matched with single spaces. Values never contain whitespace, so none is lost.
  const flat = text.replace(/\s+/g, ' ').replace(WRAPPED_ARN_REGION, '$1')
  const arns: Arn[] = []
  for (const match of flat.matchAll(ARN_ALL)) {
    const arn = parseArn(match)
    if (arn) arns.push(arn)
  }

  const facts: Facts = {}

  const principal = findPrincipal(flat)
  const principalArn = principal.arn

  const action = earliest(flat, ACTION_PATTERNS)?.value

  const deny = findDeny(flat)
  const policyArn = deny ? policyArnAfter(flat, deny.end) : undefined

  // Resource: the `on resource:` clause decides when present, even when it names no ARN.
  let resourceArn: Arn | undefined
  const onResource = firstMatch(flat, ON_RESOURCE)
  if (onResource) {
    resourceArn = arnAt(flat, onResource.index + onResource[0].length)
  } else {
    resourceArn = arns.find((arn) => arn.text !== principalArn?.text && arn.text !== policyArn)
  }

  const sdkService = first(
    earliest(flat, [GO_OPERATION], (value) => normaliseServiceName(value)),
    earliest(flat, [JAVA_SERVICE], (value) => normaliseServiceName(value)),
  )?.value
  const actionService = action === undefined ? undefined : knownService(action.slice(0, action.indexOf(':')))
  let hostService: string | undefined
  let hostRegion: string | undefined
  let hostBucket: Candidate | undefined
  for (const host of hosts(flat)) {
    if (hostService === undefined && host.service !== undefined) hostService = knownService(host.service)
    if (hostRegion === undefined && host.region !== undefined) hostRegion = host.region.toLowerCase()
    if (hostBucket === undefined && host.bucket !== undefined) hostBucket = { index: host.index, value: host.bucket }
    if (hostService !== undefined && hostRegion !== undefined && hostBucket !== undefined) break
  }
  const arnService = resourceArn ? knownService(resourceArn.service) ?? resourceArn.service : undefined
  const service = sdkService ?? actionService ?? hostService ?? arnService

  const arnRegion = [resourceArn, principalArn, ...arns].find((arn) => arn !== undefined && isRegion(arn.region))?.region
  let region = arnRegion?.toLowerCase() ?? hostRegion
  if (region === undefined) {
    const outsideConsole = flat.replace(CONSOLE_URL, ' ')
    region = earliest(outsideConsole, [REGION_IN_TEXT], (value) => (isRegion(value) ? value.toLowerCase() : undefined))?.value
  }

  const twelve = (arn: Arn | undefined) => (arn && /^\d{12}$/.test(arn.account) ? arn.account : undefined)
  const accountId =
    twelve(principalArn) ??
    twelve(resourceArn) ??
    arns.map(twelve).find((account) => account !== undefined) ??
    earliest(flat, ACCOUNT_PATTERNS)?.value

  const named = arns.map(namesInArn)
  const uris: Named[] = []
  for (const match of flat.matchAll(S3_URI)) {
    const [, bucket, key] = match
    if (bucket === undefined || !isBucketName(bucket)) continue
    const keyValue = key === undefined ? undefined : acceptKey(key)
    uris.push({ index: match.index, bucket, ...(keyValue !== undefined ? { key: keyValue } : {}) })
    break
  }
  const bucketSource = first(
    firstNamed(named, 'bucket'),
    firstNamed(uris, 'bucket'),
    hostBucket,
    earliest(flat, BUCKET_PATTERNS, validated(BUCKET_NAME)),
  )
  // The key that sits with the chosen bucket (same ARN or URI) belongs with it.
  const pairedKey = [...named, ...uris].find((entry) => entry.index === bucketSource?.index && entry.bucket === bucketSource.value)?.key
  const key = pairedKey ?? earliest(flat, KEY_PATTERNS, acceptKey)?.value
  const table = first(firstNamed(named, 'table'), earliest(flat, TABLE_PATTERNS, validated(TABLE_NAME)))?.value
  const functionName = first(firstNamed(named, 'functionName'), earliest(flat, FUNCTION_PATTERNS, validated(FUNCTION_NAME)))?.value
  const queue = first(firstNamed(named, 'queue'), earliest(flat, QUEUE_PATTERNS, validated(QUEUE_NAME)))?.value
  const stack = first(firstNamed(named, 'stack'), earliest(flat, STACK_PATTERNS, validated(STACK_NAME)))?.value

  const found: Omit<Facts, 'denyReason' | 'httpStatus' | 'accessKeyKind'> = {
    service,
    operation: earliest(flat, OPERATION_PATTERNS)?.value,
    requestId: earliest(flat, REQUEST_ID_PATTERNS, acceptRequestId(flat))?.value,
    principalArn: principal.anonymous ? undefined : principalArn?.text,
    accountId,
    action,
    resourceArn: resourceArn?.text,
    region,
    policyArn,
    encodedMessage: earliest(flat, [ENCODED_MESSAGE], acceptEncoded(flat))?.value,
    authorizationId: earliest(flat, AUTHORIZATION_ID_PATTERNS, (value) => (isPlaceholder(value) ? undefined : value))?.value,
    bucket: bucketSource?.value,
    key,
    table,
    functionName,
    queue,
    stack,
  }
  for (const [name, value] of Object.entries(found) as [keyof typeof found, string | undefined][]) {
    if (value !== undefined && value !== '' && !looksSecret(value)) facts[name] = value
  }

  const status = earliest(flat, STATUS_PATTERNS, acceptStatus)?.value
  if (status !== undefined) facts.httpStatus = Number(status)
  if (deny) facts.denyReason = deny.reason
  return facts
}
