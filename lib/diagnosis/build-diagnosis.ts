import { FAMILIES, type Family } from '../catalog/families'
import type { PublicGuide } from '../catalog/public-catalog'
import { errorRegions } from '../match/error-regions'
import { redact } from '../match/secrets'
import { signalsOf } from './signals-of'
import type { Facts, FoundError, GuideMatch, MatchKind, MatchResult, SecretFinding, Span } from '../match/types'
import { encodeShare, type SharedDiagnosis } from '../share/diagnosis-link'
import { withFacts } from '../share/share-param'
import { factRows } from './fact-rows'
import { orderChecks } from './order-checks'
import type { Diagnosis, DiagnosisCard, Excerpt, Suggestion } from './types'

const CONTEXT = 60

/** `text[from, to)` with every secret that reaches into it masked, as the redacted copy masks it. */
function maskedSlice(text: string, from: number, to: number, secrets: SecretFinding[]): string {
  const inside = secrets
    .filter(({ span }) => span.start < to && span.end > from)
    .map(({ kind, span }) => ({ kind, span: { start: Math.max(span.start, from) - from, end: Math.min(span.end, to) - from } }))
  return redact(text.slice(from, to), inside)
}

/**
 * The matched text and up to a line's worth of context either side, cut at line ends. Secrets are
 * masked: a screenshot of the card is what people share.
 */
function excerptOf(text: string, span: Span, secrets: SecretFinding[]): Excerpt {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1
  const lineEnd = text.indexOf('\n', span.end)
  const from = Math.max(lineStart, span.start - CONTEXT)
  const to = Math.min(lineEnd === -1 ? text.length : lineEnd, span.end + CONTEXT)
  return {
    before: (from > lineStart ? '…' : '') + maskedSlice(text, from, span.start, secrets),
    match: maskedSlice(text, span.start, span.end, secrets),
    after: maskedSlice(text, span.end, to, secrets) + (to < (lineEnd === -1 ? text.length : lineEnd) ? '…' : ''),
  }
}

/**
 * A short name for one incident (the guides and facts a diagnosis holds), so that ticks belong to
 * it and a new incident starts unticked. Named from its share link, which is the same for a paste
 * and for the link a teammate opens. FNV-1a: no need for a cryptographic hash here.
 */
export function incidentOf(share: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < share.length; i++) hash = Math.imul(hash ^ share.charCodeAt(i), 0x01000193)
  return (hash >>> 0).toString(36)
}

/** `said`: the error's own text, whose phrases can raise signals (absent for a shared link, which carries no text). */
type CardSource = {
  guide: PublicGuide
  foundCode: string
  kind: MatchKind
  why: string
  excerpt?: Excerpt
  notes: string[]
  error?: FoundError
  facts: Facts
  said?: string
}

function card({ guide, foundCode, kind, why, excerpt, notes, error, facts, said }: CardSource): DiagnosisCard {
  const family = FAMILIES[guide.family as Family]
  return {
    slug: guide.slug,
    code: guide.code,
    ...(foundCode !== guide.code ? { foundCode } : {}),
    title: guide.title,
    url: guide.url,
    factsUrl: factsUrlOf(guide, facts),
    familyLabel: family?.label ?? guide.family,
    familySentence: family?.sentence ?? '',
    matchKind: kind,
    why,
    ...(excerpt ? { excerpt } : {}),
    notes,
    facts: factRows(facts, error),
    checks: orderChecks(guide, facts, signalsOf(facts, said)),
  }
}

/** The guide with this error's facts in its fragment, under the share links' rules; the plain guide when there are none. */
function factsUrlOf(guide: PublicGuide, facts: Facts): string {
  if (Object.keys(facts).length === 0) return guide.url
  return withFacts(guide.url, encodeShare({ v: 1, matches: [{ slug: guide.slug, code: guide.code }], facts }))
}

const suggestion = (g: PublicGuide): Suggestion => ({ slug: g.slug, code: g.code, title: g.title, url: g.url })

function foundCodeOf(m: GuideMatch, errors: FoundError[]): string {
  return (m.error !== undefined && m.reason.kind === 'code' ? errors[m.error]?.code : undefined) ?? m.code
}

/** The paste page's diagnosis of a match result: one card per matched guide, or suggestions. */
export function diagnosePaste(result: MatchResult, guides: PublicGuide[]): Diagnosis {
  const bySlug = new Map(guides.map((g) => [g.slug, g]))
  const { regionOf } = errorRegions(result.text, result.errors)
  const sources = result.matches.flatMap((m): CardSource[] => {
    const guide = bySlug.get(m.slug)
    if (!guide) return []
    const error = m.error === undefined ? undefined : result.errors[m.error]
    const region = regionOf(error?.span.start ?? m.reason.span?.start ?? 0)
    return [
      {
        guide,
        foundCode: foundCodeOf(m, result.errors),
        kind: m.reason.kind,
        why: m.reason.detail,
        excerpt: m.reason.span ? excerptOf(result.text, m.reason.span, result.secrets) : undefined,
        notes: m.notes,
        error,
        facts: m.facts ?? result.facts,
        said: result.text.slice(region.start, region.end),
      },
    ]
  })
  // One card's facts ride as the link's facts; with several, each match carries its own error's.
  const several = sources.length > 1
  const shared: SharedDiagnosis = {
    v: 1,
    matches: sources.map((s) => ({ slug: s.guide.slug, code: s.foundCode, ...(several ? { facts: s.facts } : {}) })),
    facts: several ? {} : (sources[0]?.facts ?? result.facts),
  }
  const share = sources.length ? encodeShare(shared) : undefined
  return {
    origin: 'paste',
    cards: sources.map(card),
    // "Innermost cause first" is only true where one error wraps another.
    nested: result.errors.some((e) => e.wrappedIn !== undefined),
    // An error from another platform gets no list of AWS guides: none of them answers it.
    suggestions: result.notAws ? [] : result.suggestions.flatMap((s) => (bySlug.has(s.slug) ? [suggestion(bySlug.get(s.slug)!)] : [])),
    ...(result.notAws ? { notAws: result.notAws } : {}),
    secretKinds: [...new Set(result.secrets.map((s) => s.kind))],
    ...(result.redacted !== undefined ? { redacted: result.redacted } : {}),
    truncated: result.truncated,
    ...(share ? { share, incident: incidentOf(share) } : {}),
    unknownGuides: [],
  }
}

/** A teammate's view of a shared link: the same tailored checklists, without the paste behind them. */
export function diagnoseShared(shared: SharedDiagnosis, guides: PublicGuide[]): Diagnosis {
  const bySlug = new Map(guides.map((g) => [g.slug, g]))
  // A slug named twice would give two identical cards whose ids clash: one card per guide.
  const matches = [...new Map(shared.matches.map((m) => [m.slug, m])).values()]
  const sources = matches.flatMap(({ slug, code, facts }): CardSource[] => {
    const guide = bySlug.get(slug)
    return guide ? [{ guide, foundCode: code, kind: 'code', why: `a teammate's paste matched ${code}`, notes: [], facts: facts ?? shared.facts }] : []
  })
  // Passed on as it came, less what this site cannot show, so the next teammate sees the same.
  const known: SharedDiagnosis = { ...shared, matches: matches.filter((m) => bySlug.has(m.slug)) }
  const share = sources.length ? encodeShare(known) : undefined
  return {
    origin: 'link',
    cards: sources.map(card),
    nested: false,
    suggestions: [],
    secretKinds: [],
    truncated: false,
    ...(share ? { share, incident: incidentOf(share) } : {}),
    unknownGuides: matches.filter((m) => !bySlug.has(m.slug)).map((m) => m.slug),
  }
}
