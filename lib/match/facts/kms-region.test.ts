import { describe, expect, it } from 'vitest'
import { kmsKeyInOtherRegion } from './kms-region'

const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'

describe('a KMS key in another Region than the call', () => {
  it.each([
    [
      'the endpoint the call reached',
      `operation error KMS: Decrypt, https response error StatusCode: 400, RequestID: x, AccessDeniedException: key ${KEY} post https://kms.eu-west-1.amazonaws.com/`,
    ],
    [
      'another ARN of the error',
      `AccessDeniedException: Access to KMS is not allowed for arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf with key ${KEY}`,
    ],
    [
      '--region on the command line',
      `$ aws kms decrypt --region eu-west-1 --key-id ${KEY} --ciphertext-blob fileb://c.bin\nAn error occurred (AccessDeniedException) when calling the Decrypt operation: on ${KEY}`,
    ],
  ])('is told by %s', (_how, text) => {
    expect(kmsKeyInOtherRegion(text)).toEqual({ keyArn: KEY, keyRegion: 'us-east-1', callRegion: 'eu-west-1' })
  })

  it('is not claimed when the Regions agree or the call has no Region to compare', () => {
    expect(kmsKeyInOtherRegion(`An error occurred (AccessDeniedException) when calling the Decrypt operation: on ${KEY}`)).toBeUndefined()
    expect(kmsKeyInOtherRegion(`post https://kms.us-east-1.amazonaws.com/ AccessDeniedException on ${KEY}`)).toBeUndefined()
  })
})
