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

/** The canonical name of a service id (`s3`, `logs`, `dynamodbv2`), if it is one we know. */
export function knownService(id: string): string | undefined {
  return SERVICE_NAMES.get(id.toLowerCase())
}

/** Java prints `Amazon S3`, `AWSLambdaInternal`, `DynamoDb`; Go prints `Secrets Manager`. One name each. */
export function normaliseServiceName(raw: string): string {
  const compact = raw.replace(/\s+/g, '')
  const stripped = compact.replace(/^(?:Amazon|AWS)(?=.)/, '')
  return knownService(stripped) ?? knownService(compact) ?? stripped
}
