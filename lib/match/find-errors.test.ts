import { describe, expect, it } from 'vitest'
import { cleanText } from './clean-text'
import { findErrors } from './find-errors'

const errorsIn = (raw: string) =>
  findErrors(cleanText(raw).text, () => false).map(({ code, format, operation, httpStatus, service, wrappedIn }) => ({
    code,
    format,
    operation,
    httpStatus,
    service,
    wrappedIn,
  }))

describe('finds the error code in every printed format', () => {
  it.each([
    [
      'AWS CLI / botocore',
      'An error occurred (AccessDenied) when calling the ListRoles operation: User: arn:aws:iam::123456789012:user/Matt is not authorized',
      { code: 'AccessDenied', format: 'cli', operation: 'ListRoles' },
    ],
    [
      'the 2026 CLI prefix and retries',
      'aws: [ERROR]: An error occurred (Throttling) when calling the ValidateTemplate operation (reached max retries: 2): Rate exceeded',
      { code: 'Throttling', format: 'cli', operation: 'ValidateTemplate' },
    ],
    [
      'the old CLI wording',
      'A client error (InvalidGroup.NotFound) occurred when calling the AuthorizeSecurityGroupIngress operation: The security group does not exist',
      { code: 'InvalidGroup.NotFound', format: 'cli' },
    ],
    ['a CLI-side pseudo-code', 'aws: [ERROR]: An error occurred (NoCredentials): Unable to locate credentials.', { code: 'NoCredentials', format: 'cli' }],
    [
      'Go SDK v2',
      'operation error S3: GetObject, https response error StatusCode: 403, RequestID: SSTECRDN13MJA1KB, HostID: bVEh=, api error AccessDenied: Access Denied',
      { code: 'AccessDenied', format: 'go-v2', service: 'S3', operation: 'GetObject', httpStatus: 403 },
    ],
    [
      'Go SDK v2, a modeled error',
      'operation error DynamoDB: PutItem, https response error StatusCode: 400, RequestID: EXAMPLE, ResourceNotFoundException: Requested resource not found',
      { code: 'ResourceNotFoundException', format: 'go-v2', httpStatus: 400 },
    ],
    [
      'Go SDK v1',
      'AccessDenied: User: arn:aws:sts::123456789012:assumed-role/nodes/i-007b is not authorized to perform: sts:AssumeRole\n\tstatus code: 403, request id: 2b14d0eb-73fb-11e8-8aaa-578a2a66ee2c',
      { code: 'AccessDenied', format: 'go-v1', httpStatus: 403 },
    ],
    [
      'Java SDK v1',
      'com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: 21722BC29BCED4A8; Proxy: null)',
      { code: 'AccessDenied', format: 'java-v1', service: 'Amazon S3', httpStatus: 403 },
    ],
    [
      'Java SDK v2',
      'software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException: Requested resource not found (Service: DynamoDb, Status Code: 400, Request ID: DJN223PHEHGMMCRCL1A96L426BVV4KQNSO5AEMVJF66Q9ASUAAJG)',
      { code: 'ResourceNotFoundException', format: 'java-v2', httpStatus: 400 },
    ],
    [
      'JavaScript v3 dump',
      "AccessDenied: User: arn:aws:iam::123456789012:user/u is not authorized\n    at async upload (lib/s3.ts:66:3) {\n  '$fault': 'client',\n  Code: 'AccessDenied',\n  RequestId: 'P24N5Z8H88H0RED0'\n}",
      { code: 'AccessDenied', format: 'class-name' },
    ],
    [
      'JavaScript v2 object',
      '{ ConditionalCheckFailedException: The conditional request failed\nat Request.extractError (/var/runtime/node_modules/aws-sdk/lib/protocol/json.js:48:27)',
      { code: 'ConditionalCheckFailedException', format: 'class-name' },
    ],
    ['a Lambda JSON log', '{"errorType":"TooManyRequestsException","errorMessage":"Rate Exceeded."}', { code: 'TooManyRequestsException', format: 'js-dump' }],
    [
      'JSON __type with a namespace',
      '{"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException","message":"Requested resource not found"}',
      { code: 'com.amazonaws.dynamodb.v20120810#ResourceNotFoundException', format: 'json' },
    ],
    [
      'an S3 XML body',
      '<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>',
      { code: 'NoSuchKey', format: 'xml' },
    ],
    [
      'an x-amzn-ErrorType header',
      'x-amzn-ErrorType: InvalidGrantException:http://internal.amazon.com/coral/com.amazonaws.sso.oidc/',
      { code: 'InvalidGrantException', format: 'header' },
    ],
    [
      'a .NET exception',
      'Amazon.DynamoDBv2.Model.ResourceNotFoundException: Cannot do operations on a non-existent table',
      { code: 'ResourceNotFoundException', format: 'class-name' },
    ],
    [
      'a Ruby exception class',
      'error_class=Aws::CloudWatchLogs::Errors::ThrottlingException error="Rate exceeded"',
      { code: 'ThrottlingException', format: 'class-name' },
    ],
    [
      'an S3 HEAD request with no body',
      'fatal error: An error occurred (403) when calling the HeadObject operation: Forbidden',
      { code: '403', format: 'cli', operation: 'HeadObject' },
    ],
    [
      'no credentials, found on the client',
      'botocore.exceptions.NoCredentialsError: Unable to locate credentials',
      { code: 'NoCredentialsError', format: 'class-name' },
    ],
  ])('%s', (_name, text, expected) => {
    expect(errorsIn(text)[0]).toMatchObject(expected)
  })
})

describe('cleaning what terminals and logs add', () => {
  it('reads through colours, Terraform boxes, CRLF and timestamps', () => {
    const raw =
      '\x1b[31m╷\x1b[0m\r\n│ Error: creating IAM Role (x): operation error IAM: CreateRole, https response error StatusCode: 409, RequestID: 1, LimitExceeded: Cannot exceed quota\r\n╵'
    expect(errorsIn(raw)[0]).toMatchObject({ code: 'LimitExceeded', format: 'go-v2', service: 'IAM' })
    expect(cleanText('2022-11-02 13:14:58.302 ERROR hello').text).toBe('hello')
    expect(cleanText('Sep 27 23:41:40 ip-172-31-14-44 boris-http:   service = DynamoDB').text).toBe('  service = DynamoDB')
  })

  it('decodes HTML entities and JSON string escapes', () => {
    expect(cleanText('&lt;Code&gt;AccessDenied&lt;/Code&gt;').text).toBe('<Code>AccessDenied</Code>')
    expect(errorsIn('"{\\"__type\\":\\"IncompleteSignatureException\\",\\"message\\":\\"bad\\"}"')[0]).toMatchObject({ code: 'IncompleteSignatureException' })
  })

  it('joins a line that a terminal hard-wrapped with deep indentation', () => {
    expect(cleanText('is\n                                        not authorized').text).toBe('is not authorized')
  })

  it('cuts a paste beyond the limit in its middle, keeping the newest lines at its end, and says so', () => {
    const fatal = 'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    const { text, truncated } = cleanText(`first line\n${'x'.repeat(2_500_000)}\n${fatal}`)
    expect(truncated).toBe(true)
    expect(text.length).toBeLessThanOrEqual(2_000_000)
    expect(text.startsWith('first line')).toBe(true)
    expect(text.endsWith(fatal)).toBe(true)
    expect(text).toContain('the middle of this text was cut here')
  })
})

describe('one error inside another', () => {
  it('marks the EC2 throttle inside a Lambda error as wrapped by it', () => {
    const errors = errorsIn(
      'InvalidParameterValueException: Your request has been throttled by EC2, please make sure you have enough API rate limit. EC2 Error Code: RequestLimitExceeded. EC2 Error Message: Request limit exceeded.',
    )
    expect(errors).toEqual([
      expect.objectContaining({ code: 'InvalidParameterValueException' }),
      expect.objectContaining({ code: 'RequestLimitExceeded', format: 'wrapped-code', wrappedIn: 0 }),
    ])
  })

  it('marks the Java error inside a CloudFormation handler message as wrapped by it', () => {
    const errors = errorsIn(
      'Resource handler returned message: "The role defined for the function cannot be assumed by Lambda. (Service: Lambda, Status Code: 400, Request ID: d98c) (SDK Attempt Count: 1)" (RequestToken: 4254, HandlerErrorCode: InvalidRequest)',
    )
    expect(errors).toEqual([
      expect.objectContaining({ code: '400', format: 'status-suffix', wrappedIn: 1 }),
      expect.objectContaining({ code: 'InvalidRequest', format: 'cloudformation' }),
    ])
  })

  it('does not nest two errors that each quote the other (found by the property test)', () => {
    const garbled =
      '" (RequestToken: 1, HandlerErrorCode: NotFound)https response error StatusCode: 403, RequestID: AccessDenieds3:GetObject" (RequestToken: 1, HandlerErrorCode: NotFound)(Service: Amazon S3; Status Code: 403; Error Code: " (RequestToken: 1, HandlerErrorCode: NotFound)"'
    const errors = errorsIn(garbled)
    for (const [i, e] of errors.entries()) if (e.wrappedIn !== undefined) expect(errors[e.wrappedIn]?.wrappedIn).not.toBe(i)
  })

  it('merges one error printed twice, as a JavaScript dump does', () => {
    expect(
      errorsIn(
        "InvalidClientTokenId: The security token included in the request is invalid.\n  message: 'The security token included in the request is invalid.',\n  code: 'InvalidClientTokenId',",
      ),
    ).toHaveLength(1)
  })
})

describe('what is not an AWS error code', () => {
  it.each([
    ['a Python KeyError', "Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    print(d['region'])\nKeyError: 'region'"],
    ['a Node connection error', 'Error: connect ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrapper.afterConnect [as oncomplete] (node:net:1555:16)'],
    ['plain prose with colons', 'Note: this happened. Caused by: nothing. Instance: i-123'],
    ['a Route 53 record name in a name= field', "[Tried to create resource record set [name='www.example.com.', type='A'] but it already exists]"],
  ])('%s', (_name, text) => {
    expect(errorsIn(text)).toEqual([])
  })
})
