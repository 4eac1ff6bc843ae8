import { kmsKeyInOtherRegion } from './facts/kms-region'
import type { FoundError, MatcherGuide, Span } from './types'

/** Notes on what a message phrase decides within a broad code. `own`: the error's stretch of the paste, never a neighbour's (read only where a note needs it: a log holds many errors). */
export function notesFor(error: FoundError, guide: MatcherGuide, text: string, own: Span, bareStatus: boolean): string[] {
  const notes: string[] = []
  const said = () => text.slice(own.start, own.end)
  const saysKms = () => {
    const at = text.indexOf(':kms:', own.start)
    return at >= 0 && at < own.end
  }
  const message = error.message ?? ''
  if (bareStatus) notes.push('The response carried no error code (HEAD requests never do), so the guide was chosen from the status and message alone.')
  if (guide.code === 'AccessDenied' && /^(?:GetObject|HeadObject)$/.test(error.operation ?? '') && !/because|explicit deny/.test(message)) {
    notes.push('S3 answers 403 AccessDenied instead of 404 when the key does not exist and the caller lacks s3:ListBucket on the bucket.')
  }
  // S3 answers an expired presigned URL with AccessDenied; no policy is involved, and the body says when it expired.
  if (guide.code === 'AccessDenied' && /Request has expired/.test(message)) {
    const expires = /<Expires>([^<\n]{1,40})<\/Expires>/.exec(said())?.[1]
    const serverTime = /<ServerTime>([^<\n]{1,40})<\/ServerTime>/.exec(said())?.[1]
    const when = expires && serverTime ? ` It was valid until ${expires}; S3 received it at ${serverTime}.` : ''
    notes.push(
      `This is an expired presigned URL, not a missing permission.${when} Sign a new URL (X-Amz-Expires sets how long it lives) and use it before then.`,
    )
  }
  const otherRegion = saysKms() ? kmsKeyInOtherRegion(said()) : undefined
  if (otherRegion) {
    notes.push(
      `The KMS key ${otherRegion.keyArn} is in ${otherRegion.keyRegion}, but the call went to ${otherRegion.callRegion}. A KMS key is used in its own Region: make the call in ${otherRegion.keyRegion}, or use a key in ${otherRegion.callRegion} (for a multi-Region key, its replica there, which has the same key ID).`,
    )
  } else if (
    /does not exist in this region|does not exist, does not exist/i.test(message) ||
    (/kms/i.test(text) && /ciphertext refers to a customer master key/i.test(message))
  ) {
    notes.push('KMS reports a key that is deleted, in another Region or in another account as AccessDeniedException.')
  }
  return notes
}
