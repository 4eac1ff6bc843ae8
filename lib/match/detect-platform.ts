import { FORMATS } from './formats'
import type { NotAws } from './types'

type Platform = { platform: string; pattern: RegExp }

/**
 * Stores that speak S3's API and reuse its codes (`AccessDenied`, `SignatureDoesNotMatch`), often
 * through AWS's own SDKs: an endpoint, a client or a wording of theirs decides even where botocore
 * or the Java SDK printed the error, because the request went to them.
 */
const S3_COMPATIBLE: Platform[] = [
  { platform: 'MinIO', pattern: /\b(?:minio|MinIO|min\.io|x-minio-[\w-]{1,40})\b/i },
  { platform: 'Ceph (RADOS Gateway)', pattern: /\b(?:ceph|radosgw|rados gateway)\b/i },
  {
    platform: 'Cloudflare R2',
    pattern: /\br2\.cloudflarestorage\.com|\bCloudflare R2\b|SigV2 authorization is not supported\. Please use SigV4 instead/i,
  },
  { platform: 'Google Cloud Storage', pattern: /\bstorage\.googleapis\.com|\bgsutil\b|Google Cloud Storage|\bstorage\.(?:objects|buckets)\.[a-z]{3,12}\b/i },
  { platform: 'Alibaba Cloud OSS', pattern: /\baliyuncs\.com|\bossutil|\boss2\.|oss: service returned error|<RecommendDoc>https:\/\/api\.aliyun/i },
  { platform: 'Backblaze B2', pattern: /\bbackblazeb2\.com/i },
  { platform: 'Wasabi', pattern: /\bwasabisys\.com/i },
  { platform: 'DigitalOcean Spaces', pattern: /\bdigitaloceanspaces\.com/i },
  { platform: 'Linode Object Storage', pattern: /\blinodeobjects\.com/i },
  { platform: 'Scaleway Object Storage', pattern: /\bs3\.[a-z-]{2,20}\.scw\.cloud/i },
  { platform: 'IBM Cloud Object Storage', pattern: /\bcloud-object-storage\.appdomain\.cloud|\bobjectstorage\.softlayer\.net/i },
  { platform: 'Oracle Cloud Object Storage', pattern: /\bcompat\.objectstorage\.[a-z0-9-]{2,30}\.oraclecloud\.com/i },
]

/**
 * Other clouds copy AWS's error codes (Aliyun OSS and Huawei OBS answer `AccessDenied`,
 * `RequestTimeTooSkewed`, `NoSuchKey`), so a code alone does not make an AWS error. A paste that
 * names another platform and nothing of AWS is not ours to diagnose.
 */
const OTHER_PLATFORMS: Platform[] = [
  {
    platform: 'Microsoft Azure',
    pattern: /\b(?:azure|az (?:group|login|account|vm|storage|webapp)|Microsoft\.[A-Z]\w+\/|\.windows\.net|AuthorizationFailed|x-ms-request-id|live\.com#)/i,
  },
  {
    platform: 'Google Cloud',
    pattern:
      /\b(?:google\.api_core|googleapis\.com|gcloud |google\.cloud|GoogleCloud|Google Cloud|gcp\b|on resource project |[\w-]{1,60}\.iam\.gserviceaccount\.com)/i,
  },
  { platform: 'Alibaba Cloud', pattern: /\b(?:aliyun|alicloud|alibaba-cloud|error-center\.aliyun)/i },
  { platform: 'Huawei Cloud', pattern: /\b(?:huaweicloud|myhuaweicloud|ObsException|com\.obs\.|OBS servcie|OBS service)/i },
  { platform: 'Tencent Cloud', pattern: /\b(?:tencentcloud|myqcloud\.com|TencentCloudSDKException)/i },
]

// Signs that the paste does come from AWS, which outweigh a passing mention of another platform:
// each SDK's own markers (from its format's row), AWS hosts and ARNs, and Terraform's AWS provider.
const AWS_WORDS = [/amazonaws\.com/, /arn:aws[\w-]*:/, /aws_[a-z_]+\./, /terraform-provider-aws/]
const AWS_SIGNS = new RegExp([...Object.values(FORMATS).flatMap((f) => f.markers), ...AWS_WORDS].map((m) => m.source).join('|'))

/**
 * Marks AWS always leaves, whose absence betrays an imitation: every AWS response carries a request
 * ID, so an empty `RequestID: ,` (the Go SDK's wording) after a real status comes from a store that
 * only speaks the API; and S3's XML errors carry theirs in the body. A body without one is an
 * imitation only when its code is one AWS never sends (Cloudflare R2's `Unauthorized`): readers trim
 * real S3 bodies before they paste them.
 */
// A response did arrive (a real status, not the Go SDK's 0 for a request that never left) and carried no ID.
const EMPTY_REQUEST_ID = /StatusCode: [1-5]\d\d, RequestID: ?(?:""|,|\n)|["']RequestId["']: ?["']["']|<RequestId><\/RequestId>/
// An AWS host or ARN in the paste: a missing request ID was then more likely cut, or lost in a proxy, than imitated.
const AWS_PLACES = /amazonaws\.com|arn:aws[\w-]*:/

const XML_ERROR = /<Error>\s{0,20}<Code>([^<\n]{1,160})<\/Code>/
/** How far an S3 error body reaches, from its <Error> to its </Error>. */
const XML_ERROR_REACH = 4000
/** The Query APIs put the request ID after the error (`</Error></Errors><RequestID>`): this far past it still counts. */
const REQUEST_ID_REACH = 400

function missingAwsMarks(sample: string, isAwsCode: (code: string) => boolean): NotAws | undefined {
  if (AWS_PLACES.test(sample)) return undefined
  const empty = EMPTY_REQUEST_ID.exec(sample)
  if (empty) return { platform: 'an S3-compatible store or another service that imitates AWS', evidence: empty[0].trim(), s3Compatible: true }
  const xml = XML_ERROR.exec(sample)
  if (!xml || isAwsCode(xml[1]!.trim())) return undefined
  // The first body only, closed within reach: a scan by indexOf, not a lazy pattern, keeps this linear.
  const close = sample.indexOf('</Error>', xml.index)
  if (close === -1 || close - xml.index > XML_ERROR_REACH) return undefined
  if (/<RequestI[dD]>/.test(sample.slice(xml.index, close + REQUEST_ID_REACH))) return undefined
  return { platform: 'an S3-compatible store', evidence: `<Code>${xml[1]}</Code>, a code AWS does not send, in a body with no <RequestId>`, s3Compatible: true }
}

/** `isAwsCode`: whether AWS sends a code (a guide's or the registry's). */
export function detectOtherPlatform(text: string, isAwsCode: (code: string) => boolean = () => false): NotAws | undefined {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text
  for (const { platform, pattern } of S3_COMPATIBLE) {
    const hit = pattern.exec(sample)
    if (hit) return { platform, evidence: hit[0], s3Compatible: true }
  }
  const missing = missingAwsMarks(sample, isAwsCode)
  if (missing) return missing
  if (AWS_SIGNS.test(sample)) return undefined
  for (const { platform, pattern } of OTHER_PLATFORMS) {
    const hit = pattern.exec(sample)
    if (hit) return { platform, evidence: hit[0] }
  }
  return undefined
}
