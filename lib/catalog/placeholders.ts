/**
 * Placeholders a check's command may contain, written `<name>`. The paste page fills them from the
 * facts of a pasted error; on the guide page they stay as they are, for the reader to replace.
 * Keeping the list closed means a typo in a command fails the content check instead of silently
 * never being filled.
 */
export const PLACEHOLDERS = {
  'principal-arn': { description: 'ARN of the caller named in the error' },
  'role-name': { description: 'name of the IAM role' },
  'user-name': { description: 'name of the IAM user' },
  'account-id': { description: '12-digit AWS account ID' },
  action: { description: 'IAM action, such as s3:GetObject' },
  'resource-arn': { description: 'ARN of the resource named in the error' },
  region: { description: 'AWS Region code, such as eu-west-1' },
  service: { description: 'service prefix, such as s3' },
  operation: { description: 'API operation, such as GetObject' },
  'request-id': { description: 'request ID from the error' },
  'access-key-id': { description: 'access key ID (AKIA… or ASIA…)' },
  profile: { description: 'named profile from ~/.aws/config' },
  'policy-arn': { description: 'ARN of an IAM or Organizations policy' },
  'policy-id': { description: 'ID of an Organizations policy (p-…)' },
  'policy-name': { description: 'name of an inline policy' },
  'encoded-message': { description: 'encoded authorization failure message' },
  'authorization-id': { description: 'authorization ID from the error' },
  bucket: { description: 'S3 bucket name' },
  key: { description: 'S3 object key' },
  table: { description: 'DynamoDB table name' },
  'function-name': { description: 'Lambda function name' },
  'queue-url': { description: 'SQS queue URL' },
  'topic-arn': { description: 'SNS topic ARN' },
  'secret-id': { description: 'Secrets Manager secret name or ARN' },
  'key-id': { description: 'KMS key ID, ARN or alias' },
  'stack-name': { description: 'CloudFormation stack name' },
  'cluster-name': { description: 'ECS or EKS cluster name' },
  'instance-id': { description: 'EC2 instance ID' },
  'vpc-endpoint-id': { description: 'VPC endpoint ID (vpce-…)' },
  'parameter-name': { description: 'SSM parameter name' },
  'repository-name': { description: 'ECR repository name' },
  'start-time': { description: 'ISO 8601 time shortly before the error' },
} as const satisfies Record<string, { description: string }>

export type Placeholder = keyof typeof PLACEHOLDERS

/** A `<placeholder>` token as commands write it; the name is group 1. */
export const PLACEHOLDER_TOKEN = /<([a-z][a-z0-9-]*)>/g

/** Names of the `<placeholder>` tokens in a command, in order of first appearance. */
export function placeholdersIn(command: string): string[] {
  const names = [...command.matchAll(PLACEHOLDER_TOKEN)].map((m) => m[1] as string)
  return [...new Set(names)]
}

/**
 * Characters a value may hold to be put into a shell command a reader will copy and run: the
 * characters of identifiers and ARNs. A value with quotes, spaces, `$(…)` or a `#` (from a crafted
 * paste or shared link) never fills a placeholder, and a shared link carrying one is refused.
 */
export const SHELL_SAFE_CHARS = 'A-Za-z0-9_.:/@+=,*%-'
const SHELL_SAFE = new RegExp(`^[${SHELL_SAFE_CHARS}]+$`)

export function isShellSafe(value: string): boolean {
  return SHELL_SAFE.test(value)
}
