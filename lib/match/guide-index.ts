import Fuse from 'fuse.js'
import { codeKey, codeSpellings } from './normalize-code'
import type { MatcherGuide } from './types'

export type PhrasePattern = { guide: MatcherGuide; phrase: string; pattern: RegExp }

/** Everything the matcher looks guides up by, built once per catalog. */
export type GuideIndex = {
  guides: MatcherGuide[]
  byCode: Map<string, MatcherGuide>
  phrases: PhrasePattern[]
  fuse: Fuse<MatcherGuide>
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A phrase matches across the line breaks and double spaces that terminals insert. */
function phrasePattern(phrase: string): RegExp {
  const words = phrase.trim().split(/\s+/).map(escape)
  return new RegExp(`(?<![\\w])${words.join('\\s+')}(?![\\w])`, 'gi')
}

export function buildGuideIndex(guides: MatcherGuide[]): GuideIndex {
  const byCode = new Map<string, MatcherGuide>()
  for (const guide of guides) for (const code of guide.codes) byCode.set(codeKey(code), guide)
  return {
    guides,
    byCode,
    phrases: guides.flatMap((guide) => guide.phrases.map((phrase) => ({ guide, phrase, pattern: phrasePattern(phrase) }))),
    fuse: new Fuse(guides, {
      keys: [
        { name: 'codes', weight: 3 },
        { name: 'title', weight: 2 },
        { name: 'phrases', weight: 2 },
        { name: 'searchTerms', weight: 1 },
        { name: 'summary', weight: 0.5 },
      ],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.4,
    }),
  }
}

/** The guide for a printed code, and whether it took normalising to find it. */
export function guideForCode(index: GuideIndex, printed: string): { guide: MatcherGuide; exact: boolean } | undefined {
  const [literal, ...others] = codeSpellings(printed)
  const exact = literal ? index.byCode.get(codeKey(literal)) : undefined
  if (exact) return { guide: exact, exact: true }
  for (const spelling of others) {
    const guide = index.byCode.get(codeKey(spelling))
    if (guide) return { guide, exact: false }
  }
  return undefined
}
