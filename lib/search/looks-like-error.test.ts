import { describe, expect, it } from 'vitest'
import { looksLikeError } from './looks-like-error'

const BOTO3_TRACEBACK = `Traceback (most recent call last):
  File "deploy.py", line 12, in <module>
    sts.assume_role(RoleArn=role, RoleSessionName="deploy")
botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::123456789012:user/dev is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/deploy`

describe('a query read as a pasted error', () => {
  it.each([
    ['several lines', BOTO3_TRACEBACK],
    ['the CLI sentence', 'An error occurred (ThrottlingException) when calling the DescribeStacks operation'],
    ['an authorization sentence', 'is not authorized to perform: sts:AssumeRole'],
    ['a code followed by its message', 'ExpiredToken: The security token included in the request is expired'],
    ['an S3 XML body', '<Error><Code>NoSuchKey</Code></Error>'],
    ['a Go SDK error', 'operation error S3: GetObject, https response error StatusCode: 403, RequestID: 8F2'],
    ['longer than a search phrase', 'the security token included in the request is invalid when i run terraform plan'],
  ])('%s', (_, query) => {
    expect(looksLikeError(query)).toBe(true)
  })
})

describe('a query searched as words', () => {
  it.each([
    'AccessDenied',
    'kms:Decrypt',
    'AssumeRole',
    '403',
    'presigned url expired',
    'kms key policy grants',
    'The security token included in the request is invalid',
    'a',
  ])('%s', (query) => {
    expect(looksLikeError(query)).toBe(false)
  })

  it('is empty or blank', () => {
    expect(looksLikeError('')).toBe(false)
    expect(looksLikeError('  \n ')).toBe(false)
  })
})
