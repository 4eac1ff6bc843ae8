import { describe, expect, it } from 'vitest'
import { joinHardWraps } from './hard-wraps'
import { extractFacts } from './index'

// Texts below are real pastes from lib/match/__fixtures__/real-errors.jsonl (ids such as c151 in the
// test names) or the examples AWS documents for these errors ("reference 1.3" names the section of the
// project's error reference they were taken from), already cleaned the way the matcher cleans a paste
// (ANSI colours, Terraform box characters and CRLF removed).

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
    expect(extractFacts('Encoded authorization failure message: VvuncIxj7Z_CPGNYXWqnuFV-YvByeAU66Q0752...').encodedMessage).toBeUndefined()
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

describe('extractFacts: text wrapped by a terminal or read by OCR', () => {
  const ONE_LINE =
    'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:iam::123456789012:user/ci-bot is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::acme-exports/daily.csv" because no identity-based policy allows the s3:PutObject action'
  const whoAndWhy = (text: string) => {
    const { principalArn, denyReason } = extractFacts(text)
    return { principalArn, policyType: denyReason?.policyType }
  }

  it.each([
    [
      'a terminal wrap inside the principal and after a hyphen',
      ONE_LINE.replace('user/ci-bot ', 'user/ci-b\not ').replace('identity-based', 'identity-\nbased'),
    ],
    [
      'a terminal wrap inside the principal and inside a word of the reason',
      ONE_LINE.replace('user/ci-bot ', 'user/ci-b\not ').replace('based policy', 'based p\nolicy'),
    ],
    ['OCR reading a space after the account', ONE_LINE.replace('123456789012:user', '123456789012: user').replace('identity-based', 'identity-\nbased')],
  ])('gives the same principal and reason for %s', (_how, text) => {
    expect(whoAndWhy(text)).toEqual(whoAndWhy(ONE_LINE))
    expect(whoAndWhy(ONE_LINE)).toEqual({ principalArn: 'arn:aws:iam::123456789012:user/ci-bot', policyType: 'identity-based' })
  })

  it('joins only the words of the denial sentence: a real break between two words stays', () => {
    expect(joinHardWraps('identity-based p\nolicy')).toBe('identity-based policy')
    expect(joinHardWraps('no\npolicy')).toBe('no\npolicy')
    expect(joinHardWraps('user/ci-b\not')).toBe('user/ci-b\not')
  })
})
