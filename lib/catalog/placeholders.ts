/**
 * Placeholders a check's command may contain, written `<name>`. The paste page fills them from the
 * facts of a pasted error; on the guide page they stay as they are, for the reader to replace.
 * Keeping the list closed means a typo in a command fails the content check instead of silently
 * never being filled.
 */
// Each placeholder names the kind of value it takes (`accepts`, anchored). A value of another kind
// is never filled, however it reached the filler (a paste, a crafted share link): the placeholder
// stays, with its description, for the reader. The patterns hold no quotes, spaces, `$`, backticks
// or backslashes, so a value can always be quoted; no leading `-` (an option), no `://` (the CLI
// reads file:// and, in v1, fetches http(s):// values) and no bare glob are checked for all kinds
// in lib/diagnosis/fill-placeholders.ts.
const NAME = /^[\w+=,.@-]{1,128}$/
const ARN_TAIL = String.raw`[\w+=,.@:/*-]{1,1600}`
const IAM = String.raw`arn:aws[a-z-]{0,20}:iam::\d{12}`
export const PLACEHOLDERS = {
  'principal-arn': {
    description: 'ARN of the IAM user or role that made the call',
    accepts: new RegExp(String.raw`^${IAM}:(?:user|role)/[\w+=,.@/-]{1,512}$`),
  },
  'role-arn': { description: 'ARN of the IAM role (arn:aws:iam::ACCOUNT:role/NAME)', accepts: new RegExp(String.raw`^${IAM}:role/[\w+=,.@/-]{1,512}$`) },
  'role-name': { description: 'name of the IAM role', accepts: NAME },
  'user-name': { description: 'name of the IAM user', accepts: NAME },
  'account-id': { description: '12-digit AWS account ID', accepts: /^\d{12}$/ },
  action: { description: 'IAM action, such as s3:GetObject', accepts: /^[a-z0-9-]{1,40}:[A-Za-z0-9]{1,128}$/ },
  'resource-arn': {
    description: 'ARN of the resource named in the error',
    accepts: new RegExp(String.raw`^arn:aws[a-z-]{0,20}:[a-z0-9-]{1,40}:[a-z0-9-]{0,30}:(?:\d{12}|aws)?:${ARN_TAIL}$`),
  },
  region: { description: 'AWS Region code, such as eu-west-1', accepts: /^[a-z]{2}(?:-[a-z]{1,12}){1,3}-\d{1,2}$/ },
  service: { description: 'service prefix, such as s3', accepts: /^[a-z0-9-]{1,40}$/ },
  'cli-service': { description: 'AWS CLI command for the service, such as s3api or cloudformation', accepts: /^[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){0,5}$/ },
  operation: { description: 'API operation, such as GetObject', accepts: /^[A-Z][A-Za-z0-9]{1,127}$/ },
  'cli-operation': { description: 'AWS CLI command for the operation, such as get-object', accepts: /^[a-z0-9]{1,60}(?:-[a-z0-9]{1,60}){0,10}$/ },
  'request-id': { description: 'request ID from the error', accepts: /^[A-Za-z0-9][\w+=/-]{3,200}$/ },
  'access-key-id': { description: 'access key ID (AKIA… or ASIA…)', accepts: /^(?:AKIA|ASIA)[A-Z0-9]{16}$/ },
  profile: { description: 'named profile from ~/.aws/config', accepts: NAME },
  'policy-arn': {
    description: 'ARN of an IAM policy (arn:aws:iam::ACCOUNT:policy/NAME)',
    accepts: /^arn:aws[a-z-]{0,20}:iam::(?:\d{12}|aws):policy\/[\w+=,.@/-]{1,512}$/,
  },
  'scp-id': { description: 'ID of the service control policy (p-…)', accepts: /^p-[0-9a-z]{8,128}$/ },
  'rcp-id': { description: 'ID of the resource control policy (p-…)', accepts: /^p-[0-9a-z]{8,128}$/ },
  'policy-name': { description: 'name of an inline policy', accepts: NAME },
  'encoded-message': { description: 'encoded authorization failure message', accepts: /^[A-Za-z0-9_-]{1,20000}$/ },
  'authorization-id': { description: 'authorization ID from the error', accepts: /^[A-Za-z0-9][A-Za-z0-9-]{0,200}$/ },
  bucket: { description: 'S3 bucket name', accepts: /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/ },
  key: { description: 'S3 object key', accepts: /^[\w+=,.@:/*%-]{1,1024}$/ },
  table: { description: 'DynamoDB table name', accepts: /^[\w.-]{3,255}$/ },
  'function-name': {
    description: 'Lambda function name',
    accepts: /^(?:arn:aws[a-z-]{0,20}:lambda:[a-z0-9-]{1,30}:\d{12}:function:)?[\w-]{1,64}(?::[\w$-]{1,128})?$/,
  },
  // No fact fills a queue URL yet (a queue name lacks its account and Region): nothing is accepted.
  'queue-url': { description: 'SQS queue URL', accepts: /(?!)/ },
  'topic-arn': { description: 'SNS topic ARN', accepts: new RegExp(String.raw`^arn:aws[a-z-]{0,20}:sns:[a-z0-9-]{1,30}:\d{12}:[\w-]{1,256}$`) },
  'secret-id': { description: 'Secrets Manager secret name or ARN', accepts: /^[\w/+=.@:-]{1,2048}$/ },
  'key-id': { description: 'KMS key ID, ARN or alias', accepts: /^[\w/:-]{1,2048}$/ },
  'stack-name': {
    description: 'CloudFormation stack name',
    accepts: /^(?:[A-Za-z][A-Za-z0-9-]{0,127}|arn:aws[a-z-]{0,20}:cloudformation:[a-z0-9-]{1,30}:\d{12}:stack\/[A-Za-z0-9-]{1,128}\/[\w-]{1,100})$/,
  },
  'cluster-name': { description: 'ECS or EKS cluster name', accepts: NAME },
  'instance-id': { description: 'EC2 instance ID', accepts: /^i-[0-9a-f]{8,17}$/ },
  'vpc-endpoint-id': { description: 'VPC endpoint ID (vpce-…)', accepts: /^vpce-[0-9a-f]{8,17}$/ },
  'parameter-name': { description: 'SSM parameter name', accepts: /^[\w.\/-]{1,2048}$/ },
  'repository-name': { description: 'ECR repository name', accepts: /^[a-z0-9][a-z0-9._/-]{0,255}$/ },
  'start-time': { description: 'ISO 8601 time shortly before the error', accepts: /^\d{4}-\d{2}-\d{2}T[\d:.]{2,20}Z?$/ },
} as const satisfies Record<string, { description: string; accepts: RegExp }>

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
