import type { AccessKeyKind, SecretFinding, SecretKind, Span } from './types'

/*
 * People paste credentials along with their errors. These rules find them so the page can warn and
 * offer a redacted copy. Every pattern uses bounded repetition and no nested quantifiers, so a
 * long paste costs linear time in any browser's backtracking regex engine.
 *
 * Rules with a capture group report only the group (the value, not its label); `d` gives its indices.
 */

type Rule = { kind: SecretKind; pattern: RegExp; accept?: (value: string) => boolean }

/**
 * An access key ID: AKIA (long-term) or ASIA (temporary), then 16 base-32 characters. What counts
 * as a secret is decided in this file only; the facts and the share link ask it.
 */
export const ACCESS_KEY_ID = '(?:AKIA|ASIA)[A-Z2-7]{16}'
const ACCESS_KEY_ID_ANYWHERE = new RegExp(ACCESS_KEY_ID)

// A secret access key: 40 base64 characters standing alone (a whole value, or a run inside one with
// nothing base64 on either side). Requiring both cases spares lower-case names (buckets, tables)
// that happen to be 40 long.
const SECRET_ACCESS_KEY = /(?<![A-Za-z0-9/+])(?=[A-Za-z0-9/+]{0,39}[a-z])(?=[A-Za-z0-9/+]{0,39}[A-Z])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/

/**
 * Whether a value read from a paste is, or holds, a credential and must never be shown back or
 * shared: an access key ID anywhere, even glued to other text where word-bounded detection misses
 * it, or a secret access key.
 */
export function isSecretLike(value: string): boolean {
  return ACCESS_KEY_ID_ANYWHERE.test(value) || SECRET_ACCESS_KEY.test(value)
}

// Values that stand in for a password rather than being one: masks, references to where it is kept
// (${DB_PASSWORD}, var.db_password, !Ref DbPassword, {{resolve:secretsmanager:…}}, <password>),
// nulls, and paths, which is what `PWD=/home/me` in an env dump holds.
const PLACEHOLDER = /^(?:\*+|\$.*|(?:var|local|data|module)\..*|![a-z]+|\{\{resolve:.*|<.*>|null|none|nil|undefined|[/~].*)$/i

// Listed strongest first: when two findings start at the same place and are as long, the first wins.
const RULES: Rule[] = [
  {
    kind: 'private-key',
    // The body runs to the END line, or for a paste cut short, to the next `-----` or 20,000 characters.
    pattern: /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----(?:[^-]|-(?!----)){1,20000}(?:-----END [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----)?/g,
  },
  {
    kind: 'secret-access-key',
    // aws_secret_access_key = …, SecretAccessKey: "…", <SecretAccessKey>…, --secret-access-key …, | SecretAccessKey | … |
    pattern:
      /secret[_-]?(?:access[_-]?)?key(?:\\?["'])?(?:[ \t]{0,20}(?:[:=]{1,2}>?|[>|])[ \t]{0,20}|[ \t]{1,20})(?:\\?["'])?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/dgi,
  },
  {
    kind: 'session-token',
    // aws_session_token, SessionToken, X-Amz-Security-Token; `%` because presigned URLs percent-encode it.
    pattern: /(?:session|security)[_-]?token(?:\\?["'])?(?:[ \t]{0,20}(?:[:=]{1,2}>?|[>|])[ \t]{0,20}|[ \t]{1,20})(?:\\?["'])?([A-Za-z0-9/+=%]{20,8192})/dgi,
  },
  {
    kind: 'session-token',
    // STS tokens carry a fixed binary header, so these base64 prefixes identify them without a label.
    pattern: /(?<![A-Za-z0-9/+=])(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE|FQoGZXIvYXdzE)[A-Za-z0-9/+=]{84,8192}/g,
    accept: (value) => value.length >= 100,
  },
  {
    kind: 'password',
    // password=…, "MasterUserPassword": "…", DB_PASSWORD: '…'; an unquoted value ends where a
    // connection string, query string or JSON object would start its next field.
    pattern: /(?:password|passwd|pwd)(?:\\?["'])?[ \t]{0,20}[:=][ \t]{0,20}(?:\\?"([^"\\\r\n]{1,200})|'([^'\r\n]{1,200})|([^\s"',;&}<]{1,200}))/dgi,
    accept: (value) => !PLACEHOLDER.test(value),
  },
  {
    kind: 'password',
    // scheme://user:password@host; a literal `@` cannot be in the password, so it ends the value.
    pattern: /\/\/[^\s:/?#@]{0,100}:([^\s/?#@]{1,200})@/dg,
    accept: (value) => !PLACEHOLDER.test(value),
  },
  {
    kind: 'access-key-id',
    // AIDA, AROA, ANPA and the like name users, roles and policies: identifiers, not credentials.
    pattern: new RegExp(`\\b${ACCESS_KEY_ID}\\b`, 'g'),
  },
]

// A bare 40-character token counts only right after a key ID, as in `create-access-key --output text`.
const BARE_SECRET = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g
const BARE_SECRET_REACH = 200
const HEX = /^[0-9a-f]+$/i

// Secret keys are random base64: both cases appear. Hashes and request IDs are hex or one case.
function looksRandom(token: string): boolean {
  return !HEX.test(token) && /[a-z]/.test(token) && /[A-Z]/.test(token)
}

function valueSpan(match: RegExpExecArray): Span {
  const group = match.indices?.slice(1).find((indices) => indices !== undefined)
  const [start, end] = group ?? [match.index, match.index + match[0].length]
  return { start, end }
}

function bareSecretKeys(text: string, keyIds: Span[]): SecretFinding[] {
  const found: SecretFinding[] = []
  if (keyIds.length === 0) return found
  let k = 0
  for (const match of text.matchAll(BARE_SECRET)) {
    // Both lists are in text order, so walking them together keeps this linear.
    while ((keyIds[k + 1]?.end ?? Infinity) <= match.index) k++
    const key = keyIds[k]
    const distance = key ? match.index - key.end : -1
    if (distance >= 0 && distance <= BARE_SECRET_REACH && looksRandom(match[0])) {
      found.push({ kind: 'secret-access-key', span: { start: match.index, end: match.index + 40 } })
    }
  }
  return found
}

/** Every secret in `text`, in text order and non-overlapping; spans cover the value only, never its label. */
export function findSecrets(text: string): SecretFinding[] {
  const candidates: SecretFinding[] = []
  for (const { kind, pattern, accept } of RULES) {
    for (const match of text.matchAll(pattern)) {
      const span = valueSpan(match)
      if (!accept || accept(text.slice(span.start, span.end))) candidates.push({ kind, span })
    }
  }
  const keyIds = candidates.filter((c) => c.kind === 'access-key-id').map((c) => c.span)
  candidates.push(...bareSecretKeys(text, keyIds))

  // The same value is often found twice (by its label and by its shape); keep the earliest, longest one.
  candidates.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)
  const secrets: SecretFinding[] = []
  for (const candidate of candidates) {
    const last = secrets.at(-1)
    if (!last || candidate.span.start >= last.span.end) secrets.push(candidate)
  }
  return secrets
}

const NAMES: Record<Exclude<SecretKind, 'access-key-id'>, string> = {
  'secret-access-key': 'secret access key',
  'session-token': 'session token',
  password: 'password',
  'private-key': 'private key',
}

function marker({ kind }: SecretFinding, value: string): string {
  // Keeping AKIA or ASIA shows whether the leaked key was long-term or temporary.
  if (kind === 'access-key-id') return value.slice(0, 4) + '*'.repeat(value.length - 4)
  return `[REDACTED ${NAMES[kind]}]`
}

/** `text` with each secret replaced by a readable marker; `secrets` as `findSecrets` returns them. */
export function redact(text: string, secrets: SecretFinding[] = findSecrets(text)): string {
  let out = ''
  let at = 0
  for (const secret of secrets) {
    out += text.slice(at, secret.span.start) + marker(secret, text.slice(secret.span.start, secret.span.end))
    at = secret.span.end
  }
  return out + text.slice(at)
}

// A masked key (ASIA****, AKIAVIDUC****) is no secret, but still tells which kind of key was used.
const KEY_ID_OR_MASK = /\b(AKIA|ASIA)(?:[A-Z2-7]{16}\b|[A-Z2-7]{0,15}\*)/g

/** `temporary` if any ASIA key ID shows, else `long-term` if an AKIA one does; masked ones count. */
export function accessKeyKindOf(text: string): AccessKeyKind | undefined {
  let kind: AccessKeyKind | undefined
  for (const match of text.matchAll(KEY_ID_OR_MASK)) {
    if (match[1] === 'ASIA') return 'temporary'
    kind = 'long-term'
  }
  return kind
}
