/**
 * Undoes the breaks a terminal's hard wrap or OCR puts inside the words facts are read from, before
 * whitespace is flattened (after that a break and a space look alike):
 * - a word split after its hyphen at a line end: `identity-⏎based` → `identity-based`;
 * - a principal ARN split at a line end just before "is not authorized": `user/ci-b⏎ot is not…`;
 * - a space OCR reads after the account of an IAM or STS ARN: `123456789012: user/ci-bot`;
 * - a word of IAM's denial sentence split anywhere at a line end: `identity-based p⏎olicy`. Only
 *   the words of that sentence are joined, so a real break between two words stays one.
 * Each pattern starts at a literal or a bounded class, so the text is read in linear time.
 */
const DENIAL_WORDS = new Set([
  'authorized',
  'perform',
  'resource',
  'because',
  'identity',
  'based',
  'policy',
  'policies',
  'permissions',
  'boundary',
  'boundaries',
  'explicit',
  'session',
  'service',
  'control',
  'endpoint',
  'allows',
])

export function joinHardWraps(text: string): string {
  return text
    .replace(/\b([a-z]{1,12})[ \t]{0,8}\r?\n[ \t]{0,8}([a-z]{1,12})\b/g, (whole, head: string, tail: string) =>
      DENIAL_WORDS.has(head + tail) ? head + tail : whole,
    )
    .replace(/([a-z]-)[ \t]{0,8}\r?\n[ \t]{0,8}(?=[a-z])/g, '$1')
    .replace(
      /(arn:aws[\w-]{0,20}:(?:iam|sts)::\d{12}:[\w+=,.@/-]{1,1000})[ \t]{0,8}\r?\n[ \t]{0,8}([\w+=,.@/-]{1,60}) is not authorized/g,
      '$1$2 is not authorized',
    )
    .replace(/(arn:aws[\w-]{0,20}:(?:iam|sts)::\d{12}:) {1,3}(?=(?:user|role|assumed-role|group|federated-user|root)\b)/g, '$1')
}
