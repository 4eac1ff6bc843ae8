/**
 * Placeholders a check's command may contain, written `<name>`. The paste page fills them from the
 * facts of a pasted error; on the guide page they stay as they are, for the reader to replace.
 * Keeping the list closed means a typo in a command fails the content check instead of silently
 * never being filled.
 */
export const PLACEHOLDERS = {
  'principal-arn': 'ARN of the caller named in the error',
  'role-name': 'name of the IAM role',
  'user-name': 'name of the IAM user',
  'account-id': '12-digit AWS account ID',
  action: 'IAM action, such as s3:GetObject',
  'resource-arn': 'ARN of the resource named in the error',
  region: 'AWS Region code, such as eu-west-1',
  service: 'service prefix, such as s3',
  operation: 'API operation, such as GetObject',
  'request-id': 'request ID from the error',
  'access-key-id': 'access key ID (AKIA… or ASIA…)',
  profile: 'named profile from ~/.aws/config',
  'policy-arn': 'ARN of an IAM or Organizations policy',
  'policy-id': 'ID of an Organizations policy (p-…)',
  'policy-name': 'name of an inline policy',
  'encoded-message': 'encoded authorization failure message',
  'authorization-id': 'authorization ID from the error',
  bucket: 'S3 bucket name',
  key: 'S3 object key',
  table: 'DynamoDB table name',
  'function-name': 'Lambda function name',
  'queue-url': 'SQS queue URL',
  'topic-arn': 'SNS topic ARN',
  'secret-id': 'Secrets Manager secret name or ARN',
  'key-id': 'KMS key ID, ARN or alias',
  'stack-name': 'CloudFormation stack name',
  'cluster-name': 'ECS or EKS cluster name',
  'instance-id': 'EC2 instance ID',
  'vpc-endpoint-id': 'VPC endpoint ID (vpce-…)',
  'parameter-name': 'SSM parameter name',
  'repository-name': 'ECR repository name',
  'start-time': 'ISO 8601 time shortly before the error',
} as const satisfies Record<string, string>

export type Placeholder = keyof typeof PLACEHOLDERS

/** Names of the `<placeholder>` tokens in a command, in order of first appearance. */
export function placeholdersIn(command: string): string[] {
  const names = [...command.matchAll(/<([a-z][a-z0-9-]*)>/g)].map((m) => m[1] as string)
  return [...new Set(names)]
}
