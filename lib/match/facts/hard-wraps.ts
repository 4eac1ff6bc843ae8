/**
 * Undoes the breaks a terminal's hard wrap or OCR puts inside the words facts are read from, before
 * whitespace is flattened (after that a break and a space look alike):
 * - a word split after its hyphen at a line end: `identity-⏎based` → `identity-based`;
 * - a principal ARN split at a line end just before "is not authorized": `user/ci-b⏎ot is not…`;
 * - a space OCR reads after the account of an IAM or STS ARN: `123456789012: user/ci-bot`.
 * Each pattern starts at a literal or a bounded class, so the text is read in linear time.
 */
export function joinHardWraps(text: string): string {
  return text
    .replace(/([a-z]-)[ \t]{0,8}\r?\n[ \t]{0,8}(?=[a-z])/g, '$1')
    .replace(
      /(arn:aws[\w-]{0,20}:(?:iam|sts)::\d{12}:[\w+=,.@/-]{1,1000})[ \t]{0,8}\r?\n[ \t]{0,8}([\w+=,.@/-]{1,60}) is not authorized/g,
      '$1$2 is not authorized',
    )
    .replace(/(arn:aws[\w-]{0,20}:(?:iam|sts)::\d{12}:) {1,3}(?=(?:user|role|assumed-role|group|federated-user|root)\b)/g, '$1')
}
