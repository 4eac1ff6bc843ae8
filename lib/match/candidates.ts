import { codePageSegment } from './code-page-path'
import { knownCodeTitle, type KnownCode } from './known-codes'
import type { GuideMatch, MatchKind, MatcherGuide, Span } from './types'

/** A match before ranking, with where in the paste its evidence starts. */
export type GuideCandidate = GuideMatch & { position: number }

export const excerpt = (text: string, s: Span) => text.slice(s.start, s.end)

export function candidate(
  guide: MatcherGuide,
  kind: MatchKind,
  confidence: number,
  detail: string,
  text: string,
  span: Span,
  error?: number,
  notes: string[] = [],
): GuideCandidate {
  return {
    kind: 'guide',
    slug: guide.slug,
    code: guide.code,
    codes: guide.codes,
    title: guide.title,
    confidence,
    reason: { kind, detail, text: excerpt(text, span), span },
    error,
    notes,
    position: span.start,
  }
}

/** A registry code that no guide covers, answered by its code page. */
export function codePageCandidate(known: KnownCode, confidence: number, detail: string, text: string, span: Span, error: number): GuideCandidate {
  return {
    kind: 'code',
    slug: codePageSegment(known.code),
    code: known.code,
    codes: [known.code],
    title: knownCodeTitle(known),
    confidence,
    reason: { kind: 'code', detail, text: excerpt(text, span), span },
    error,
    notes: [],
    position: span.start,
  }
}
