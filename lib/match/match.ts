import { cleanText } from './clean-text'
import { detectOtherPlatform } from './detect-platform'
import { knownCode } from './known-codes'
import { errorRegions } from './error-regions'
import { extractFacts } from './facts'
import { findErrors, type PatternHit } from './find-errors'
import { buildGuideIndex, guideForCode, type GuideIndex } from './guide-index'
import { rank } from './rank'
import { accessKeyKindOf, findSecrets, isSecretLike, redact } from './secrets'
import {
  CONFIDENT,
  type Facts,
  type FoundError,
  type GuideMatch,
  type KnownCodes,
  type MatcherGuide,
  type MatchResult,
  type NotAws,
  type SecretFinding,
  type Span,
} from './types'

/** The fuzzy query is a short excerpt, never the whole paste: fuse.js is built for short patterns. */
const FUZZY_QUERY_LENGTH = 120
const SUGGESTIONS = 3

const indexes = new WeakMap<MatcherGuide[], GuideIndex>()

/** Builds (once per catalog array) the lookup tables the matcher uses. */
export function indexFor(catalog: MatcherGuide[]): GuideIndex {
  let index = indexes.get(catalog)
  if (!index) indexes.set(catalog, (index = buildGuideIndex(catalog)))
  return index
}

function fuzzyQuery(text: string, errors: FoundError[]): string {
  const first = errors[0]
  if (first) return `${first.code} ${first.message ?? ''}`.slice(0, FUZZY_QUERY_LENGTH)
  const line = text.split('\n', 200).find((l) => /error|exception|denied|fail|invalid|exceed|not found|forbidden/i.test(l)) ?? text
  return line.trim().slice(0, FUZZY_QUERY_LENGTH)
}

function suggestionsFor(index: GuideIndex, query: string, extra: GuideMatch[]): GuideMatch[] {
  const fuzzy = query
    ? index.fuse.search(query, { limit: SUGGESTIONS + extra.length }).map(({ item, score = 1 }): GuideMatch => ({
        kind: 'guide',
        slug: item.slug,
        code: item.code,
        codes: item.codes,
        title: item.title,
        // Fuzzy resemblance is never trusted as a diagnosis: it stays below CONFIDENT.
        confidence: Math.round((1 - score) * 50) / 100,
        reason: { kind: 'fuzzy', detail: `the text resembles the ${item.code} guide`, text: query },
        notes: [],
      }))
    : []
  const seen = new Set<string>()
  return [...extra, ...fuzzy].filter((s) => !seen.has(s.slug) && seen.add(s.slug)).slice(0, SUGGESTIONS)
}

/** Below CONFIDENT: an S3 guide for a store that only imitates S3 is a lead, never the diagnosis. */
const IMITATION = 0.4

/**
 * For an S3-compatible store, the S3 guides its codes point to, as weak suggestions that say so;
 * for another cloud, nothing: no AWS guide answers it.
 */
function s3GuidesFor(notAws: NotAws, matches: GuideMatch[], index: GuideIndex): GuideMatch[] {
  if (!notAws.s3Compatible) return []
  const s3 = new Set(index.guides.filter((g) => g.services.some((s) => /\bS3\b/.test(s))).map((g) => g.slug))
  const caveat = `${notAws.platform} reuses S3's error codes, but it is not AWS: checks of IAM, bucket policies and AWS accounts may not apply there, and its own documentation has the last word.`
  return matches
    .filter((m) => m.kind === 'guide' && s3.has(m.slug))
    .slice(0, SUGGESTIONS)
    .map((m) => ({ ...m, confidence: Math.min(m.confidence, IMITATION), notes: [caveat, ...m.notes] }))
}

/** Facts of one stretch of the paste (read once however many matches share it), completed by what the error deciding it carried. */
function factsOf(text: string, region: Span, error: FoundError | undefined, read: Map<number, Facts>): Facts {
  let facts = read.get(region.start)
  if (!facts) {
    const stretch = text.slice(region.start, region.end)
    const accessKeyKind = accessKeyKindOf(stretch)
    read.set(region.start, (facts = { ...extractFacts(stretch), ...(accessKeyKind ? { accessKeyKind } : {}) }))
  }
  return {
    ...facts,
    service: facts.service ?? error?.service,
    operation: facts.operation ?? error?.operation,
    httpStatus: facts.httpStatus ?? error?.httpStatus,
    requestId: facts.requestId ?? error?.requestId,
  }
}

/** Facts travel into share links and commands: any value that holds a secret is dropped, not trimmed. */
function safeFacts(facts: Facts, text: string, secrets: SecretFinding[]): Facts {
  const secretValues = secrets.map((s) => text.slice(s.span.start, s.span.end))
  const leaks = (value: unknown) => {
    const s = typeof value === 'string' ? value : JSON.stringify(value)
    return isSecretLike(s) || secretValues.some((secret) => s.includes(secret))
  }
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined && !leaks(v))) as Facts
}

/**
 * Reads a pasted AWS error (or a whole log) and says which guides answer it, why, and what the
 * paste tells about the failing call. Pure: the same input and catalog always give the same result,
 * in the browser, on the command line and in tests. `trace` hears every hit of every error pattern,
 * kept or refused (`npm run match -- --trace`). With `registry` (what /catalog.json serves), every
 * AWS code is known: one without a guide is answered by its code page.
 */
export function match(
  raw: string,
  catalog: MatcherGuide[],
  { trace, registry }: { trace?: (hit: PatternHit) => void; registry?: KnownCodes } = {},
): MatchResult {
  const index = indexFor(catalog)
  const { text, truncated } = cleanText(raw)
  const secrets = findSecrets(text)
  // The registry says which codes AWS sends; without it, the codes guides answer stand in.
  const notAws = detectOtherPlatform(text, (code) => (registry ? !!knownCode(registry, code)?.exact : !!guideForCode(index, code)))
  const errors = findErrors(text, (code) => !!guideForCode(index, code), trace)
  // Each error owns a stretch of the paste: its notes and facts come from there, never a neighbour's.
  const { regionOf } = errorRegions(text, errors)
  const ranked = rank(errors, text, index, regionOf, registry)
  const confident = notAws ? [] : ranked.matches.filter((m) => m.confidence >= CONFIDENT)
  const weak = [...ranked.matches.filter((m) => !confident.includes(m)), ...ranked.overruled]
  const suggestions = notAws ? s3GuidesFor(notAws, ranked.matches, index) : confident.length ? [] : suggestionsFor(index, fuzzyQuery(text, errors), weak)
  const read = new Map<number, Facts>()
  const ownFacts = (m: Pick<GuideMatch, 'error' | 'reason'> | undefined): Facts => {
    const error = m?.error !== undefined ? errors[m.error] : m ? undefined : errors[0]
    // With no match there is no error to own a stretch: the whole paste speaks.
    const region = m ? regionOf(error?.span.start ?? m.reason.span?.start ?? 0) : { start: 0, end: text.length }
    return safeFacts(factsOf(text, region, error, read), text, secrets)
  }
  const matches = confident.map((m) => ({ ...m, facts: ownFacts(m) }))
  const unlisted = notAws ? [] : ranked.unlisted.map((u) => ({ ...u, facts: ownFacts({ error: u.error, reason: u.reason }) }))
  return {
    text,
    truncated,
    errors,
    matches,
    facts: matches[0]?.facts ?? ownFacts(undefined),
    suggestions,
    unlisted,
    secrets,
    ...(secrets.length ? { redacted: redact(text, secrets) } : {}),
    ...(notAws ? { notAws } : {}),
  }
}
