import type { AnswerKind, Facts, MatchKind, NotAws, SecretKind } from '../match/types'

/** A guide as the paste page needs it: what /catalog.json serves for each guide. */
export type { PublicGuide } from '../catalog/public-catalog'

/** One line of the facts table: a label a reader understands and the value from the paste. */
export type FactRow = { key: keyof Facts; label: string; value: string }

/** The matched text with a little context on each side, so the card can highlight it. */
export type Excerpt = { before: string; match: string; after: string }

/** A `<placeholder>` left in a filled command, and the kind of value it takes (from lib/catalog/placeholders.ts). */
export type UnfilledPlaceholder = { name: string; description: string }

export type DiagnosedCheck = {
  id: string
  title: string
  /** The check's anchor on the full guide. */
  url: string
  /** The guide's command with the paste's facts in place of its placeholders. */
  command?: string
  /** What the command changes, for the rare check that cannot only read. */
  changesState?: string
  /** Placeholders the facts could not fill, left as written for the reader to replace, each with what goes there. */
  unfilled: UnfilledPlaceholder[]
  /** Why the facts point to this check first; absent for the others. */
  startHere?: string
}

export type DiagnosisCard = {
  /**
   * What answers this error: a written guide, a code's page (no guide yet), or, for a code no AWS
   * list names, the checklist of the family its name points to.
   */
  answer: AnswerKind | 'family'
  slug: string
  /** The guide's canonical code, and the code as the paste printed it when it differs. */
  code: string
  foundCode?: string
  title: string
  url: string
  /** The guide with this error's facts in its fragment (validated identifiers only, as in a share link): it opens with its checklist filled in. */
  factsUrl: string
  familyLabel: string
  familySentence: string
  matchKind: MatchKind
  /** Why this guide: one sentence, and the matched text when the paste is at hand (not for a shared link). */
  why: string
  excerpt?: Excerpt
  notes: string[]
  facts: FactRow[]
  checks: DiagnosedCheck[]
}

export type Suggestion = { slug: string; code: string; title: string; url: string }

export type Diagnosis = {
  /** `paste` when built from text in this browser, `link` when restored from a shared link. */
  origin: 'paste' | 'link'
  cards: DiagnosisCard[]
  /** True when one of the errors wraps another, so the cards run from the innermost cause out. */
  nested: boolean
  suggestions: Suggestion[]
  notAws?: NotAws
  /** Kinds of credentials found in the paste, for the warning; the values never leave the worker's result. */
  secretKinds: SecretKind[]
  /** The paste with every secret masked, offered in place of the original when secrets were found. */
  redacted?: string
  truncated: boolean
  /** The share link payload: redacted facts and matched guides, never the paste. */
  share?: string
  /** Names this incident (from `share`): ticks are kept per incident, not per guide forever. */
  incident?: string
  /** Guides a shared link names that this site does not have (a link from another version of it). */
  unknownGuides: string[]
}
