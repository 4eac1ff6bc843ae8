import { FAMILIES, type Family } from '../catalog/families'
import type { PublicGuide } from '../catalog/public-catalog'
import { signalsOf } from './signals-of'
import type { Facts, FoundError, GuideMatch, MatchKind, MatchResult, Span } from '../match/types'
import { encodeShare, type SharedDiagnosis } from '../share/diagnosis-link'
import { factRows } from './fact-rows'
import { orderChecks } from './order-checks'
import type { Diagnosis, DiagnosisCard, Excerpt, Suggestion } from './types'

const CONTEXT = 60

/** The matched text and up to a line's worth of context either side, cut at line ends. */
function excerptOf(text: string, span: Span): Excerpt {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1
  const lineEnd = text.indexOf('\n', span.end)
  const from = Math.max(lineStart, span.start - CONTEXT)
  const to = Math.min(lineEnd === -1 ? text.length : lineEnd, span.end + CONTEXT)
  return {
    before: (from > lineStart ? '…' : '') + text.slice(from, span.start),
    match: text.slice(span.start, span.end),
    after: text.slice(span.end, to) + (to < (lineEnd === -1 ? text.length : lineEnd) ? '…' : ''),
  }
}

type CardSource = { guide: PublicGuide; foundCode: string; kind: MatchKind; why: string; excerpt?: Excerpt; notes: string[]; error?: FoundError }

function card({ guide, foundCode, kind, why, excerpt, notes, error }: CardSource, facts: Facts): DiagnosisCard {
  const family = FAMILIES[guide.family as Family]
  return {
    slug: guide.slug,
    code: guide.code,
    ...(foundCode !== guide.code ? { foundCode } : {}),
    title: guide.title,
    url: guide.url,
    familyLabel: family?.label ?? guide.family,
    familySentence: family?.sentence ?? '',
    matchKind: kind,
    why,
    ...(excerpt ? { excerpt } : {}),
    notes,
    facts: factRows(facts, error),
    checks: orderChecks(guide, facts, signalsOf(facts)),
  }
}

const suggestion = (g: PublicGuide): Suggestion => ({ slug: g.slug, code: g.code, title: g.title, url: g.url })

function foundCodeOf(m: GuideMatch, errors: FoundError[]): string {
  return (m.error !== undefined && m.reason.kind === 'code' ? errors[m.error]?.code : undefined) ?? m.code
}

/** The paste page's diagnosis of a match result: one card per matched guide, or suggestions. */
export function diagnosePaste(result: MatchResult, guides: PublicGuide[]): Diagnosis {
  const bySlug = new Map(guides.map((g) => [g.slug, g]))
  const sources = result.matches.flatMap((m): CardSource[] => {
    const guide = bySlug.get(m.slug)
    if (!guide) return []
    const error = m.error === undefined ? undefined : result.errors[m.error]
    return [
      {
        guide,
        foundCode: foundCodeOf(m, result.errors),
        kind: m.reason.kind,
        why: m.reason.detail,
        excerpt: m.reason.span ? excerptOf(result.text, m.reason.span) : undefined,
        notes: m.notes,
        error,
      },
    ]
  })
  const shared: SharedDiagnosis = { v: 1, matches: sources.map((s) => ({ slug: s.guide.slug, code: s.foundCode })), facts: result.facts }
  return {
    origin: 'paste',
    cards: sources.map((s) => card(s, result.facts)),
    suggestions: result.suggestions.flatMap((s) => (bySlug.has(s.slug) ? [suggestion(bySlug.get(s.slug)!)] : [])),
    ...(result.notAws ? { notAws: result.notAws } : {}),
    secretKinds: [...new Set(result.secrets.map((s) => s.kind))],
    ...(result.redacted !== undefined ? { redacted: result.redacted } : {}),
    truncated: result.truncated,
    ...(sources.length ? { share: encodeShare(shared) } : {}),
  }
}

/** A teammate's view of a shared link: the same tailored checklists, without the paste behind them. */
export function diagnoseShared(shared: SharedDiagnosis, guides: PublicGuide[]): Diagnosis {
  const bySlug = new Map(guides.map((g) => [g.slug, g]))
  const sources = shared.matches.flatMap(({ slug, code }): CardSource[] => {
    const guide = bySlug.get(slug)
    return guide ? [{ guide, foundCode: code, kind: 'code', why: `a teammate's paste matched ${code}`, notes: [] }] : []
  })
  return { origin: 'link', cards: sources.map((s) => card(s, shared.facts)), suggestions: [], secretKinds: [], truncated: false }
}
