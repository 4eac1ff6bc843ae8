import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { match } from './match'
import { realCatalog } from '../catalog/source'
import { CONFIDENT } from './types'

const { matcher: catalog } = await realCatalog()
const top = (text: string) => match(text, catalog).matches[0]

type Case = { id: string; text: string; code: string; accept: string[] }
const cases: Case[] = readFileSync(join(import.meta.dirname, '__fixtures__', 'real-errors.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Case)

describe('real pasted errors (lib/match/__fixtures__/real-errors.jsonl)', () => {
  const covered = cases.filter((c) => c.accept.some((code) => catalog.some((g) => g.codes.includes(code))))

  it('answers every case whose error has a guide with that guide first', () => {
    const wrong = covered.filter((c) => !c.accept.some((code) => top(c.text)?.codes.includes(code)))
    expect(covered.length).toBeGreaterThan(20)
    expect(wrong.map((c) => `${c.id} ${c.code} → ${top(c.text)?.code ?? 'no match'}`)).toEqual([])
  })

  it.each(cases.filter((c) => c.code === 'NONE').map((c) => [c.id, c.text] as const))('%s is not an AWS error and gets no match', (_id, text) => {
    expect(match(text, catalog).matches).toEqual([])
  })

  it('never sends an error whose code has no guide yet to a different guide', () => {
    const uncovered = cases.filter((c) => c.code !== 'NONE' && !covered.includes(c))
    const misled = uncovered.filter((c) => {
      const m = top(c.text)
      return m && !c.accept.some((code) => m.codes.includes(code)) && m.reason.kind === 'message-phrase'
    })
    expect(misled.map((c) => `${c.id} ${c.code} → ${top(c.text)?.code}`)).toEqual([])
  })
})

describe('why a guide matched, and where', () => {
  it('points at the code in the paste, with the format it was read from', () => {
    const text = 'An error occurred (ThrottlingException) when calling the Decrypt operation (reached max retries: 4): Rate exceeded'
    const result = match(text, catalog)
    const m = result.matches[0]!
    expect(m).toMatchObject({ slug: 'throttling-exception', confidence: 0.95, reason: { kind: 'code', text: 'ThrottlingException' } })
    expect(result.text.slice(m.reason.span!.start, m.reason.span!.end)).toBe('ThrottlingException')
    expect(m.reason.detail).toBe('error code ThrottlingException in the AWS CLI / botocore message')
  })

  it('tells a CloudFormation event by its event, not as a Java exception, when a service message is relayed inside it', () => {
    const event =
      'OrdersTable  AWS::DynamoDB::Table  UPDATE_FAILED  Resource handler returned message: "User: arn:aws:sts::123456789012:assumed-role/cfn-exec/AWSCloudFormation is not authorized to perform: dynamodb:UpdateTable on resource: arn:aws:dynamodb:us-east-1:123456789012:table/orders because no identity-based policy allows the dynamodb:UpdateTable action (Service: DynamoDb, Status Code: 400, Request ID: 8Q7V3EXAMPLE)" (RequestToken: 1a2b3c4d, HandlerErrorCode: AccessDenied)'
    const detail = top(event)!.reason.detail
    expect(detail).not.toContain('Java')
    expect(detail).toContain('inside a CloudFormation event')
  })

  it('tells an expired presigned URL apart from a missing permission, with its times', () => {
    const body =
      '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Request has expired</Message><X-Amz-Expires>3600</X-Amz-Expires><Expires>2026-12-01T10:00:00Z</Expires><ServerTime>2026-12-01T11:42:17Z</ServerTime><RequestId>7XJ2EXAMPLE</RequestId><HostId>abc=</HostId></Error>'
    const note = top(body)!.notes.join(' ')
    expect(note).toContain('expired presigned URL')
    expect(note).toContain('2026-12-01T10:00:00Z')
    expect(note).toContain('2026-12-01T11:42:17Z')
  })

  it('finds a known code named in prose, below a structured code', () => {
    expect(top('our deploy keeps failing with AccessDenied since Friday')).toMatchObject({ slug: 'access-denied', reason: { kind: 'code-in-prose' } })
    expect(top('our deploy keeps failing with AccessDenied since Friday')!.confidence).toBeLessThan(0.95)
  })

  it('recognises a distinctive message with no code at all', () => {
    expect(top('2018-06-21 [warn]: thread exited: error="Rate exceeded"')).toMatchObject({ slug: 'throttling-exception', reason: { kind: 'message-phrase' } })
  })

  it('reports two errors in one log as two matches, in the order they happened', () => {
    const log = [
      'An error occurred (ThrottlingException) when calling the DescribeTable operation: Rate exceeded',
      'later: An error occurred (AccessDeniedException) when calling the PutItem operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: dynamodb:PutItem',
    ].join('\n')
    expect(match(log, catalog).matches.map((m) => m.slug)).toEqual(['throttling-exception', 'access-denied'])
  })
})

describe('wrapped errors: the innermost cause decides', () => {
  it('Lambda reporting an EC2 throttle is a throttling problem', () => {
    expect(
      top(
        'InvalidParameterValueException: Your request has been throttled by EC2, please make sure you have enough API rate limit. EC2 Error Code: RequestLimitExceeded. EC2 Error Message: Request limit exceeded.',
      )?.slug,
    ).toBe('throttling-exception')
  })

  it('Terraform around the Go SDK is decided by the API error', () => {
    expect(
      top(
        'Error: reading IAM Role (iam_for_lambda): operation error IAM: GetRole, https response error StatusCode: 403, RequestID: 1, api error AccessDenied: User: arn:aws:sts::123456789012:assumed-role/plan/x is not authorized to perform: iam:GetRole on resource: role iam_for_lambda',
      )?.slug,
    ).toBe('access-denied')
  })

  it('CloudFormation around a Java SDK message is decided by the message', () => {
    expect(
      top(
        "Resource handler returned message: \"1 validation error detected: Value 'x' at 'roleName' failed to satisfy constraint: Member must have length less than or equal to 64 (Service: Iam, Status Code: 400, Request ID: 3f9d) (SDK Attempt Count: 1)\" (RequestToken: 8b0c, HandlerErrorCode: InvalidRequest)",
      )?.slug,
    ).toBe('validation-exception')
  })
})

describe('text inside a message that only looks like a code', () => {
  it('a quota name before a colon does not hide the error around it', () => {
    const result = match('An error occurred (Throttling) when calling the CreatePolicy operation: Cannot exceed quota for PolicySize: 6144', catalog)
    expect(result.matches[0]?.slug).toBe('throttling-exception')
  })
})

describe('known traps', () => {
  it('an S3 HEAD request answered 403 with no code is AccessDenied, and says why', () => {
    const m = top('fatal error: An error occurred (403) when calling the HeadObject operation: Forbidden')!
    expect(m).toMatchObject({ slug: 'access-denied', reason: { kind: 'code' } })
    expect(m.notes.join(' ')).toMatch(/no error code/)
  })

  it("the Java SDK's `Error Code: null` is no code: a 403 from S3 is AccessDenied", () => {
    const m = top(
      'com.amazonaws.services.s3.model.AmazonS3Exception: Forbidden (Service: Amazon S3; Status Code: 403; Error Code: null; Request ID: 4442587FB7D0A2F9; S3 Extended Request ID: abc=)',
    )!
    expect(m).toMatchObject({ slug: 'access-denied', facts: { httpStatus: 403, requestId: '4442587FB7D0A2F9' } })
  })

  it('an S3 GetObject AccessDenied warns that a missing key looks the same without s3:ListBucket', () => {
    expect(top('An error occurred (AccessDenied) when calling the GetObject operation: Access Denied')!.notes.join(' ')).toMatch(/s3:ListBucket/)
  })

  it('KMS naming a key in another Region AccessDeniedException says so', () => {
    const m = top(
      'An error occurred (AccessDeniedException) when calling the Decrypt operation: The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.',
    )!
    expect(m.slug).toBe('access-denied')
    expect(m.notes.join(' ')).toMatch(/another Region/)
  })

  it("API Gateway's Missing Authentication Token is not taken for an IAM denial", () => {
    const result = match(
      'HTTP/1.1 403 Forbidden\nx-amzn-ErrorType: MissingAuthenticationTokenException\nx-amzn-RequestId: 1\n\n{"message":"Missing Authentication Token"}',
      catalog,
    )
    expect(result.matches.map((m) => m.slug)).not.toContain('access-denied')
    expect(result.errors.map((e) => e.code)).toContain('MissingAuthenticationTokenException')
  })

  it('a code with no guide yet is not answered by a guide whose phrase it shares', () => {
    // DisabledException (KMS) has no guide; its message reads like another guide's phrase.
    const result = match(
      'An error occurred (DisabledException) when calling the Decrypt operation: The security token included in the request is invalid',
      catalog,
    )
    expect(result.matches).toEqual([])
    expect(result.suggestions[0]).toMatchObject({ slug: 'invalid-client-token-id' })
    expect(result.suggestions[0]!.confidence).toBeLessThan(CONFIDENT)
  })
})

describe('facts', () => {
  it('fills principal, action, resource, reason and region from an AccessDenied message', () => {
    const { facts } = match(
      'An error occurred (AccessDeniedException) when calling the GetParameter operation: User: arn:aws:sts::123456789012:assumed-role/web/i-0 is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:ap-northeast-1:123456789012:parameter/x because no identity-based policy allows the ssm:GetParameter action',
      catalog,
    )
    expect(facts).toMatchObject({
      operation: 'GetParameter',
      principalArn: 'arn:aws:sts::123456789012:assumed-role/web/i-0',
      accountId: '123456789012',
      action: 'ssm:GetParameter',
      resourceArn: 'arn:aws:ssm:ap-northeast-1:123456789012:parameter/x',
      region: 'ap-northeast-1',
      denyReason: { kind: 'implicit', policyType: 'identity-based' },
    })
  })

  it('tells a temporary key from a long-term one, and never keeps the key', () => {
    const text =
      'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid. Credential=ASIAIOSFODNN7EXAMPLE/20240101/us-east-1/sts/aws4_request'
    const result = match(text, catalog)
    expect(result.facts.accessKeyKind).toBe('temporary')
    expect(JSON.stringify(result.facts)).not.toContain('ASIAIOSFODNN7EXAMPLE')
    expect(result.secrets).toEqual([expect.objectContaining({ kind: 'access-key-id' })])
  })

  it('reads only a request ID after a request ID label, never an unlabelled secret key glued to it', () => {
    // Found by the property test below (seed 332281468): a label, then a JSON fragment, then a key.
    const result = match('(Service: Amazon S3; Status Code: 403; Error Code: Request ID: "__type":"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', catalog)
    expect(JSON.stringify(result.facts)).not.toContain('wJalrXUtnFEMI')
    expect(JSON.stringify(result.matches)).not.toContain('wJalrXUtnFEMI')
    expect(result.facts.requestId).toBeUndefined()
    expect(
      match('Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: 4442587FB7D0A2F9; S3 Extended Request ID: x)', catalog)
        .facts.requestId,
    ).toBe('4442587FB7D0A2F9')
  })

  it('offers a copy of the paste with every secret masked', () => {
    const result = match(
      'aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nAn error occurred (SignatureDoesNotMatch) when calling the ListBuckets operation',
      catalog,
    )
    expect(result.redacted).toContain('AKIA****************')
    expect(result.redacted).not.toContain('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')
    expect(result.redacted).toContain('An error occurred (SignatureDoesNotMatch)')
    expect(match('An error occurred (AccessDenied) when calling the GetObject operation: Access Denied', catalog).redacted).toBeUndefined()
  })
})

describe('no match rather than a guess', () => {
  it.each([
    [
      'Azure',
      "(AuthorizationFailed) The client 'x' with object id 'y' does not have authorization to perform action 'Microsoft.Resources/subscriptions/resourcegroups/write'",
    ],
    ['Google Cloud', 'google.api_core.exceptions.PermissionDenied: 403 Permission denied on resource project demo.'],
    [
      'Aliyun OSS copying S3 codes',
      'Error: oss: service returned error: StatusCode=403, ErrorCode=AccessDenied, ErrorMessage=You have no right to access this object., RequestId=598338A88CEE3190462CAA94',
    ],
    [
      'Huawei OBS',
      'com.obs.services.exception.ObsException: Error message:Request Error. -- ResponseCode: 403, ResponseStatus: Forbidden, <Code>AccessDenied</Code>',
    ],
    ['a Node connection error', 'Error: connect ECONNREFUSED 127.0.0.1:5432'],
    ['a Python KeyError', "KeyError: 'AWS_REGION'"],
    ['an empty paste', ''],
    ['HTML', '<img src=x onerror="alert(1)"><script>alert(2)</script>'],
  ])('%s', (_name, text) => {
    expect(match(text, catalog).matches).toEqual([])
  })

  it('names the other platform', () => {
    expect(match('google.api_core.exceptions.PermissionDenied: 403 Permission denied on resource project demo.', catalog).notAws?.platform).toBe('Google Cloud')
  })
})
