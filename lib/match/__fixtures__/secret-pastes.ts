import type { SecretKind } from '../types'

// Made-up credentials in the real shapes: AWS's documented example key, and random base64.
export const KEY_ID = 'AKIAIOSFODNN7EXAMPLE'
export const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
export const TEMP_KEY_ID = 'ASIAY34FZKBOKMUTVV7A'
export const TEMP_SECRET = 'maiPycpCxHC4OBVs7gchG1cN3oPZ0zOWFMjtB+DC'
export const TOKEN =
  'IQoJb3JpZ2luX2VjEV04YdLLd5beSlokTcqeGDbJDr8nzEbjJH6n+ij7MBIVetNjCR1d9zPlkNgeVK/Ofyq0aCmk7mYHL1AGAHxx8Q9pbXqV' +
  'ZzpO32tVfMMwJ11uQU+8zz07dadR6IS4zqn2JFcusXY93HFbfF99yDa4/aFnSedjkmZMMxc2FYFDoi9Un/BmkR8+/fO+U9mEENcb0zw/kV0g' +
  'WG/LnPDJv5VSBYixcHkIhRO89NlXiCQJ83T9iWN+e'
export const PEM = `-----BEGIN RSA PRIVATE KEY-----
t0ViIHRq/sqe66IRzyiL0ggxjE8sgkmvOPcZAI9f1ZvyElcFEo5/t2EEMfWpCF4D
FD3yYtFuJwHn2ry+5R/IEUSPfxxULAJnrFTUBVh7a9/sIa1GHC8TdiJPeh4OSGzY
AOYE+CbumYcZ86lQ4eGbRRdmeJWrKxKcU4BPzwd/J92whv9oZhF1lRpAjhPYLIyV
ZnaJ9n52
-----END RSA PRIVATE KEY-----`
export const SIGNATURE = '2ed07df241ec9e7419947f75ad1f3781e30e5dc4e9ba999aac219cac2250173c'

export const CREDENTIALS_FILE = `[default]
aws_access_key_id = ${KEY_ID}
aws_secret_access_key = ${SECRET}
aws_session_token = ${TOKEN}
region = us-east-1`

export const PRESIGNED_URL =
  'https://amzn-s3-demo-bucket.s3.us-east-1.amazonaws.com/report.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256' +
  `&X-Amz-Credential=${KEY_ID}/20240101/us-east-1/s3/aws4_request&X-Amz-Date=20240101T000000Z&X-Amz-Expires=3600` +
  `&X-Amz-Security-Token=${encodeURIComponent(TOKEN)}&X-Amz-SignedHeaders=host&X-Amz-Signature=${SIGNATURE}`

export const DB_URL = 'DATABASE_URL is postgres://app_user:s3cr3t-Pa55@mydb.abc123.us-east-1.rds.amazonaws.com:5432/app'

/** Pastes with secrets in them, and exactly what must be found in each. */
export const PASTES: { name: string; text: string; secrets: [SecretKind, string][] }[] = [
  {
    name: 'a credentials file',
    text: CREDENTIALS_FILE,
    secrets: [
      ['access-key-id', KEY_ID],
      ['secret-access-key', SECRET],
      ['session-token', TOKEN],
    ],
  },
  {
    name: 'environment variable exports',
    text: `export AWS_ACCESS_KEY_ID=${TEMP_KEY_ID}\nexport AWS_SECRET_ACCESS_KEY="${TEMP_SECRET}"\nexport AWS_SESSION_TOKEN='${TOKEN}'`,
    secrets: [
      ['access-key-id', TEMP_KEY_ID],
      ['secret-access-key', TEMP_SECRET],
      ['session-token', TOKEN],
    ],
  },
  {
    name: 'PowerShell and aws configure set',
    text: `$Env:AWS_SECRET_ACCESS_KEY="${SECRET}"\naws configure set aws_secret_access_key ${TEMP_SECRET}`,
    secrets: [
      ['secret-access-key', SECRET],
      ['secret-access-key', TEMP_SECRET],
    ],
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
    secrets: [
      ['access-key-id', TEMP_KEY_ID],
      ['secret-access-key', TEMP_SECRET],
      ['session-token', TOKEN],
    ],
  },
  {
    name: 'the XML an STS query API answers with',
    text: `<Credentials>\n  <SessionToken>${TOKEN}</SessionToken>\n  <SecretAccessKey>${TEMP_SECRET}</SecretAccessKey>\n</Credentials>`,
    secrets: [
      ['session-token', TOKEN],
      ['secret-access-key', TEMP_SECRET],
    ],
  },
  {
    name: 'JSON escaped inside a log line',
    text: `msg="loaded" creds="{\\"secretAccessKey\\":\\"${SECRET}\\",\\"sessionToken\\":\\"${TOKEN}\\"}"`,
    secrets: [
      ['secret-access-key', SECRET],
      ['session-token', TOKEN],
    ],
  },
  {
    name: 'a key pair printed by create-access-key --output text, with no labels',
    text: `ACCESSKEY\t${KEY_ID}\t2024-01-01T00:00:00+00:00\t${SECRET}\tActive\talice`,
    secrets: [
      ['access-key-id', KEY_ID],
      ['secret-access-key', SECRET],
    ],
  },
  {
    name: 'a table printed by aws sts get-session-token --output table',
    text: `||  AccessKeyId     |  ${TEMP_KEY_ID}  ||\n||  SecretAccessKey |  ${TEMP_SECRET}  ||\n||  SessionToken    |  ${TOKEN}  ||`,
    secrets: [
      ['access-key-id', TEMP_KEY_ID],
      ['secret-access-key', TEMP_SECRET],
      ['session-token', TOKEN],
    ],
  },
  {
    name: 'a presigned URL',
    text: PRESIGNED_URL,
    secrets: [
      ['access-key-id', KEY_ID],
      ['session-token', encodeURIComponent(TOKEN)],
    ],
  },
  {
    name: 'a security token header',
    text: `Authorization: AWS4-HMAC-SHA256 Credential=${TEMP_KEY_ID}/20240101/us-east-1/s3/aws4_request\nx-amz-security-token: ${TOKEN}`,
    secrets: [
      ['access-key-id', TEMP_KEY_ID],
      ['session-token', TOKEN],
    ],
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
