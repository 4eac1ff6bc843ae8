import { describe, expect, it } from 'vitest'
import { KEY_ID, PASTES } from './__fixtures__/secret-pastes'
import { accessKeyKindOf, findSecrets, redact } from './secrets'
import type { SecretKind } from './types'

/** Findings as (kind, value) pairs, which read better than offsets. */
function found(text: string): [SecretKind, string][] {
  return findSecrets(text).map(({ kind, span }) => [kind, text.slice(span.start, span.end)])
}

describe('findSecrets finds the value, not its label, in', () => {
  it.each(PASTES)('$name', ({ text, secrets }) => {
    expect(found(text)).toEqual(secrets)
  })
})

describe('findSecrets leaves alone what only looks like a secret', () => {
  it('aws configure list, which already masks the keys', () => {
    const text = `      Name                    Value             Type    Location
      ----                    -----             ----    --------
   profile                <not set>             None    None
access_key     ****************MPLE shared-credentials-file
secret_key     ****************EKEY shared-credentials-file
    region                us-east-1      config-file    ~/.aws/config`
    expect(found(text)).toEqual([])
  })

  it('a masked key ID', () => {
    expect(found('The AWS Access Key Id AKIAVIDUC******** you provided does not exist in our records.')).toEqual([])
  })

  it('a 40-character hex hash, even right after a key ID', () => {
    expect(found(`${KEY_ID} rotated in commit 11f6ad8ec52a2984abaafd7c3b516503785c2072`)).toEqual([['access-key-id', KEY_ID]])
  })

  it('40 characters inside a longer base64 run after a key ID', () => {
    const extendedRequestId = 'EXAMPLEy9Tl5yDNt6gX1y0I1MzKnE6DDcWzvvObkH+iuaWvT5bi8Xo0AuV9Mn+IghBhDmXtHc3s='
    expect(found(`${KEY_ID} x-amz-id-2: ${extendedRequestId}`)).toEqual([['access-key-id', KEY_ID]])
  })

  it('request IDs, ARNs, account IDs and the IDs of users, roles and policies', () => {
    const text = [
      'An error occurred (AccessDenied) when calling the GetObject operation: Access Denied',
      '(Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: EXAMPLE7BMJM8PWV)',
      'RequestId: VHQ3D2AR6J0VPHG0RIM4SKCJ4BVV4KQNSO5AEMVJF66Q9ASUAAJG',
      'User: arn:aws:iam::123456789012:user/alice is not authorized to perform: sts:GetSessionToken',
      'Account: 123456789012 UserId: AIDAJQABLZS4A3QDU576Q RoleId: AROA3XFRBF535PLBIFPI4 PolicyId: ANPAJ2UCCR6DPCEXAMPLE',
    ].join('\n')
    expect(found(text)).toEqual([])
  })

  it('password prose, placeholders and paths', () => {
    const text = [
      'FATAL: password authentication failed for user "postgres"',
      'PWD=/home/alice',
      '"password": null',
      'password: ********',
      'DB_PASSWORD=${DB_PASSWORD}',
      'MasterUserPassword: !Ref DbPassword',
      "MasterUserPassword: '{{resolve:secretsmanager:prod/db:SecretString:password}}'",
      'password = var.db_password',
      'postgres://app_user:****@db.example.com/app',
      'Cannot call GetSessionToken with session credentials',
    ].join('\n')
    expect(found(text)).toEqual([])
  })

  it('an STS prefix too short to be a token', () => {
    expect(found('IQoJb3JpZ2luX2VjEV04YdLLd5beSlok')).toEqual([])
  })
})

describe('a huge paste', () => {
  it('is read in one pass, with no pattern backtracking out of control', () => {
    // Fragments that start matches and then fail late, repeated in a shuffled order.
    const fragments = [
      'aws_secret_access_key = ',
      'SessionToken: ',
      'password=',
      '//user:',
      '-----BEGIN RSA PRIVATE KEY-----\n',
      'AKIA',
      KEY_ID,
      ' ',
      '\n',
      '=',
      '/',
      '+',
      'IQoJb3JpZ2luX2Vj',
      'abcdefghijKLMNOPQRST0123456789',
      '-',
      '****',
    ]
    let seed = 1
    let text = ''
    while (text.length < 1_000_000) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
      text += fragments[(seed >>> 16) % fragments.length]
    }
    expect(findSecrets(text).length).toBeGreaterThan(0)
    expect(redact(text).length).toBeGreaterThan(0)
    expect(accessKeyKindOf(text)).toBe('long-term')
  })
})
