/** A whole guide as the header search knows it: everything a reader might type to find it. */
export type GuideRecord = {
  kind: 'guide'
  slug: string
  code: string
  codes: string[]
  title: string
  summary: string
  phrases: string[]
  searchTerms: string[]
  /** The code and its aliases as words ("KMSAccessDeniedException" → "kms access denied exception"). */
  codeWords: string[]
  /** The AWS services that return the error, the one it is mainly about first. */
  services: string[]
  /** The IAM actions (`kms:Decrypt`) its example messages and checks name. */
  actions: string[]
  /** The HTTP status of the error, once per service that answers with it ("403" seven times for AccessDenied). */
  statuses: string[]
}

/** A section heading or a checklist step inside a guide; `id` is its permanent fragment. */
export type PartRecord = {
  kind: 'section' | 'check'
  slug: string
  id: string
  heading: string
}

/** A code with a page of its own and no guide yet: found by its code, and by the services that return it. */
export type CodeRecord = {
  kind: 'code'
  /** The page's path segment under /errors/. */
  slug: string
  code: string
  /** Who returns it, such as "Kinesis error code". */
  title: string
}

export type SearchRecord = GuideRecord | PartRecord | CodeRecord

/** The body of /search-index.json. `version` changes when the shape does. */
export type SearchIndex = { version: 2; records: SearchRecord[] }

/** A piece of text and the parts of it that matched the query, as [start, end) offsets. */
export type MarkedText = { text: string; marks: [number, number][] }

type HitBase = {
  /** Where choosing the result goes: the guide, or the section or check inside it. */
  href: string
  /** The guide's canonical code. */
  code: MarkedText
}

/** A whole guide, or a code page (shown the same way); `context` shows the alias, message phrase, search term or summary that matched when its code and title did not. */
export type GuideHit = HitBase & { kind: 'guide'; title: MarkedText; context?: MarkedText }

/** A section or check inside a guide: `part` is its title. */
export type PartHit = HitBase & { kind: 'section' | 'check'; part: MarkedText }

/** One line of the results list. */
export type SearchHit = GuideHit | PartHit
