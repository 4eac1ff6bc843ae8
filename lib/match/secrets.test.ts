import { describe, expect, it } from 'vitest'
import { accessKeyKindOf, findSecrets, redact } from './secrets'
import type { SecretKind } from './types'

// Made-up credentials in the real shapes: AWS's documented example key, and random base64.
const KEY_ID = 'AKIAIOSFODNN7EXAMPLE'
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
const TEMP_KEY_ID = 'ASIAY34FZKBOKMUTVV7A'
const TEMP_SECRET = 'maiPycpCxHC4OBVs7gchG1cN3oPZ0zOWFMjtB+DC'
const TOKEN =
  'IQoJb3JpZ2luX2VjEV04YdLLd5beSlokTcqeGDbJDr8nzEbjJH6n+ij7MBIVetNjCR1d9zPlkNgeVK/Ofyq0aCmk7mYHL1AGAHxx8Q9pbXqV' +
  'ZzpO32tVfMMwJ11uQU+8zz07dadR6IS4zqn2JFcusXY93HFbfF99yDa4/aFnSedjkmZMMxc2FYFDoi9Un/BmkR8+/fO+U9mEENcb0zw/kV0g' +
  'WG/LnPDJv5VSBYixcHkIhRO89NlXiCQJ83T9iWN+e'
const PEM = `-----BEGIN RSA PRIVATE KEY-----
t0ViIHRq/sqe66IRzyiL0ggxjE8sgkmvOPcZAI9f1ZvyElcFEo5/t2EEMfWpCF4D
FD3yYtFuJwHn2ry+5R/IEUSPfxxULAJnrFTUBVh7a9/sIa1GHC8TdiJPeh4OSGzY
AOYE+CbumYcZ86lQ4eGbRRdmeJWrKxKcU4BPzwd/J92whv9oZhF1lRpAjhPYLIyV
ZnaJ9n52
-----END RSA PRIVATE KEY-----`
const SIGNATURE = '2ed07df241ec9e7419947f75ad1f3781e30e5dc4e9ba999aac219cac2250173c'

/** Findings as (kind, value) pairs, which read better than offsets. */
function found(text: string): [SecretKind, string][] {
  return findSecrets(text).map(({ kind, span }) => [kind, text.slice(span.start, span.end)])
}

const CREDENTIALS_FILE = `[default]
aws_access_key_id = ${KEY_ID}
aws_secret_access_key = ${SECRET}
aws_session_token = ${TOKEN}
region = us-east-1`

const PRESIGNED_URL =
  'https://amzn-s3-demo-bucket.s3.us-east-1.amazonaws.com/report.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256' +
  `&X-Amz-Credential=${KEY_ID}/20240101/us-east-1/s3/aws4_request&X-Amz-Date=20240101T000000Z&X-Amz-Expires=3600` +
  `&X-Amz-Security-Token=${encodeURIComponent(TOKEN)}&X-Amz-SignedHeaders=host&X-Amz-Signature=${SIGNATURE}`

const DB_URL = 'DATABASE_URL is postgres://app_user:s3cr3t-Pa55@mydb.abc123.us-east-1.rds.amazonaws.com:5432/app'

/** Pastes with secrets in them, and exactly what must be found in each. */
const PASTES: { name: string; text: string; secrets: [SecretKind, string][] }[] = [
  {
    name: 'a credentials file',
    text: CREDENTIALS_FILE,
    secrets: [['access-key-id', KEY_ID], ['secret-access-key', SECRET], ['session-token', TOKEN]],
  },
  {
    name: 'environment variable exports',
    text: `export AWS_ACCESS_KEY_ID=${TEMP_KEY_ID}\nexport AWS_SECRET_ACCESS_KEY="${TEMP_SECRET}"\nexport AWS_SESSION_TOKEN='${TOKEN}'`,
    secrets: [['access-key-id', TEMP_KEY_ID], ['secret-access-key', TEMP_SECRET], ['session-token', TOKEN]],
  },
  {
    name: 'PowerShell and aws configure set',
    text: `$Env:AWS_SECRET_ACCESS_KEY="${SECRET}"\naws configure set aws_secret_access_key ${TEMP_SECRET}`,
    secrets: [['secret-access-key', SECRET], ['secret-access-key', TEMP_SECRET]],
  },
  {
    name: 'the JSON from aws sts assume-role',
    text: `{
    "Credentials": {
        "AccessKeyId": "${TEMP_KEY_ID}",
        "SecretAccessKey": "${TEMP_SECRET}",
        "SessionToken": "${TOKEN}",
        "Expiration": "2024-01-01T01:00:00+00:00"
    },
    "AssumedRoleUser": {
        "AssumedRoleId": "AROA3XFRBF535PLBIFPI4:s3-access-example",
        "Arn": "arn:aws:sts::123456789012:assumed-role/demo/s3-access-example"
    }
}`,
    secrets: [['access-key-id', TEMP_KEY_ID], ['secret-access-key', TEMP_SECRET], ['session-token', TOKEN]],
  },
  {
    name: 'the XML an STS query API answers with',
    text: `<Credentials>\n  <SessionToken>${TOKEN}</SessionToken>\n  <SecretAccessKey>${TEMP_SECRET}</SecretAccessKey>\n</Credentials>`,
    secrets: [['session-token', TOKEN], ['secret-access-key', TEMP_SECRET]],
  },
  {
    name: 'JSON escaped inside a log line',
    text: `msg="loaded" creds="{\\"secretAccessKey\\":\\"${SECRET}\\",\\"sessionToken\\":\\"${TOKEN}\\"}"`,
    secrets: [['secret-access-key', SECRET], ['session-token', TOKEN]],
  },
  {
    name: 'a key pair printed by create-access-key --output text, with no labels',
    text: `ACCESSKEY\t${KEY_ID}\t2024-01-01T00:00:00+00:00\t${SECRET}\tActive\talice`,
    secrets: [['access-key-id', KEY_ID], ['secret-access-key', SECRET]],
  },
  {
    name: 'a table printed by aws sts get-session-token --output table',
    text: `||  AccessKeyId     |  ${TEMP_KEY_ID}  ||\n||  SecretAccessKey |  ${TEMP_SECRET}  ||\n||  SessionToken    |  ${TOKEN}  ||`,
    secrets: [['access-key-id', TEMP_KEY_ID], ['secret-access-key', TEMP_SECRET], ['session-token', TOKEN]],
  },
  {
    name: 'a presigned URL',
    text: PRESIGNED_URL,
    secrets: [['access-key-id', KEY_ID], ['session-token', encodeURIComponent(TOKEN)]],
  },
  {
    name: 'a security token header',
    text: `Authorization: AWS4-HMAC-SHA256 Credential=${TEMP_KEY_ID}/20240101/us-east-1/s3/aws4_request\nx-amz-security-token: ${TOKEN}`,
    secrets: [['access-key-id', TEMP_KEY_ID], ['session-token', TOKEN]],
  },
  {
    name: 'an STS token with no label',
    text: `token was ${TOKEN} (expired)`,
    secrets: [['session-token', TOKEN]],
  },
  {
    name: 'a database URL',
    text: DB_URL,
    secrets: [['password', 's3cr3t-Pa55']],
  },
  {
    name: 'password settings',
    text: [
      'DB_PASSWORD=hunter2',
      '"MasterUserPassword": "correct horse battery staple"',
      "passwd: 'Tr0ub4dor&3'",
      'Server=db;User Id=admin;Pwd=P@ssw0rd;Database=app',
    ].join('\n'),
    secrets: [
      ['password', 'hunter2'],
      ['password', 'correct horse battery staple'],
      ['password', 'Tr0ub4dor&3'],
      ['password', 'P@ssw0rd'],
    ],
  },
  {
    name: 'a PEM private key',
    text: `key file:\n${PEM}\nend of file`,
    secrets: [['private-key', PEM]],
  },
  {
    name: 'a private key in a JSON string',
    text: `{"private_key": "${PEM.replaceAll('\n', '\\n')}\\n", "client_email": "x"}`,
    secrets: [['private-key', PEM.replaceAll('\n', '\\n')]],
  },
  {
    name: 'an error that quotes a temporary key ID',
    text:
      'An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: Credential should be scoped ' +
      `to a valid region. Credential: '${TEMP_KEY_ID}/20200128/us-east-1/sts/aws4_request'`,
    secrets: [['access-key-id', TEMP_KEY_ID]],
  },
]

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

describe('redact', () => {
  it('replaces each secret with a readable marker and keeps every other character', () => {
    expect(redact(CREDENTIALS_FILE)).toBe(`[default]
aws_access_key_id = AKIA****************
aws_secret_access_key = [REDACTED secret access key]
aws_session_token = [REDACTED session token]
region = us-east-1`)
    expect(redact(DB_URL)).toBe('DATABASE_URL is postgres://app_user:[REDACTED password]@mydb.abc123.us-east-1.rds.amazonaws.com:5432/app')
    expect(redact(`key file:\n${PEM}\nend of file`)).toBe('key file:\n[REDACTED private key]\nend of file')
  })

  it('keeps ASIA visible, so a redacted paste still shows the key was temporary', () => {
    expect(redact(`Credential=${TEMP_KEY_ID}/20240101`)).toBe('Credential=ASIA****************/20240101')
  })

  it('keeps the rest of a presigned URL usable for reading', () => {
    expect(redact(PRESIGNED_URL)).toBe(
      'https://amzn-s3-demo-bucket.s3.us-east-1.amazonaws.com/report.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256' +
        '&X-Amz-Credential=AKIA****************/20240101/us-east-1/s3/aws4_request&X-Amz-Date=20240101T000000Z&X-Amz-Expires=3600' +
        `&X-Amz-Security-Token=[REDACTED session token]&X-Amz-SignedHeaders=host&X-Amz-Signature=${SIGNATURE}`,
    )
  })

  it.each(PASTES)('leaves no secret from $name', ({ text, secrets }) => {
    const redacted = redact(text)
    for (const [, value] of secrets) expect(redacted).not.toContain(value)
  })

  it('returns a paste without secrets unchanged', () => {
    const text = 'An error occurred (AccessDenied) when calling the ListBuckets operation: Access Denied'
    expect(redact(text)).toBe(text)
  })
})

describe('accessKeyKindOf', () => {
  it('says temporary for an ASIA key ID and long-term for an AKIA one', () => {
    expect(accessKeyKindOf(`Credential=${TEMP_KEY_ID}/20200128/us-east-1/sts/aws4_request`)).toBe('temporary')
    expect(accessKeyKindOf(`aws_access_key_id = ${KEY_ID}`)).toBe('long-term')
  })

  it('reads masked key IDs too, since a redacted paste still tells the kind', () => {
    expect(accessKeyKindOf('The AWS Access Key Id AKIAVIDUC******** you provided does not exist')).toBe('long-term')
    expect(accessKeyKindOf('"AccessKeyId": "ASIA****"')).toBe('temporary')
    expect(accessKeyKindOf(redact(`key ${TEMP_KEY_ID}`))).toBe('temporary')
  })

  it('says temporary when both kinds appear, since the session credentials are the ones in use', () => {
    expect(accessKeyKindOf(`source profile ${KEY_ID}, assumed role ${TEMP_KEY_ID}`)).toBe('temporary')
  })

  it('says nothing when no key ID shows, or only a fully masked one', () => {
    expect(accessKeyKindOf('access_key     ****************MPLE shared-credentials-file')).toBeUndefined()
    expect(accessKeyKindOf('RoleId: AROA3XFRBF535PLBIFPI4')).toBeUndefined()
  })
})

describe('a huge paste', () => {
  it('is read in one pass, with no pattern backtracking out of control', () => {
    // Fragments that start matches and then fail late, repeated in a shuffled order.
    const fragments = [
      'aws_secret_access_key = ', 'SessionToken: ', 'password=', '//user:', '-----BEGIN RSA PRIVATE KEY-----\n',
      'AKIA', KEY_ID, ' ', '\n', '=', '/', '+', 'IQoJb3JpZ2luX2Vj', 'abcdefghijKLMNOPQRST0123456789', '-', '****',
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
