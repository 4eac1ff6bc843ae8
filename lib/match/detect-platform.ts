import { FORMATS } from './formats'
import type { NotAws } from './types'

/**
 * Other clouds copy AWS's error codes (Aliyun OSS and Huawei OBS answer `AccessDenied`,
 * `RequestTimeTooSkewed`, `NoSuchKey`), so a code alone does not make an AWS error. A paste that
 * names another platform and nothing of AWS is not ours to diagnose.
 */
const OTHER_PLATFORMS: { platform: string; pattern: RegExp }[] = [
  {
    platform: 'Microsoft Azure',
    pattern: /\b(?:azure|az (?:group|login|account|vm|storage|webapp)|Microsoft\.[A-Z]\w+\/|\.windows\.net|AuthorizationFailed|x-ms-request-id|live\.com#)/i,
  },
  { platform: 'Google Cloud', pattern: /\b(?:google\.api_core|googleapis\.com|gcloud |google\.cloud|GoogleCloud|gcp\b|on resource project )/i },
  { platform: 'Alibaba Cloud', pattern: /\b(?:aliyun|alicloud|alibaba-cloud|aliyuncs\.com|ossutil|oss2\.|oss: service returned error|error-center\.aliyun)/i },
  { platform: 'Huawei Cloud', pattern: /\b(?:huaweicloud|myhuaweicloud|ObsException|com\.obs\.|OBS servcie|OBS service)/i },
  { platform: 'Tencent Cloud', pattern: /\b(?:tencentcloud|myqcloud\.com|TencentCloudSDKException)/i },
]

// Signs that the paste does come from AWS, which outweigh a passing mention of another platform:
// each SDK's own markers (from its format's row), AWS hosts and ARNs, and Terraform's AWS provider.
const AWS_WORDS = [/amazonaws\.com/, /arn:aws[\w-]*:/, /aws_[a-z_]+\./, /terraform-provider-aws/]
const AWS_SIGNS = new RegExp([...Object.values(FORMATS).flatMap((f) => f.markers), ...AWS_WORDS].map((m) => m.source).join('|'))

export function detectOtherPlatform(text: string): NotAws | undefined {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text
  if (AWS_SIGNS.test(sample)) return undefined
  for (const { platform, pattern } of OTHER_PLATFORMS) {
    const hit = pattern.exec(sample)
    if (hit) return { platform, evidence: hit[0] }
  }
  return undefined
}
