import { describe, expect, it } from 'vitest'
import { extractFacts } from './index'

// Texts below are real pastes from lib/match/__fixtures__/real-errors.jsonl (ids such as c151 in the
// test names) or the examples AWS documents for these errors ("reference 1.3" names the section of the
// project's error reference they were taken from), already cleaned the way the matcher cleans a paste
// (ANSI colours, Terraform box characters and CRLF removed).

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
