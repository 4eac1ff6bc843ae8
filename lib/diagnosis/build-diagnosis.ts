import { FAMILIES, type Family } from '../catalog/families'
import type { PublicGuide } from '../catalog/public-catalog'
import { codePagePath, codePageSegment } from '../match/code-page-path'
import { errorRegions } from '../match/error-regions'
import { knownCode } from '../match/known-codes'
import { redact } from '../match/secrets'
import { checklistFor, FAMILY_CHECKLISTS } from '../registry/checklists'
import type { CodeKind } from '../registry/types'
import { signalsOf } from './signals-of'
import type { Facts, FoundError, GuideMatch, KnownCodes, MatchKind, MatchResult, SecretFinding, Span, UnlistedCode } from '../match/types'
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

/** What a card answers with: a guide, or a code page or a family's checklist, which have a guide's shape. */
type Target = Pick<PublicGuide, 'slug' | 'code' | 'title' | 'url' | 'family' | 'checks'> & { answer: DiagnosisCard['answer'] }

const guideTarget = (guide: PublicGuide): Target => ({ ...guide, answer: 'guide' })

/** A registry code's page, with the checklist the page shows (its kind's, else its family's). */
function codeTarget(m: GuideMatch, registry: KnownCodes | undefined): Target {
  const known = knownCode(registry, m.code)
  const family = (known?.family ?? 'validation') as Family
  return {
    answer: 'code',
    slug: m.slug,
    code: m.code,
    title: m.title,
    url: codePagePath(m.code),
    family,
    checks: checklistFor(family, (known?.kind ?? 'api') as CodeKind),
  }
}

/** A code no list names has no page: its family's section of the index, and the family's checklist. */
function familyTarget(u: UnlistedCode): Target {
  return {
    answer: 'family',
    slug: `unlisted-${codePageSegment(u.code)}`,
    code: u.code,
    title: `${u.code}: a code AWS does not list`,
    url: `/errors/#${u.family}`,
    family: u.family,
    checks: FAMILY_CHECKLISTS[u.family],
  }
}

/** `said`: the error's own text, whose phrases can raise signals (absent for a shared link, which carries no text). */
type CardSource = {
  target: Target
  foundCode: string
  kind: MatchKind
  why: string
  excerpt?: Excerpt
  notes: string[]
  error?: FoundError
  facts: Facts
  said?: string
}

// Offline, a guide whose checklist this device never fetched still gets its card, and is told why it is bare.
const CHECKS_UNAVAILABLE =
  'The checklist of this guide could not be loaded: there is no connection and this device has not kept it. The full guide has every check.'

function card({ target, foundCode, kind, why, excerpt, notes, error, facts, said }: CardSource): DiagnosisCard {
  const family = FAMILIES[target.family as Family]
  const checks = target.checks === null ? [] : orderChecks({ url: target.url, checks: target.checks }, facts, signalsOf(facts, said))
  return {
    answer: target.answer,
    slug: target.slug,
    code: target.code,
    ...(foundCode !== target.code ? { foundCode } : {}),
    title: target.title,
    url: target.url,
    // Only a guide reads facts from its address; a family's checks live on no page of their own.
    factsUrl: target.answer === 'guide' ? factsUrlOf(target, facts) : target.url,
    familyLabel: family?.label ?? target.family,
    familySentence: family?.sentence ?? '',
    matchKind: kind,
    why,
    ...(excerpt ? { excerpt } : {}),
    notes: target.checks === null ? [...notes, CHECKS_UNAVAILABLE] : notes,
    facts: factRows(facts, error),
    checks: target.answer === 'family' ? checks.map((c) => ({ ...c, url: target.url })) : checks,
  }
}

/** The guide with this error's facts in its fragment, under the share links' rules; the plain guide when there are none. */
function factsUrlOf(guide: Pick<PublicGuide, 'slug' | 'code' | 'url'>, facts: Facts): string {
  if (Object.keys(facts).length === 0) return guide.url
  return withFacts(guide.url, encodeShare({ v: 1, matches: [{ slug: guide.slug, code: guide.code }], facts }))
}

const suggestion = (g: PublicGuide): Suggestion => ({ slug: g.slug, code: g.code, title: g.title, url: g.url })

function foundCodeOf(m: GuideMatch, errors: FoundError[]): string {
  return (m.error !== undefined && m.reason.kind === 'code' ? errors[m.error]?.code : undefined) ?? m.code
}

/**
 * The paste page's diagnosis of a match result: one card per matched guide or code page, then one
 * per unlisted code, or suggestions. `registry` (what /catalog.json serves) gives a code page its checklist.
 */
export function diagnosePaste(result: MatchResult, guides: PublicGuide[], registry?: KnownCodes): Diagnosis {
  const bySlug = new Map(guides.map((g) => [g.slug, g]))
  const { regionOf } = errorRegions(result.text, result.errors)
  const sourceOf = (target: Target, m: Pick<GuideMatch, 'error' | 'reason' | 'facts'> & { notes?: string[] }, foundCode: string): CardSource => {
    const error = m.error === undefined ? undefined : result.errors[m.error]
    const region = regionOf(error?.span.start ?? m.reason.span?.start ?? 0)
    return {
      target,
      foundCode,
      kind: m.reason.kind,
      why: m.reason.detail,
      excerpt: m.reason.span ? excerptOf(result.text, m.reason.span, result.secrets) : undefined,
      notes: m.notes ?? [],
      error,
      facts: m.facts ?? result.facts,
      said: result.text.slice(region.start, region.end),
    }
  }
  const sources = [
    ...result.matches.flatMap((m): CardSource[] => {
      const guide = m.kind === 'guide' ? bySlug.get(m.slug) : undefined
      if (m.kind === 'guide' && !guide) return []
      return [sourceOf(guide ? guideTarget(guide) : codeTarget(m, registry), m, foundCodeOf(m, result.errors))]
    }),
    ...result.unlisted.map((u) => sourceOf(familyTarget(u), u, u.code)),
  ]
  // A share link names guides only (its schema holds guide slugs): code pages and unlisted codes stay out of it.
  const shareable = sources.filter((s) => s.target.answer === 'guide')
  const several = shareable.length > 1
  const shared: SharedDiagnosis = {
    v: 1,
    matches: shareable.map((s) => ({ slug: s.target.slug, code: s.foundCode, ...(several ? { facts: s.facts } : {}) })),
    facts: several ? {} : (shareable[0]?.facts ?? result.facts),
  }
  const share = shareable.length ? encodeShare(shared) : undefined
  const caveated = result.notAws?.s3Compatible
  return {
    origin: 'paste',
    cards: sources.map(card),
    // "Innermost cause first" is only true where one error wraps another.
    nested: result.errors.some((e) => e.wrappedIn !== undefined),
    // Another cloud gets no list of AWS guides: none of them answers it. An S3-compatible store may get S3's, with a caveat.
    suggestions: result.notAws && !caveated ? [] : result.suggestions.flatMap((s) => (bySlug.has(s.slug) ? [suggestion(bySlug.get(s.slug)!)] : [])),
    ...(result.notAws ? { notAws: result.notAws } : {}),
    secretKinds: [...new Set(result.secrets.map((s) => s.kind))],
    ...(result.redacted !== undefined ? { redacted: result.redacted } : {}),
    truncated: result.truncated,
    ...(share ? { share } : {}),
    // Ticks belong to an incident even when no link can carry it (a code page's card alone).
    ...(sources.length ? { incident: incidentOf(share ?? sources.map((s) => `${s.target.slug}:${s.foundCode}`).join(' ')) } : {}),
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
    return guide
      ? [{ target: guideTarget(guide), foundCode: code, kind: 'code', why: `a teammate's paste matched ${code}`, notes: [], facts: facts ?? shared.facts }]
      : []
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
