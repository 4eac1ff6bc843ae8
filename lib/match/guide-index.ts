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

/** In a guide's phrase, the place of a name that varies from paste to paste. */
export const GAP = '…'

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A phrase matches across the line breaks and double spaces that terminals insert. Where it may
 * start is decided by `startsPhrase`, which a lookbehind cannot say. A phrase starts with words,
 * never with a gap: the literal start is what keeps most positions failing at once.
 */
function phrasePattern(phrase: string): RegExp {
  const literal = (part: string) => part.trim().split(/\s+/).map(escape).join('\\s+')
  // `…` stands for a name the message quotes (`Resource of type '…' with identifier '…' already exists`):
  // a bounded stretch of one line, so the pattern stays linear.
  return new RegExp(`${phrase.split(GAP).map(literal).join('[^\\n]{1,200}?')}(?![\\w])`, 'gi')
}

/**
 * Whether a phrase found at `at` starts there: at a word's start, or glued to the code before it
 * (`InvalidClientTokenIdThe security token…`, as some SDKs print code and message), where a capital
 * follows a lower-case letter or a digit.
 */
export function startsPhrase(text: string, at: number): boolean {
  const before = text[at - 1]
  if (before === undefined || !/\w/.test(before)) return true
  return /[a-z0-9]/.test(before) && /[A-Z]/.test(text[at] ?? '')
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
