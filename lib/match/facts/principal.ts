import { arnAt, type Arn } from './arn'
import { earliest, firstMatch } from './pick'

/** An IAM action as messages print it: `s3:GetObject`, `iam:*`. */
export const ACTION = '[a-z0-9-]{1,40}:[A-Za-z*][A-Za-z0-9*]{0,127}'

const USER_PREFIX = /\bUser: ?/g
const CLOUDTRAIL_ARN = /"arn" ?: ?"/g

/** Who was refused: the ARN after `User:` in an "is not authorized" sentence, or a CloudTrail event's caller. */
export function findPrincipal(text: string): { arn?: Arn; anonymous: boolean } {
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

export function actionIn(text: string): string | undefined {
  return earliest(text, ACTION_PATTERNS)?.value
}

const ON_RESOURCE = /\bon resource: ?"?/g

/**
 * The resource refused: the `on resource:` clause decides when present, even when it names no ARN;
 * otherwise the first ARN that is neither the caller nor the policy.
 */
export function resourceOf(text: string, arns: Arn[], principal: Arn | undefined, policyArn: string | undefined): Arn | undefined {
  const onResource = firstMatch(text, ON_RESOURCE)
  if (onResource) return arnAt(text, onResource.index + onResource[0].length)
  return arns.find((arn) => arn.text !== principal?.text && arn.text !== policyArn)
}
