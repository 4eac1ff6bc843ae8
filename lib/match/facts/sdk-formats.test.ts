import { describe, expect, it } from 'vitest'
import { extractFacts } from './index'

// Texts below are real pastes from lib/match/__fixtures__/real-errors.jsonl (ids such as c151 in the
// test names) or the examples AWS documents for these errors ("reference 1.3" names the section of the
// project's error reference they were taken from), already cleaned the way the matcher cleans a paste
// (ANSI colours, Terraform box characters and CRLF removed).

// Whole pastes as the CLI, Python, JavaScript and Java print them; Go, Terraform and CloudFormation are in tool-formats.test.ts.

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
    expect(facts.principalArn).toBe('arn:aws:sts::<accountid>:assumed-role/Customizations-for-ControlTo-StackSetCodeBuildRole-<uuid>/AWSCodeBuild-<runid>')
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
    const facts =
      extractFacts(`AccessDenied: User: arn:aws:iam::123456789012:user/storage-user is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::media-bucket/cards/x.jpeg" because no identity-based policy allows the s3:PutObject action
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
    [
      'c001',
      "AMI ami-059f8e2bf146b1e8f is invalid: The image id '[ami-059f8e2bf146b1e8f]' does not exist (Service: AmazonAutoScaling; Status Code: 400; Error Code: ValidationError; Request ID: 68fd4efd-1cde-11ea-b4af-a53356b0d218)",
      'AutoScaling',
      400,
    ],
    [
      'c140',
      'com.amazonaws.AmazonServiceException: Unable to unmarshall exception response with the unmarshallers provided (Service: AmazonDynamoDBv2; Status Code: 400; Error Code: ExpiredTokenException; Request ID: BF9K38ASVRR3PE5PMS79UQSQ9RVV4KQNSO5AEMVJF66Q9ASUAAJG; Proxy: null)',
      'DynamoDB',
      400,
    ],
    [
      'c135',
      'The role defined for the function cannot be assumed by Lambda. (Service: AWSLambdaInternal; Status Code: 400; Error Code: InvalidParameterValueException; Request ID: d98cedb2-1dd2-11e9-a5ce-a9684da8c5c4)',
      'Lambda',
      400,
    ],
    [
      'c236',
      '"Rate Exceeded. (Service: AWSLambda; Status Code: 429; Error Code: TooManyRequestsException; Request ID: df10f912-3923-11e8-90e4-33aa472c10eb)"',
      'Lambda',
      429,
    ],
    [
      'ref 1.7',
      'You have exceeded the rate at which you may call KMS. Reduce the frequency of your calls. (Service: AWSKMS; Status Code: 400; Error Code: ThrottlingException; Request ID: 1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d)',
      'KMS',
      400,
    ],
    [
      'c151',
      'Unable to create alarms for scaling policy DynamoDBReadCapacityUtilization:table/EXAMPLE due to reason: Rate exceeded (Service: AmazonCloudWatch; Status Code: 400; Error Code: Throttling; Request ID: 22fe569e-b29e-11e7-b187-ab649256b7c7)\n    status code: 400, request id: 21614877-b29e-11e7-ac2e-d52b986f4ede',
      'CloudWatch',
      400,
    ],
    [
      'c146',
      'Caused by: software.amazon.awssdk.services.sts.model.StsException: The security token included in the request is expired (Service: Sts, Status Code: 403, Request ID: 69d599e0-7b94-4cf4-a564-fc698225471f)',
      'STS',
      403,
    ],
    [
      'c073',
      'software.amazon.awssdk.services.s3.model.S3Exception: Access Denied (Service: S3, Status Code: 403, Request ID: M652TMBNA1DWX0AE, Extended Request ID: IVFIUI+nbmHAyIEbxRybqo/F794IoEYOauoBc71Ekb6am2K+rJq20bs8CVgPZ550Dl5E/G/vPGA=)',
      'S3',
      403,
    ],
    [
      'ref 1.7 v2',
      'software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException: Requested resource not found (Service: DynamoDb, Status Code: 400, Request ID: DJN223PHEHGMMCRCL1A96L426BVV4KQNSO5AEMVJF66Q9ASUAAJG, Extended Request ID: null)',
      'DynamoDB',
      400,
    ],
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
})
