import { describe, expect, it } from 'vitest'

import { extractFacts } from './extract-facts'

// Texts below are copied from /work/shared/fixtures/real-errors.jsonl (ids in the test names) or from
// the reference's examples (/work/shared/reference/aws-errors.md sections 1 and 2), already cleaned
// the way the matcher cleans a paste (ANSI colours, Terraform box characters and CRLF removed).

describe('extractFacts: SDK and tool formats', () => {
  it('reads a CLI AccessDenied with an SCP deny (reference 1.3)', () => {
    const facts = extractFacts(
      'An error occurred (AccessDenied) when calling the ListRoles operation: User: arn:aws:iam::123456789012:user/Matt is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::123456789012:role/* with an explicit deny in a service control policy',
    )
    expect(facts).toEqual({
      service: 'IAM',
      operation: 'ListRoles',
      principalArn: 'arn:aws:iam::123456789012:user/Matt',
      accountId: '123456789012',
      action: 'iam:ListRoles',
      resourceArn: 'arn:aws:iam::123456789012:role/*',
      denyReason: { kind: 'explicit', policyType: 'service-control', text: 'with an explicit deny in a service control policy' },
    })
  })

  it('reads the 2026 CLI prefix and takes the region from the resource ARN', () => {
    const facts = extractFacts(
      'aws: [ERROR]: An error occurred (AccessDeniedException) when calling the GetParameter operation (reached max retries: 0): User: arn:aws:sts::123456789012:assumed-role/web/i-0 is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:ap-northeast-1:123456789012:parameter/x because no identity-based policy allows the ssm:GetParameter action',
    )
    expect(facts.operation).toBe('GetParameter')
    expect(facts.service).toBe('SSM')
    expect(facts.principalArn).toBe('arn:aws:sts::123456789012:assumed-role/web/i-0')
    expect(facts.resourceArn).toBe('arn:aws:ssm:ap-northeast-1:123456789012:parameter/x')
    expect(facts.region).toBe('ap-northeast-1')
    expect(facts.denyReason).toEqual({
      kind: 'implicit',
      policyType: 'identity-based',
      text: 'because no identity-based policy allows the ssm:GetParameter action',
    })
  })

  it('reads a boto3 traceback whose ARNs carry hand-written placeholders (c063)', () => {
    const facts = extractFacts(
      'botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the GetParameter operation: User: arn:aws:sts::<accountid>:assumed-role/Customizations-for-ControlTo-StackSetCodeBuildRole-<uuid>/AWSCodeBuild-<runid> is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:eu-central-1:<accountid>:* because no identity-based policy allows the ssm:GetParameter action',
    )
    expect(facts.principalArn).toBe(
      'arn:aws:sts::<accountid>:assumed-role/Customizations-for-ControlTo-StackSetCodeBuildRole-<uuid>/AWSCodeBuild-<runid>',
    )
    expect(facts.resourceArn).toBe('arn:aws:ssm:eu-central-1:<accountid>:*')
    expect(facts.region).toBe('eu-central-1')
    expect(facts.accountId).toBeUndefined()
  })

  it('reads a boto3 ClientError dict with ResponseMetadata', () => {
    const facts = extractFacts(
      "{'Error': {'Code': 'NoSuchKey', 'Message': 'The specified key does not exist.', 'Key': 'reports/2024.csv'}, 'ResponseMetadata': {'RequestId': '4442587FB7D0A2F9', 'HostId': 'EXAMPLEhostid=', 'HTTPStatusCode': 404, 'RetryAttempts': 0}}",
    )
    expect(facts.requestId).toBe('4442587FB7D0A2F9')
    expect(facts.httpStatus).toBe(404)
    expect(facts.key).toBe('reports/2024.csv')
  })

  it('ignores the Lambda invocation ID of START/END lines (c210)', () => {
    const facts = extractFacts(
      'Function Logs:\nSTART RequestId: a1ed0a88-8ed6-40b2-b4b0-a6852f887078 Version: $LATEST\nAn error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.\nError getting object test/key from bucket unzippedftp. Make sure they exist and your bucket is in the same region as this function.\nEND RequestId: a1ed0a88-8ed6-40b2-b4b0-a6852f887078',
    )
    expect(facts.operation).toBe('GetObject')
    expect(facts.requestId).toBeUndefined()
  })

  it('reads a JS v3 console dump with an S3 quoted resource (reference 1.5)', () => {
    const facts = extractFacts(`AccessDenied: User: arn:aws:iam::123456789012:user/storage-user is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::media-bucket/cards/x.jpeg" because no identity-based policy allows the s3:PutObject action
    at async uploadBufferToS3 (lib\\s3-upload.ts:66:3) {
  '$fault': 'client',
  '$retryable': undefined,
  '$metadata': [Object],
  Code: 'AccessDenied',
  RequestId: 'P24N5Z8H88H0RED0',
  HostId: 'UwfkQWJ...'
}`)
    expect(facts).toEqual({
      service: 'S3',
      principalArn: 'arn:aws:iam::123456789012:user/storage-user',
      accountId: '123456789012',
      action: 's3:PutObject',
      resourceArn: 'arn:aws:s3:::media-bucket/cards/x.jpeg',
      bucket: 'media-bucket',
      key: 'cards/x.jpeg',
      requestId: 'P24N5Z8H88H0RED0',
      denyReason: { kind: 'implicit', policyType: 'identity-based', text: 'because no identity-based policy allows the s3:PutObject action' },
    })
  })

  it('reads JS v3 $metadata, BucketName and Key', () => {
    const facts = extractFacts(`{
  '$fault': 'client',
  '$metadata': {
    httpStatusCode: 404,
    requestId: '18B70824B196D0D7',
    extendedRequestId: undefined,
    cfId: undefined,
    attempts: 1,
    totalRetryDelay: 0
  },
  Code: 'NoSuchKey', Key: 'test-key', BucketName: 'plants'
}`)
    expect(facts).toEqual({ httpStatus: 404, requestId: '18B70824B196D0D7', bucket: 'plants', key: 'test-key' })
  })

  it('reads a JS v2 error object (c074)', () => {
    const facts = extractFacts(
      "{ ConditionalCheckFailedException: The conditional request failed\nat Request.extractError (/var/runtime/node_modules/aws-sdk/lib/protocol/json.js:48:27)\nmessage: 'The conditional request failed',\ncode: 'ConditionalCheckFailedException',\ntime: 2018-05-14T18:43:53.181Z,\nrequestId: '2IVIAA06LEFJ2OEVCS23PJBJ3RVV4KQNSO5AEMVJF66Q9ASUAAJG',\nstatusCode: 400,\nretryable: false,\nretryDelay: 9.420444526163118 }",
    )
    expect(facts.requestId).toBe('2IVIAA06LEFJ2OEVCS23PJBJ3RVV4KQNSO5AEMVJF66Q9ASUAAJG')
    expect(facts.httpStatus).toBe(400)
  })

  it('reads a JS v2 JSON error with "statusCode" (c218)', () => {
    const facts = extractFacts(
      'Error: {"message":"The difference between the request time and the current time is too large.","code":"RequestTimeTooSkewed","time":"2014-11-03T06:12:08.476Z","statusCode":403,"retryable":false}RequestTimeTooSkewed: The difference between the request time and the current time is too large.',
    )
    expect(facts.httpStatus).toBe(403)
  })

  it('reads a Java v1 suffix hard-wrapped mid-word and normalises "Amazon S3" (c052)', () => {
    const facts = extractFacts(
      'com.amazonaws.services.s3.model.AmazonS3Exception: Forbidden (Service: Amazon S3; Status Code: 403; Erro\nr Code: 403 Forbidden; Request ID: 8SV7S6VZTXYQZQMW; S3 Extended Request ID: jBOlcq5nC2yamRgjgmnAMReRdjH\nqMTnc1ZHGqrbl+Q7qXZBSy1ppDbmb+Tto6zVkESQChlB4RUs=; Proxy: null), S3 Extended Request ID: jBOlcq5nC2yamRg\njgmnAMReRdjHqMTnc1ZHGqrbl+Q7qXZBSy1ppDbmb+Tto6zVkESQChlB4RUs=\n        at com.amazonaws.http.AmazonHttpClient$RequestExecutor.handleErrorResponse(AmazonHttpClient.java\n:1879)',
    )
    expect(facts).toEqual({ service: 'S3', httpStatus: 403, requestId: '8SV7S6VZTXYQZQMW' })
  })

  it.each([
    ['c001', 'AMI ami-059f8e2bf146b1e8f is invalid: The image id \'[ami-059f8e2bf146b1e8f]\' does not exist (Service: AmazonAutoScaling; Status Code: 400; Error Code: ValidationError; Request ID: 68fd4efd-1cde-11ea-b4af-a53356b0d218)', 'AutoScaling', 400],
    ['c140', 'com.amazonaws.AmazonServiceException: Unable to unmarshall exception response with the unmarshallers provided (Service: AmazonDynamoDBv2; Status Code: 400; Error Code: ExpiredTokenException; Request ID: BF9K38ASVRR3PE5PMS79UQSQ9RVV4KQNSO5AEMVJF66Q9ASUAAJG; Proxy: null)', 'DynamoDB', 400],
    ['c135', 'The role defined for the function cannot be assumed by Lambda. (Service: AWSLambdaInternal; Status Code: 400; Error Code: InvalidParameterValueException; Request ID: d98cedb2-1dd2-11e9-a5ce-a9684da8c5c4)', 'Lambda', 400],
    ['c236', '"Rate Exceeded. (Service: AWSLambda; Status Code: 429; Error Code: TooManyRequestsException; Request ID: df10f912-3923-11e8-90e4-33aa472c10eb)"', 'Lambda', 429],
    ['ref 1.7', 'You have exceeded the rate at which you may call KMS. Reduce the frequency of your calls. (Service: AWSKMS; Status Code: 400; Error Code: ThrottlingException; Request ID: 1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d)', 'KMS', 400],
    ['c151', 'Unable to create alarms for scaling policy DynamoDBReadCapacityUtilization:table/EXAMPLE due to reason: Rate exceeded (Service: AmazonCloudWatch; Status Code: 400; Error Code: Throttling; Request ID: 22fe569e-b29e-11e7-b187-ab649256b7c7)\n    status code: 400, request id: 21614877-b29e-11e7-ac2e-d52b986f4ede', 'CloudWatch', 400],
    ['c146', 'Caused by: software.amazon.awssdk.services.sts.model.StsException: The security token included in the request is expired (Service: Sts, Status Code: 403, Request ID: 69d599e0-7b94-4cf4-a564-fc698225471f)', 'STS', 403],
    ['c073', 'software.amazon.awssdk.services.s3.model.S3Exception: Access Denied (Service: S3, Status Code: 403, Request ID: M652TMBNA1DWX0AE, Extended Request ID: IVFIUI+nbmHAyIEbxRybqo/F794IoEYOauoBc71Ekb6am2K+rJq20bs8CVgPZ550Dl5E/G/vPGA=)', 'S3', 403],
    ['ref 1.7 v2', 'software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException: Requested resource not found (Service: DynamoDb, Status Code: 400, Request ID: DJN223PHEHGMMCRCL1A96L426BVV4KQNSO5AEMVJF66Q9ASUAAJG, Extended Request ID: null)', 'DynamoDB', 400],
  ])('names the service of a Java suffix (%s)', (_id, text, service, status) => {
    const facts = extractFacts(text)
    expect(facts.service).toBe(service)
    expect(facts.httpStatus).toBe(status)
    expect(facts.requestId).toMatch(/^[A-Za-z0-9-]{16,}$/)
  })

  it('takes the first request ID when a Java error is wrapped by a Go v1 one (c151)', () => {
    const facts = extractFacts(
      'Rate exceeded (Service: AmazonCloudWatch; Status Code: 400; Error Code: Throttling; Request ID: 22fe569e-b29e-11e7-b187-ab649256b7c7)\n    status code: 400, request id: 21614877-b29e-11e7-ac2e-d52b986f4ede',
    )
    expect(facts.requestId).toBe('22fe569e-b29e-11e7-b187-ab649256b7c7')
  })

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
    const facts = extractFacts(
      `API: ec2:CreateSecurityGroup You are not authorized to perform this operation. Encoded authorization failure message: ${blob}`,
    )
    expect(facts.action).toBe('ec2:CreateSecurityGroup')
    expect(facts.service).toBe('EC2')
    expect(facts.encodedMessage).toBe(blob)
  })

  it('reads CloudFormation stack names', () => {
    expect(
      extractFacts('An error occurred (ValidationError) when calling the DescribeStacks operation: Stack with id lab04-service does not exist'),
    ).toEqual({ operation: 'DescribeStacks', stack: 'lab04-service' })
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

describe('extractFacts: raw bodies and headers', () => {
  it('reads an S3 XML error body', () => {
    const facts = extractFacts(
      '<?xml version="1.0" encoding="UTF-8"?> <Error> <Code>NoSuchKey</Code> <Message>The specified key does not exist.</Message> <Key>photos/2024/cat.jpg</Key> <BucketName>family-photos</BucketName> <RequestId>4442587FB7D0A2F9</RequestId> <HostId>EXAMPLEhostid=</HostId></Error>',
    )
    expect(facts).toEqual({ requestId: '4442587FB7D0A2F9', bucket: 'family-photos', key: 'photos/2024/cat.jpg' })
  })

  it('reads an EC2 XML body with RequestID (c070)', () => {
    const facts = extractFacts(
      'boto.exception.EC2ResponseError: EC2ResponseError: 400 Bad Request\n<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>RequestExpired</Code><Message>Request has expired. Timestamp date is 2011-03-26T23:22:53Z</Message></Error></Errors><RequestID>c6512d25-c974-4f58-9b50-ffe70bcb66ea</RequestID></Response>',
    )
    expect(facts.requestId).toBe('c6512d25-c974-4f58-9b50-ffe70bcb66ea')
  })

  it('reads an HTTP status line and x-amz-request-id from a wire dump (c013)', () => {
    const facts = extractFacts(
      '-> "HTTP/1.1 500 Internal Server Error\\r\\n"\n-> "x-amz-request-id: 74E2940B94984830\\r\\n"\n-> "x-amz-id-2: MJd3fMoA1HeNFs8Gwqz77tQ8vyN6zwNKGqWHjA8aukbidfpY7fARk8jYKLhKdWAK\\r\\n"\n-> "Server: AmazonS3\\r\\n"\n-> "<Error><Code>InternalError</Code><Message>We encountered an internal error. Please try again.</Message><RequestId>74E2940B94984830</RequestId><Hos',
    )
    expect(facts).toEqual({ httpStatus: 500, requestId: '74E2940B94984830' })
  })

  it('reads an awsJson response with x-amzn-RequestId and a table name', () => {
    const facts = extractFacts(
      'HTTP/1.1 400 Bad Request\nx-amzn-RequestId: LDM6CJP8RMQ1FHKSC1RBVJFPNVV4KQNSO5AEMF66Q9ASUAAJG\nContent-Type: application/x-amz-json-1.0\n{"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException","message":"Requested resource not found: Table: tablename not found"}',
    )
    expect(facts).toEqual({ httpStatus: 400, requestId: 'LDM6CJP8RMQ1FHKSC1RBVJFPNVV4KQNSO5AEMF66Q9ASUAAJG', table: 'tablename' })
  })

  it('reads a CloudTrail event', () => {
    const facts = extractFacts(`{
  "eventVersion": "1.08",
  "userIdentity": {
    "type": "AssumedRole",
    "arn": "arn:aws:sts::123456789012:assumed-role/app-role/i-0abc123",
    "accountId": "123456789012"
  },
  "eventSource": "kms.amazonaws.com",
  "eventName": "Decrypt",
  "awsRegion": "eu-west-1",
  "errorCode": "AccessDenied",
  "requestID": "6a3b9f1e-4c2d-4e8a-9b7c-1d2e3f4a5b6c"
}`)
    expect(facts).toEqual({
      principalArn: 'arn:aws:sts::123456789012:assumed-role/app-role/i-0abc123',
      accountId: '123456789012',
      service: 'KMS',
      operation: 'Decrypt',
      region: 'eu-west-1',
      requestId: '6a3b9f1e-4c2d-4e8a-9b7c-1d2e3f4a5b6c',
    })
  })
})

describe('extractFacts: AccessDenied anatomy', () => {
  const lead = 'User: arn:aws:iam::123456789012:user/Matt is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::amzn-s3-demo-bucket/report.csv" '

  it.each([
    ['because no identity-based policy allows the s3:GetObject action', 'implicit', 'identity-based'],
    ['with an explicit deny in an identity-based policy', 'explicit', 'identity-based'],
    ['because no resource-based policy allows the s3:GetObject action', 'implicit', 'resource-based'],
    ['with an explicit deny in a resource-based policy', 'explicit', 'resource-based'],
    ['because no permissions boundary allows the s3:GetObject action', 'implicit', 'permissions-boundary'],
    ['with an explicit deny in a permissions boundary', 'explicit', 'permissions-boundary'],
    ['because no session policy allows the s3:GetObject action', 'implicit', 'session'],
    ['with an explicit deny in a session policy', 'explicit', 'session'],
    ['with an explicit deny in a sessions policy', 'explicit', 'session'],
    ['because no service control policy allows the s3:GetObject action', 'implicit', 'service-control'],
    ['with an explicit deny in a service control policy', 'explicit', 'service-control'],
    ['with an explicit deny in a resource control policy', 'explicit', 'resource-control'],
    ['because no VPC endpoint policy allows the s3:GetObject action', 'implicit', 'vpc-endpoint'],
    ['with an explicit deny in a VPC endpoint policy', 'explicit', 'vpc-endpoint'],
    ['with an explicit deny in a VPC endpoint policy transitively through a service control policy', 'explicit', 'service-control'],
    ['because the role trust policy allows the sts:AssumeRole action', 'implicit', 'trust'],
    ['with an explicit deny in the role trust policy', 'explicit', 'trust'],
  ] as const)('reads the clause "%s"', (clause, kind, policyType) => {
    expect(extractFacts(lead + clause).denyReason).toEqual({ kind, policyType, text: clause })
  })

  it('reads an explicit deny that names no policy type', () => {
    expect(extractFacts(`${lead}with an explicit deny`).denyReason).toEqual({ kind: 'explicit', text: 'with an explicit deny' })
  })

  it('reads a clause hard-wrapped across lines (c200)', () => {
    const pad = ' '.repeat(150)
    const facts = extractFacts(
      `is\n${pad}not authorized to perform:\n${pad}lambda:GetLayerVersion on resource:\n${pad}arn:aws:lambda:us-east-\n${pad}1:580247275435:layer:LambdaInsightsExtension:55\n${pad}because no resource-based policy allows the\n${pad}lambda:GetLayerVersion action`,
    )
    expect(facts).toEqual({
      service: 'Lambda',
      action: 'lambda:GetLayerVersion',
      resourceArn: 'arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:55',
      accountId: '580247275435',
      region: 'us-east-1',
      denyReason: { kind: 'implicit', policyType: 'resource-based', text: 'because no resource-based policy allows the lambda:GetLayerVersion action' },
    })
  })

  it('reads the policy ARN after an SCP clause (reference 2.1)', () => {
    const facts = extractFacts(
      'User: arn:aws:iam::123456789012:user/Matt is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:us-east-1:123456789012:instance/* with an explicit deny in a service control policy: arn:aws:organizations::987654321098:policy/o-qv5af4abcd/service_control_policy/p-2kgnabcd',
    )
    expect(facts.policyArn).toBe('arn:aws:organizations::987654321098:policy/o-qv5af4abcd/service_control_policy/p-2kgnabcd')
    expect(facts.resourceArn).toBe('arn:aws:ec2:us-east-1:123456789012:instance/*')
    expect(facts.region).toBe('us-east-1')
  })

  it('reads the policy ARN and the authorization ID of the Access Troubleshooter tail', () => {
    const facts = extractFacts(
      `${lead}with an explicit deny in an identity-based policy: arn:aws:iam::123456789012:policy/ExampleDenyPolicy. Go to https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/authorization-details/9f8e7d6c-5b4a-4321-8765-0fedcba98765 for complete details, or call the GetRequestAuthorizationDetails API with the following authorization id: 9f8e7d6c-5b4a-4321-8765-0fedcba98765`,
    )
    expect(facts.policyArn).toBe('arn:aws:iam::123456789012:policy/ExampleDenyPolicy')
    expect(facts.authorizationId).toBe('9f8e7d6c-5b4a-4321-8765-0fedcba98765')
    expect(facts.denyReason?.policyType).toBe('identity-based')
    // The console link is always us-east-1 and says nothing about where the call ran.
    expect(facts.region).toBeUndefined()
    expect(facts.bucket).toBe('amzn-s3-demo-bucket')
    expect(facts.key).toBe('report.csv')
  })

  it('reads the authorization ID from the link alone', () => {
    const facts = extractFacts(
      'Go to https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/authorization-details/a1b2c3d4e5f6a7b8 for complete details',
    )
    expect(facts.authorizationId).toBe('a1b2c3d4e5f6a7b8')
  })

  it('reads the policy ARN after a permissions boundary clause', () => {
    const facts = extractFacts(
      `${lead}with an explicit deny in a permissions boundary: arn:aws:iam::123456789012:policy/DevBoundary`,
    )
    expect(facts.policyArn).toBe('arn:aws:iam::123456789012:policy/DevBoundary')
  })

  it('leaves the principal empty for anonymous callers and keeps the resource', () => {
    const facts = extractFacts(
      '{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:abcdef1234/prod/GET/items"}',
    )
    expect(facts.principalArn).toBeUndefined()
    expect(facts.action).toBe('execute-api:Invoke')
    expect(facts.resourceArn).toBe('arn:aws:execute-api:us-east-1:123456789012:abcdef1234/prod/GET/items')
    expect(facts.accountId).toBe('123456789012')
    expect(facts.region).toBe('us-east-1')
  })

  it('accepts other partitions and federated users', () => {
    const facts = extractFacts(
      'User: arn:aws-us-gov:sts::123456789012:federated-user/Bob is not authorized to perform: s3:ListBucket on resource: "arn:aws-us-gov:s3:::gov-bucket"',
    )
    expect(facts.principalArn).toBe('arn:aws-us-gov:sts::123456789012:federated-user/Bob')
    expect(facts.bucket).toBe('gov-bucket')
    const cn = extractFacts('User: arn:aws-cn:iam::123456789012:root is not authorized to perform: kms:Decrypt on resource: arn:aws-cn:kms:cn-north-1:123456789012:key/1234abcd')
    expect(cn.principalArn).toBe('arn:aws-cn:iam::123456789012:root')
    expect(cn.region).toBe('cn-north-1')
    expect(cn.service).toBe('KMS')
  })

  it('reads a principal whose account was redacted with a space (c093)', () => {
    const facts = extractFacts(
      'Error:\nUser: arn:aws:iam::<account id>:user/gingrDS is not authorized to perform: cloudformation:DescribeStacks on resource: arn:aws:cloudformation:eu-north-1:<account id>:stack/laravel-dev/* because no permissions boundary allows the cloudformation:DescribeStacks action',
    )
    expect(facts.principalArn).toBe('arn:aws:iam::<account id>:user/gingrDS')
    expect(facts.stack).toBe('laravel-dev')
    expect(facts.region).toBe('eu-north-1')
    expect(facts.service).toBe('CloudFormation')
    expect(facts.accountId).toBeUndefined()
  })

  it('takes the service from the action prefix even when the operation is of another service (c176)', () => {
    const facts = extractFacts(
      '[ERROR] ClientError: An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::<>:assumed-role/crossfeed-staging-cd-api-us-east-1-lambdaRole/crossfeed-staging-cd-api is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:<>:key/<> because no identity-based policy allows the kms:Decrypt action',
    )
    expect(facts.service).toBe('KMS')
    expect(facts.operation).toBe('GetObject')
    expect(facts.resourceArn).toBe('arn:aws:kms:us-east-1:<>:key/<>')
  })

  it('keeps an unmapped service as the ARN spells it (c123)', () => {
    const facts = extractFacts(
      '"error": "AccessDeniedException: User: arn:aws:sts::{account-id}:assumed-role/{role-arn} is not authorized to perform: waf-regional:GetWebACLForResource on resource: arn:aws:waf-regional:{region}:{account-id}:*/* with an explicit deny in a service control policy"',
    )
    expect(facts.service).toBe('waf-regional')
    expect(facts.region).toBeUndefined()
    expect(facts.denyReason?.kind).toBe('explicit')
  })
})

describe('extractFacts: resources, names and regions', () => {
  it('falls back to the first ARN that is not the principal (c030)', () => {
    const facts = extractFacts(
      'An error occurred (ResourceNotFoundException) when calling the AddPermission operation: Function not found: arn:aws:lambda:us-east-2:715223779645:function:myTopic2017',
    )
    expect(facts).toEqual({
      service: 'Lambda',
      operation: 'AddPermission',
      resourceArn: 'arn:aws:lambda:us-east-2:715223779645:function:myTopic2017',
      accountId: '715223779645',
      region: 'us-east-2',
      functionName: 'myTopic2017',
    })
  })

  it('drops a Lambda qualifier from the function name', () => {
    expect(extractFacts('Function not found: arn:aws:lambda:eu-west-1:123456789012:function:checkout:prod').functionName).toBe('checkout')
  })

  it('reads the table from a DynamoDB ARN (c071)', () => {
    const facts = extractFacts(
      'AccessDeniedException: User: arn:aws:sts::515605477066:assumed-role/WildRydesLambda/RequestUnicorn is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:eu-west-2:515605477066:table/Rides',
    )
    expect(facts.table).toBe('Rides')
    expect(facts.accountId).toBe('515605477066')
    expect(facts.region).toBe('eu-west-2')
  })

  it('reads bucket and key from CLI arguments (c116) and from an s3:// URI (c169)', () => {
    expect(
      extractFacts(
        'aws s3api get-object --bucket spacenet-dataset --key AOI_1_Rio/srcData/rasterData/8-Band.tar.gz --request-payer requester 8-Band.tar.gz\n\nI get the following error:\nAn error occurred (AccessDenied) when calling the GetObject operation: Access Denied',
      ),
    ).toEqual({ operation: 'GetObject', bucket: 'spacenet-dataset', key: 'AOI_1_Rio/srcData/rasterData/8-Band.tar.gz' })
    expect(
      extractFacts(
        'I get this when running: aws s3 cp s3://managedblockchain-beta/service-2.json .\n\nfatal error: An error occurred (403) when calling the HeadObject operation: Forbidden',
      ),
    ).toEqual({ operation: 'HeadObject', httpStatus: 403, bucket: 'managedblockchain-beta', key: 'service-2.json' })
  })

  it('reads the bucket from the CLI "Additional error details" block (reference 1.3)', () => {
    const facts = extractFacts(
      'aws: [ERROR]: An error occurred (NoSuchBucket) when calling the GetObject operation: The specified bucket does not exist\n\nAdditional error details:\nBucketName: not-a-real-bucket-0000',
    )
    expect(facts.bucket).toBe('not-a-real-bucket-0000')
  })

  it('reads the queue from --queue-name (c170) and from a queue URL', () => {
    expect(
      extractFacts(
        '$ AWS_PROFILE=aws aws sqs get-queue-url --queue-name noop\nAn error occurred (AWS.SimpleQueueService.NonExistentQueue) when calling the GetQueueUrl operation: The specified queue does not exist for this wsdl version.',
      ).queue,
    ).toBe('noop')
    const facts = extractFacts(
      'An error occurred (AccessDenied) when calling the SendMessage operation: Access to the resource https://sqs.us-west-2.amazonaws.com/123456789012/orders.fifo is denied.',
    )
    expect(facts.queue).toBe('orders.fifo')
    expect(facts.region).toBe('us-west-2')
    expect(facts.service).toBe('SQS')
  })

  it('reads the account from ECR phrasing', () => {
    const facts = extractFacts("name unknown: The repository with name 'web' does not exist in the registry with id '123456789012'")
    expect(facts.accountId).toBe('123456789012')
  })

  it.each([
    ['Could not connect to the endpoint URL: "https://sts.eu-west-1.amazonaws.com/"', 'eu-west-1', 'STS', undefined],
    ['Could not connect to the endpoint URL: "https://s3.us-west-2.amazonaws.com/"', 'us-west-2', 'S3', undefined],
    ['Read timeout on endpoint URL: "https://logs-bucket.s3-us-west-2.amazonaws.com/a.txt"', 'us-west-2', 'S3', 'logs-bucket'],
    ['PUT https://my.data.bucket.s3.ap-southeast-2.amazonaws.com/k failed', 'ap-southeast-2', 'S3', 'my.data.bucket'],
  ])('reads the region from an endpoint host: %s', (text, region, service, bucket) => {
    const facts = extractFacts(text)
    expect(facts.region).toBe(region)
    expect(facts.service).toBe(service)
    expect(facts.bucket).toBe(bucket)
  })

  it('reads a region code in text, including upper case and AZ names', () => {
    expect(
      extractFacts('aws ec2 authorize-security-group-ingress --group-name sg-3acb815f --protocol tcp --port 80 --cidr 0.0.0.0 --profile foo --region us-west-2').region,
    ).toBe('us-west-2')
    expect(extractFacts('Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: abc@xyz.in').region).toBe(
      'us-east-1',
    )
    expect(extractFacts('capacity in the Availability Zone you requested (eu-north-1a)').region).toBe('eu-north-1')
    expect(extractFacts('deploying to us-gov-west-1 and il-central-1').region).toBe('us-gov-west-1')
  })

  it('does not take mixed-case or non-region look-alikes as regions', () => {
    expect(extractFacts('region Us-East-1').region).toBeUndefined()
    expect(extractFacts('apt install ca-certificates-1 us-east-10').region).toBeUndefined()
  })
})

describe('extractFacts: placeholders and secrets', () => {
  it.each([
    'Request ID: null)',
    'RequestID: xxxx, api error',
    'Request ID: <ID>)',
    'RequestId: , HostId',
    'Request ID: xxxxxxxx-59cb-4d3b-a0b0-224e4b328557)',
    '"aws_request_id": "XXX"',
    'RequestID: EXAMPLE..., HostID',
  ])('skips the placeholder request ID in %s', (text) => {
    expect(extractFacts(text).requestId).toBeUndefined()
  })

  it('skips an encoded message placeholder (c238) and a truncated blob', () => {
    const facts = extractFacts(
      'Error: creating EC2 Instance: UnauthorizedOperation: You are not authorized to perform this operation. Encoded authorization failure message: <ENCODED MESSAGE>\n \tstatus code: 403, request id: 1550870c-6e0b-4fac-ba19-1da46fef7f17',
    )
    expect(facts.encodedMessage).toBeUndefined()
    expect(facts.httpStatus).toBe(403)
    expect(facts.requestId).toBe('1550870c-6e0b-4fac-ba19-1da46fef7f17')
    expect(
      extractFacts('Encoded authorization failure message: VvuncIxj7Z_CPGNYXWqnuFV-YvByeAU66Q0752...').encodedMessage,
    ).toBeUndefined()
  })

  it('skips an authorization ID placeholder', () => {
    expect(extractFacts('call the GetRequestAuthorizationDetails API with the following authorization id: <ID>').authorizationId).toBeUndefined()
  })

  it('only takes HTTP statuses from 100 to 599', () => {
    expect(extractFacts('Status Code: 999; Request ID: 1b2c3d4e5f607a8b').httpStatus).toBeUndefined()
    expect(extractFacts('HTTP/1.1 403 Forbidden').httpStatus).toBe(403)
    expect(extractFacts("'HTTPStatusCode': 429").httpStatus).toBe(429)
  })

  it('never keeps an access key ID or a secret access key', () => {
    const facts = extractFacts(
      'User: arn:aws:iam::123456789012:user/AKIAIOSFODNN7EXAMPLE is not authorized to perform: s3:GetObject\nRequestId: ASIAIOSFODNN7EXAMPLE\naws s3api get-object --bucket b-1 --key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY out',
    )
    expect(facts.principalArn).toBeUndefined()
    expect(facts.requestId).toBeUndefined()
    expect(facts.key).toBeUndefined()
    expect(facts.bucket).toBe('b-1')
    expect(JSON.stringify(facts)).not.toMatch(/AKIA|ASIA|wJalrXUtnFEMI/)
  })

  it('leaves accessKeyKind to another module', () => {
    expect(extractFacts('The AWS Access Key Id AKIAIOSFODNN7EXAMPLE you provided does not exist in our records.').accessKeyKind).toBeUndefined()
  })

  it('returns no facts for empty or unrelated text', () => {
    expect(extractFacts('')).toEqual({})
    expect(extractFacts('Everything worked fine today.')).toEqual({})
  })
})

describe('extractFacts: large input', () => {
  it('returns for a 1 MB paste made of real errors and hostile runs', () => {
    const pieces = [
      'An error occurred (AccessDenied) when calling the ListRoles operation: User: arn:aws:iam::123456789012:user/Matt is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::123456789012:role/* with an explicit deny in a service control policy\n',
      'arn:aws:s3:::'.repeat(2000),
      'User: arn:aws:iam::123456789012:user/'.repeat(1000),
      'a'.repeat(50_000),
      'us-east-us-'.repeat(2000),
      '.amazonaws.com'.repeat(2000),
      'Request ID: '.repeat(2000),
      'with an explicit deny in a '.repeat(2000),
      '<'.repeat(20_000),
      ' \n'.repeat(20_000),
    ]
    let text = ''
    while (text.length < 1_000_000) text += pieces.join('')
    const facts = extractFacts(text)
    expect(facts.operation).toBe('ListRoles')
    expect(facts.principalArn).toBe('arn:aws:iam::123456789012:user/Matt')
  })
})
