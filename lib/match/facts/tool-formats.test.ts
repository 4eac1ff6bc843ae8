import { describe, expect, it } from 'vitest'
import { extractFacts } from './index'

// Texts below are real pastes from lib/match/__fixtures__/real-errors.jsonl (ids such as c151 in the
// test names) or the examples AWS documents for these errors ("reference 1.3" names the section of the
// project's error reference they were taken from), already cleaned the way the matcher cleans a paste
// (ANSI colours, Terraform box characters and CRLF removed).

// Whole pastes as Go, Terraform, CloudFormation and the CDK print them.

describe('extractFacts: SDK and tool formats', () => {
  it('reads a Go v2 chain (reference 1.8)', () => {
    const facts = extractFacts(
      'operation error S3: GetObject, https response error StatusCode: 403, RequestID: SSTECRDN13MJA1KB, HostID: bVEh...=, api error AccessDenied: Access Denied',
    )
    expect(facts).toEqual({ service: 'S3', operation: 'GetObject', httpStatus: 403, requestId: 'SSTECRDN13MJA1KB' })
  })

  it('reads a Go v2 chain inside a tool log (c094) and skips a masked request ID', () => {
    const facts = extractFacts(
      'lambda.functions: failed to resolve table "aws_lambda_function_concurrency_configs": error at github.com/cloudquery/cq-provider-aws/resources/services/lambda.fetchLambdaFunctionConcurrencyConfigs[functions.go:1365] operation error Lambda: ListProvisionedConcurrencyConfigs, https response error StatusCode: 403, RequestID: xxxx, api error ExpiredTokenException: The security token included in the request is expired',
    )
    expect(facts.service).toBe('Lambda')
    expect(facts.operation).toBe('ListProvisionedConcurrencyConfigs')
    expect(facts.httpStatus).toBe(403)
    expect(facts.requestId).toBeUndefined()
  })

  it('reads a hard-wrapped Go v2 AccessDenied with an empty RequestID (c117)', () => {
    const facts = extractFacts(
      'Error message: 2 errors occurred:\n\t* operation error DynamoDB: PutItem, https response error StatusCode: 400,\nRequestID: api error\nAccessDeniedException: User:\narn:aws:sts:::assumed-role/github-actions/githubactionsrolesession\nis not authorized to perform: dynamodb:PutItem on resource:\narn:aws:dynamodb:eu-west-2::table/modernisation-platform-terraform-state-lock\nbecause no identity-based policy allows the dynamodb:PutItem action\n\t* Unable to retrieve item from DynamoDB table\n"modernisation-platform-terraform-state-lock": operation error DynamoDB',
    )
    expect(facts).toEqual({
      service: 'DynamoDB',
      operation: 'PutItem',
      httpStatus: 400,
      principalArn: 'arn:aws:sts:::assumed-role/github-actions/githubactionsrolesession',
      action: 'dynamodb:PutItem',
      resourceArn: 'arn:aws:dynamodb:eu-west-2::table/modernisation-platform-terraform-state-lock',
      region: 'eu-west-2',
      table: 'modernisation-platform-terraform-state-lock',
      denyReason: { kind: 'implicit', policyType: 'identity-based', text: 'because no identity-based policy allows the dynamodb:PutItem action' },
    })
  })

  it('reads a Go v1 error with a status line (c219)', () => {
    const facts = extractFacts(
      'panic: InvalidSignatureException: Signature not  yet current: 20181002T170509Z is still later than 20181002T170312Z (20181002T165812Z + 5 min.)\n    status code: 400, request id: faa14f90-2b72-fdb9-ae8c-ea742d02f4fc',
    )
    expect(facts).toEqual({ httpStatus: 400, requestId: 'faa14f90-2b72-fdb9-ae8c-ea742d02f4fc' })
  })

  it('reads a Go v1 AssumeRole denial without a reason (reference 1.8)', () => {
    const facts = extractFacts(
      'AccessDenied: User: arn:aws:sts::123456789012:assumed-role/nodes/i-007b is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/external-dns\n\tstatus code: 403, request id: 2b14d0eb-73fb-11e8-8aaa-578a2a66ee2c',
    )
    expect(facts).toEqual({
      service: 'STS',
      principalArn: 'arn:aws:sts::123456789012:assumed-role/nodes/i-007b',
      accountId: '123456789012',
      action: 'sts:AssumeRole',
      resourceArn: 'arn:aws:iam::123456789012:role/external-dns',
      httpStatus: 403,
      requestId: '2b14d0eb-73fb-11e8-8aaa-578a2a66ee2c',
    })
  })

  it('reads a Terraform (Go v1) diagnostic (c036)', () => {
    const facts = extractFacts(
      'aws_instance.example_chap03: Creating...\n\n Error: creating EC2 Instance: InvalidParameterValue: Value () for parameter groupId is invalid. The value cannot be empty\n       status code: 400, request id: e54cc3ac-f260-40d9-a8d0-b64e0560b08c\n\n   with aws_instance.example_chap03,\n   on main.tf line 38, in resource "aws_instance" "example_chap03":\n   38: resource "aws_instance" "example_chap03" {\n\n',
    )
    expect(facts).toEqual({ httpStatus: 400, requestId: 'e54cc3ac-f260-40d9-a8d0-b64e0560b08c' })
  })

  it('reads a Terraform S3 backend error: bucket and key phrasing, "..." request IDs skipped (reference 1.10)', () => {
    const facts = extractFacts(
      'Error refreshing state: Unable to access object "tf-state/main.tfstate" in S3 bucket "my-bucket": operation error S3: HeadObject, https response error StatusCode: 403, RequestID: ..., HostID: ..., api error Forbidden: Forbidden',
    )
    expect(facts).toEqual({ service: 'S3', operation: 'HeadObject', httpStatus: 403, bucket: 'my-bucket' })
  })

  it('leaves resourceArn empty for an IAM short-form resource (reference 1.10)', () => {
    const facts = extractFacts(
      'Error: reading IAM Role (iam_for_lambda): operation error IAM: GetRole, https response error StatusCode: 403, RequestID: 9e4c4e5a-1111-4b1b-9c9c-2f2f2f2f2f2f, api error AccessDenied: User: arn:aws:sts::123456789012:assumed-role/plan-role/ci is not authorized to perform: iam:GetRole on resource: role iam_for_lambda',
    )
    expect(facts.principalArn).toBe('arn:aws:sts::123456789012:assumed-role/plan-role/ci')
    expect(facts.action).toBe('iam:GetRole')
    expect(facts.resourceArn).toBeUndefined()
    expect(facts.accountId).toBe('123456789012')
    expect(facts.service).toBe('IAM')
    expect(facts.operation).toBe('GetRole')
  })

  it('reads a CloudFormation legacy "API:" reason with an encoded message', () => {
    const blob =
      'VvuncIxj7Z_CPGNYXWqnuFV-YvByeAU66Q0752NtQ-I3-qnDLWs6JLFd-0_bbr7bqHaKDomCRY1ycZdsoLV0gNqDD9tvBk9hYFT0y7ScMTkO0mrqdsXGRHG6BRIZ7XxHWsOJWhHGgqvGRKUT8dJzvAVRXaKMbsuk-IV6UjMMp1UlgscgfiRd9Mms93O1dnTHG2XxZ6PjBqefYX5qnkSQFFsnsSV36JvHdeA2WJI8Kh5hvQ7fkz2sBsbtL_IanAA5Md_XBUWNiXdvZ7uXwCXDdvXPS3jiPOjNNi0nD1R2a9FN-Hmg8PFFgO'
    const facts = extractFacts(`API: ec2:CreateSecurityGroup You are not authorized to perform this operation. Encoded authorization failure message: ${blob}`)
    expect(facts.action).toBe('ec2:CreateSecurityGroup')
    expect(facts.service).toBe('EC2')
    expect(facts.encodedMessage).toBe(blob)
  })

  it('reads CloudFormation stack names', () => {
    expect(extractFacts('An error occurred (ValidationError) when calling the DescribeStacks operation: Stack with id lab04-service does not exist')).toEqual({
      operation: 'DescribeStacks',
      stack: 'lab04-service',
    })
    expect(extractFacts('An error occurred (AlreadyExistsException) when calling the CreateStack operation: Stack [web-prod] already exists').stack).toBe(
      'web-prod',
    )
    expect(extractFacts('aws cloudformation deploy --stack-name my-app --template-file t.yaml').stack).toBe('my-app')
  })

  it('reads the stack out of a CloudFormation ARN (c220)', () => {
    const facts = extractFacts(
      'An error occurred (ValidationError) when calling the UpdateStack operation: Stack:arn:aws:cloudformation:x:x:stack/sdlf-foundations/xxx is in ROLLBACK_FAILED state and can not be updated.',
    )
    expect(facts.stack).toBe('sdlf-foundations')
    expect(facts.service).toBe('CloudFormation')
    expect(facts.operation).toBe('UpdateStack')
    expect(facts.region).toBeUndefined()
  })

  it('reads a CDK/SSM phrasing "call ssm:GetParameters" (c154)', () => {
    const facts = extractFacts("[ValidationError]: AccessDenied. User doesn't have permission to call ssm:GetParameters")
    expect(facts).toEqual({ action: 'ssm:GetParameters', service: 'SSM' })
  })
})
