import { codeForBareResponse, hasCodeShape, isCatchAllCode, isWrapperClass } from './code-kinds'
import { candidate, codePageCandidate, excerpt, type GuideCandidate } from './candidates'
import { guideForCode, startsPhrase, type GuideIndex } from './guide-index'
import { FORMATS } from './formats'
import { knownCode, type KnownCode } from './known-codes'
import { familyByName, type NameFamily } from './name-shape'
import { codeKey } from './normalize-code'
import { notesFor } from './match-notes'
import type { FoundError, GuideMatch, KnownCodes, MatchKind, MatcherGuide, Span, UnlistedCode } from './types'

const CONFIDENCE: Record<Exclude<MatchKind, 'fuzzy'>, number> = { code: 0.95, 'code-in-prose': 0.75, 'message-phrase': 0.7 }
const NORMALISED_CODE = 0.9
/** A phrase inside a structured error that names a more specific cause than its (validation) code. */
const INNER_PHRASE = 0.85
/** A phrase that a more specific, guide-less code overrules: worth showing, not worth trusting. */
const OVERRULED = 0.45

const within = (s: Span, outer: Span | undefined) => !!outer && s.start >= outer.start && s.end <= outer.end

/** Whether a service as an SDK printed it (`Ecs`, `DynamoDb`, `Amazon S3`) returns a registry code. */
function returnedBy(known: KnownCode, printedService: string): boolean {
  const key = (name: string) => name.replace(/^Amazon|^AWS|\s/gi, '').toLowerCase()
  return known.services.some((s) => key(s) === key(printedService))
}

type PhraseHit = { guide: MatcherGuide; phrase: string; span: Span }

function phraseHits(index: GuideIndex, text: string): PhraseHit[] {
  const hits: PhraseHit[] = []
  for (const { guide, phrase, pattern } of index.phrases) {
    pattern.lastIndex = 0
    for (let hit = pattern.exec(text); hit; hit = pattern.exec(text)) {
      if (startsPhrase(text, hit.index)) {
        hits.push({ guide, phrase, span: { start: hit.index, end: hit.index + hit[0].length } })
        break
      }
      pattern.lastIndex = hit.index + 1
    }
  }
  return hits.sort((a, b) => a.span.start - b.span.start)
}

/** Known codes written as words outside any error structure: "got AccessDenied from S3". */
function codesInProse(index: GuideIndex, text: string, taken: Span[]): { guide: MatcherGuide; span: Span; word: string }[] {
  const hits: { guide: MatcherGuide; span: Span; word: string }[] = []
  const seen = new Set<string>()
  for (const m of text.matchAll(/(?<![\w#-])[A-Za-z][A-Za-z0-9]{2,80}(?:\.[A-Za-z][A-Za-z0-9]{1,60}){0,2}(?![\w-])/g)) {
    const word = m[0]
    const guide = index.byCode.get(codeKey(word))
    if (!guide || seen.has(guide.slug)) continue
    // One-word codes are ordinary words in prose ("403 Forbidden", "Unauthorized"): only code-shaped words count.
    if (!hasCodeShape(word)) continue
    const span = { start: m.index, end: m.index + word.length }
    if (taken.some((t) => span.start < t.end && span.end > t.start)) continue
    seen.add(guide.slug)
    hits.push({ guide, span, word })
  }
  return hits
}

/** Errors that say only "an AWS call failed": wrapper classes, bare HTTP statuses, CloudFormation handler categories. */
function isGeneric(error: FoundError): boolean {
  return isWrapperClass(error.code) || /^\d{3}$/.test(error.code) || FORMATS[error.format].generic
}

/**
 * `weak`: a code nobody lists, in a `Name:` of prose-like text (`Cannot exceed quota for PolicySize: 6144`),
 * says too little to overrule the error around it. `unlisted`: a code nobody lists, in a shape only
 * AWS prints, with the family its name points to.
 */
type Decision = { match?: GuideCandidate; overruled?: GuideCandidate; weak?: boolean; unlisted?: { family: NameFamily; word: string } }

/** What printed an error, for the reason sentence: an error relayed inside another is told by its outermost wrapper. */
function printedBy(errors: FoundError[], i: number): string {
  let outer = i
  for (let up = errors[i]?.wrappedIn; up !== undefined && up !== outer; up = errors[up]?.wrappedIn) outer = up
  const own = FORMATS[errors[i]!.format].printedBy
  return outer === i ? own : `${own}, inside ${FORMATS[errors[outer]!.format].printedBy}`
}

/** The code page of a registry code, unless a guide's phrase in the message names a more specific cause than a catch-all code does. */
function decideByRegistry(errors: FoundError[], i: number, known: KnownCode, text: string, inMessage: PhraseHit[]): Decision {
  const error = errors[i]!
  const phrase = inMessage[0]
  if (phrase && (known.family === 'validation' || isCatchAllCode(known.code)))
    return {
      match: candidate(phrase.guide, 'message-phrase', INNER_PHRASE, `"${phrase.phrase}" inside a ${error.code} names the real cause`, text, phrase.span, i),
    }
  const detail = `error code ${error.code}${known.exact ? '' : ` (${known.code})`} in ${printedBy(errors, i)}, an AWS code with a page but no guide yet`
  return {
    match: codePageCandidate(known, known.exact ? CONFIDENCE.code : NORMALISED_CODE, detail, text, error.span, i),
    overruled:
      phrase &&
      candidate(phrase.guide, 'message-phrase', OVERRULED, `"${phrase.phrase}" appears, but the error code ${error.code} says more`, text, phrase.span, i),
  }
}

/**
 * What one error says on its own. A specific code decides by itself: its guide, else its code
 * page, else (in a shape only AWS prints) the family its name points to. A generic error is
 * decided by a distinctive phrase in its message, then by its category code, then by what its
 * bare status means.
 */
/** `stretch`: the part of the paste error `i` owns (see error-regions.ts), for the notes. */
function decide(
  errors: FoundError[],
  i: number,
  text: string,
  index: GuideIndex,
  phrases: PhraseHit[],
  stretch: Span,
  registry?: KnownCodes,
): Decision | undefined {
  const error = errors[i]!
  const inMessage = phrases.filter((p) => within(p.span, error.messageSpan))
  if (isGeneric(error)) {
    const phrase = inMessage[0]
    if (phrase)
      return {
        match: candidate(phrase.guide, 'message-phrase', INNER_PHRASE, `"${phrase.phrase}" in the message of ${printedBy(errors, i)}`, text, phrase.span, i),
      }
    const own = /^\d{3}$/.test(error.code) ? undefined : guideForCode(index, error.code)
    const bare = own ? undefined : codeForBareResponse(error)
    const lookup = own ?? (bare ? guideForCode(index, bare) : undefined)
    if (!lookup) {
      // A class that is both a wrapper and some service's code (`ClientException`: ECS's, and the
      // Java SDK's name for any client error) is that code only where that service answered.
      const known = error.service ? knownCode(registry, error.code) : undefined
      return known && returnedBy(known, error.service!) ? decideByRegistry(errors, i, known, text, inMessage) : undefined
    }
    const detail = bare ? `${error.message ?? error.code} with no error code means ${bare}` : `error code ${error.code} in ${printedBy(errors, i)}`
    return {
      match: candidate(lookup.guide, 'code', NORMALISED_CODE, detail, text, error.span, i, notesFor(error, lookup.guide, text, stretch, !!bare)),
    }
  }
  const lookup = guideForCode(index, error.code)
  if (!lookup) {
    const known = knownCode(registry, error.code)
    if (known) return decideByRegistry(errors, i, known, text, inMessage)
    const phrase = inMessage[0]
    const format = FORMATS[error.format]
    const byName = format.unmistakable ? familyByName(error.code) : undefined
    return {
      weak: format.loose,
      ...(byName ? { unlisted: byName } : {}),
      overruled:
        phrase &&
        candidate(
          phrase.guide,
          'message-phrase',
          OVERRULED,
          `"${phrase.phrase}" appears, but the error code ${error.code} has no guide yet`,
          text,
          phrase.span,
          i,
        ),
    }
  }
  const { guide, exact } = lookup
  // Validation and catch-all codes often wrap the real cause ("ValidationError: … The image id … does not exist").
  // A catch-all code printed apart from its message (API Gateway's `x-amzn-ErrorType: ForbiddenException`
  // header above a `{"message":"Forbidden"}` body) is decided by a phrase anywhere in its own stretch.
  const deciding = isCatchAllCode(error.code) ? phrases.filter((p) => within(p.span, stretch)) : guide.family === 'validation' ? inMessage : []
  const inner = deciding.find((p) => p.guide.slug !== guide.slug)
  if (inner)
    return {
      match: candidate(inner.guide, 'message-phrase', INNER_PHRASE, `"${inner.phrase}" inside a ${error.code} names the real cause`, text, inner.span, i),
    }
  const detail = `error code ${error.code}${exact ? '' : ` (the ${guide.code} family)`} in ${printedBy(errors, i)}`
  return {
    match: candidate(guide, 'code', exact ? CONFIDENCE.code : NORMALISED_CODE, detail, text, error.span, i, notesFor(error, guide, text, stretch, false)),
  }
}

/**
 * Picks guides for the errors found, strongest evidence first: a code in an error structure, then
 * a known code in prose, then a distinctive message phrase. An error wrapped in another is decided
 * by the innermost error that says something; a guide-less code is never papered over by a phrase
 * from a different guide. `regionOf` gives the stretch of the paste an error owns, whose text its notes read.
 */
export function rank(
  errors: FoundError[],
  text: string,
  index: GuideIndex,
  regionOf: (at: number) => Span,
  registry?: KnownCodes,
): { matches: GuideMatch[]; overruled: GuideMatch[]; unlisted: UnlistedCode[] } {
  const phrases = phraseHits(index, text)
  const decisions = errors.map((error, i) => decide(errors, i, text, index, phrases, regionOf(error.span.start), registry))
  // Text inside an error that spoke for itself is that error's business; text inside a guide-less
  // `Name:` that said nothing (`AwsCredentials: NotAuthorizedException …`) is still read as prose.
  const spoke = (i: number) => {
    const d = decisions[i]
    return !!d && !(d.weak && !d.match)
  }
  // A wrapper steps aside for any error inside it that decided something.
  const overridden = new Set<number>()
  decisions.forEach((decision, i) => {
    if (!spoke(i)) return
    for (let outer = errors[i]?.wrappedIn; outer !== undefined && !overridden.has(outer); outer = errors[outer]?.wrappedIn) overridden.add(outer)
  })
  const found: GuideCandidate[] = []
  const overruled: GuideCandidate[] = []
  const unlisted: UnlistedCode[] = []
  decisions.forEach((decision, i) => {
    if (!decision || overridden.has(i)) return
    if (decision.match) found.push(decision.match)
    if (decision.overruled) overruled.push(decision.overruled)
    if (decision.unlisted) unlisted.push(unlistedCode(errors, i, text, decision.unlisted))
  })

  const spokenSpans = errors.flatMap((e, i) => (spoke(i) ? [e.span, ...(e.messageSpan ? [e.messageSpan] : [])] : []))
  for (const hit of codesInProse(index, text, spokenSpans)) {
    found.push(candidate(hit.guide, 'code-in-prose', CONFIDENCE['code-in-prose'], `the error code ${hit.word} is named in the text`, text, hit.span))
  }
  for (const p of phrases) {
    if (spokenSpans.some((r) => within(p.span, r))) continue
    found.push(candidate(p.guide, 'message-phrase', CONFIDENCE['message-phrase'], `the message "${p.phrase}" is typical of ${p.guide.code}`, text, p.span))
  }
  return { matches: best(found), overruled: best(overruled), unlisted }
}

function unlistedCode(errors: FoundError[], i: number, text: string, { family, word }: { family: NameFamily; word: string }): UnlistedCode {
  const { code, span } = errors[i]!
  const detail = `error code ${code} in ${printedBy(errors, i)}: no AWS list names it, but its name (“${word}”) reads as a ${family} error`
  return { code, family, word, error: i, reason: { kind: 'code', detail, text: excerpt(text, span), span } }
}

/** One match per guide, the strongest kind of evidence first, then in the order the paste tells it. */
function best(candidates: GuideCandidate[]): GuideMatch[] {
  const tier = (c: GuideCandidate) => (c.confidence >= NORMALISED_CODE ? 0 : c.confidence >= CONFIDENCE['code-in-prose'] ? 1 : 2)
  const sorted = [...candidates].sort((a, b) => tier(a) - tier(b) || a.position - b.position)
  const bySlug = new Map<string, GuideMatch>()
  for (const { position: _position, ...match } of sorted) if (!bySlug.has(match.slug)) bySlug.set(match.slug, match)
  return [...bySlug.values()]
}
