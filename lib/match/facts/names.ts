import type { Arn } from './arn'
import { earliest, earliestOf, isMaskedValue, trimTrailing, validated, type Sighting } from './pick'

/*
 * The names of the resources involved: bucket and key, table, function, queue, stack. Each is read
 * from the ARNs first (their resource part names it exactly), then from the phrases and CLI
 * arguments that carry it.
 */

const BUCKET_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{1,253}[A-Za-z0-9]$/

export function isBucketName(value: string): boolean {
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

const KEY_PATTERNS: readonly RegExp[] = [/<Key>([^<]{1,1024})<\/Key>/g, /\bKey['"]? ?: ?['"]([^'"]{1,1024})['"]/g, /--key[ =]["']?([^\s"']{1,1024})/g]

function acceptKey(value: string): string | undefined {
  const key = trimTrailing(value, /[.:]/)
  // `bucket/*` in a resource names every key, not the one that failed.
  return key === '' || key === '*' || isMaskedValue(key) ? undefined : key
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

export type Names = { bucket?: string; key?: string; table?: string; functionName?: string; queue?: string; stack?: string }
type Named = Names & { index: number }

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

function firstNamed(named: readonly Named[], key: keyof Names): Sighting | undefined {
  for (const entry of named) {
    const value = entry[key]
    if (value !== undefined) return { index: entry.index, value }
  }
  return undefined
}

/** The first s3:// URI's bucket and key. */
function s3Uri(text: string): Named[] {
  for (const match of text.matchAll(S3_URI)) {
    const [, bucket, key] = match
    if (bucket === undefined || !isBucketName(bucket)) continue
    const keyValue = key === undefined ? undefined : acceptKey(key)
    return [{ index: match.index, bucket, ...(keyValue !== undefined ? { key: keyValue } : {}) }]
  }
  return []
}

/**
 * Every resource name the text gives. For each, the earliest source wins among ARNs, phrases and
 * arguments; a bucket seen in an endpoint host (`hostBucket`) competes too.
 */
export function namesIn(text: string, arns: Arn[], hostBucket: Sighting | undefined): Names {
  const named = arns.map(namesInArn)
  const uris = s3Uri(text)
  const bucket = earliestOf(firstNamed(named, 'bucket'), firstNamed(uris, 'bucket'), hostBucket, earliest(text, BUCKET_PATTERNS, validated(BUCKET_NAME)))
  // The key that sits with the chosen bucket (same ARN or URI) belongs with it.
  const pairedKey = [...named, ...uris].find((entry) => entry.index === bucket?.index && entry.bucket === bucket.value)?.key
  return {
    bucket: bucket?.value,
    key: pairedKey ?? earliest(text, KEY_PATTERNS, acceptKey)?.value,
    table: earliestOf(firstNamed(named, 'table'), earliest(text, TABLE_PATTERNS, validated(TABLE_NAME)))?.value,
    functionName: earliestOf(firstNamed(named, 'functionName'), earliest(text, FUNCTION_PATTERNS, validated(FUNCTION_NAME)))?.value,
    queue: earliestOf(firstNamed(named, 'queue'), earliest(text, QUEUE_PATTERNS, validated(QUEUE_NAME)))?.value,
    stack: earliestOf(firstNamed(named, 'stack'), earliest(text, STACK_PATTERNS, validated(STACK_NAME)))?.value,
  }
}
