import { describe, expect, it } from 'vitest'
import { CREDENTIALS_FILE, DB_URL, KEY_ID, PASTES, PEM, PRESIGNED_URL, SIGNATURE, TEMP_KEY_ID } from './__fixtures__/secret-pastes'
import { accessKeyKindOf, redact } from './secrets'

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
