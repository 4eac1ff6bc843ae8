/**
 * The matcher's vocabulary, shared by the browser, the command line and tests.
 * Spans index into `MatchResult.text`, the cleaned paste.
 */
import type { ErrorFormat } from './formats'
import type { NameFamily } from './name-shape'

export type { ErrorFormat } from './formats'

export type Span = { start: number; end: number }

/** The kinds of policy a deny can name, each with the name a reader knows it by. */
export const POLICY_TYPES = {
  'identity-based': 'identity-based policy',
  'resource-based': 'resource-based policy',
  'permissions-boundary': 'permissions boundary',
  session: 'session policy',
  'service-control': 'service control policy (SCP)',
  'resource-control': 'resource control policy (RCP)',
  'vpc-endpoint': 'VPC endpoint policy',
  trust: 'trust policy',
} as const satisfies Record<string, string>

export type PolicyType = keyof typeof POLICY_TYPES
export const POLICY_TYPE_IDS = Object.keys(POLICY_TYPES) as [PolicyType, ...PolicyType[]]

/** Why AWS denied: implicit ("no X allows") or explicit ("explicit deny in X"), and in which policy type. */
export type DenyReason = { kind: 'implicit' | 'explicit'; policyType?: PolicyType; text: string }

/** `long-term` for AKIA… keys, `temporary` for ASIA… keys. The key itself is never kept. */
export type AccessKeyKind = 'long-term' | 'temporary'

/** What a pasted error tells about the failing call. Never holds a secret. */
export type Facts = {
  service?: string
  operation?: string
  httpStatus?: number
  requestId?: string
  principalArn?: string
  accountId?: string
  action?: string
  resourceArn?: string
  region?: string
  denyReason?: DenyReason
  policyArn?: string
  encodedMessage?: string
  authorizationId?: string
  accessKeyKind?: AccessKeyKind
  bucket?: string
  key?: string
  table?: string
  functionName?: string
  queue?: string
  stack?: string
}

/** One error found in the paste. `code` is as printed; `wrappedIn` points at the error whose message holds it. */
export type FoundError = {
  code: string
  format: ErrorFormat
  span: Span
  message?: string
  messageSpan?: Span
  service?: string
  operation?: string
  httpStatus?: number
  requestId?: string
  wrappedIn?: number
}

export type MatchKind = 'code' | 'code-in-prose' | 'message-phrase' | 'fuzzy'

export type MatchReason = {
  kind: MatchKind
  /** One plain sentence a user can read: what was found and why it points to this guide. */
  detail: string
  /** The text that matched, and where; a fuzzy suggestion has no place in the paste. */
  text: string
  span?: Span
}

/** What answers a match: a written guide, or the page every registry code has (/errors/<code>/) where no guide covers it. */
export type AnswerKind = 'guide' | 'code'

/**
 * A guide or code page chosen for the paste. `confidence` is 0..1; at or above CONFIDENT it is a
 * match, below it a suggestion. For a code page, `slug` is its path segment and `codes` the code alone.
 */
export type GuideMatch = {
  kind: AnswerKind
  slug: string
  code: string
  codes: string[]
  title: string
  confidence: number
  reason: MatchReason
  /** Index into `errors` of the error this match answers, when it came from one. */
  error?: number
  /** Known traps that apply, such as S3 answering 403 for a missing key. */
  notes: string[]
  /** The facts of this match's own error (its stretch of the paste); set on matches, not on suggestions. */
  facts?: Facts
}

export type SecretKind = 'access-key-id' | 'secret-access-key' | 'session-token' | 'password' | 'private-key'

export type SecretFinding = { kind: SecretKind; span: Span }

/**
 * A paste from another platform. `s3Compatible`: a store that speaks S3's API and reuses its codes,
 * so an S3 guide may still help as a suggestion, never as the diagnosis.
 */
export type NotAws = { platform: string; evidence: string; s3Compatible?: true }

/**
 * A code that no AWS list names, printed in a shape only AWS's SDKs and services print: its name
 * still tells its family (`…NotFound`, `…AlreadyExists`, `Throttl…`), by the word `word`.
 */
export type UnlistedCode = { code: string; family: NameFamily; word: string; error: number; reason: MatchReason; facts?: Facts }

export type MatchResult = {
  /** The paste after cleaning (colours, box drawing, log prefixes, escapes removed); spans point here. */
  text: string
  /** True when the paste was longer than the matcher reads, and was cut. */
  truncated: boolean
  errors: FoundError[]
  matches: GuideMatch[]
  /** The facts of the first match's error (each match carries its own), or of the paste when nothing matched. */
  facts: Facts
  suggestions: GuideMatch[]
  /** Codes in an AWS structure that neither a guide nor the registry knows, with the family their name points to. */
  unlisted: UnlistedCode[]
  secrets: SecretFinding[]
  /** The cleaned paste with every secret masked; present only when there was a secret to mask. */
  redacted?: string
  notAws?: NotAws
}

/** What the matcher needs of each guide: a subset of the catalog entry, as /catalog.json serves it. */
export type MatcherGuide = {
  slug: string
  code: string
  codes: string[]
  title: string
  summary: string
  family: string
  services: string[]
  phrases: string[]
  searchTerms: string[]
}

/**
 * Every AWS error code the site knows, as /catalog.json serves it (lib/registry/compact.ts builds
 * it): code → [service indexes, HTTP status (0 when none is known), flags, family index, kind index].
 */
export type KnownCodes = {
  services: readonly string[]
  families: readonly string[]
  kinds: readonly string[]
  codes: Readonly<Record<string, readonly [services: readonly number[], httpStatus: number, flags: number, family: number, kind: number]>>
}

/** What the matcher reads: the guides, and (to know every AWS code) the registry. */
export type MatcherCatalog = { guides: MatcherGuide[]; registry?: KnownCodes }

export const CONFIDENT = 0.6
