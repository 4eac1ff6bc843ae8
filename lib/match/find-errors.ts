import { hasCodeShape, isNeverACode } from './code-kinds'
import { CLIENT_SIDE_FALLBACKS, CLIENT_SIDE_SIGNATURES, ERROR_PATTERNS } from './error-patterns'
import { FORMATS } from './formats'
import { baseCode, codeKey } from './normalize-code'
import type { ErrorFormat, FoundError, Span } from './types'

/** The most errors one paste reports: a log with thousands of repeats is still one story. */
const MAX_ERRORS = 200
/** Two sightings of one code this close are one error printed twice (a dump's first line and its `Code:` field). */
const SAME_ERROR_REACH = 600

const baseKey = (code: string) => codeKey(baseCode(code))

// What any printed code looks like: `AccessDenied`, `ns#Code`, `Code:http://…`, `InvalidAMIID.NotFound`, `403 Forbidden`.
const CODE_LIKE = /^[\w][\w.#:/-]{0,160}(?: [A-Za-z][A-Za-z ]{0,30})?$/

/** Why a hit is not an error code, or undefined when it is: every format's hits look like one, and loose ones must have a code's shape. */
function whyNotACode(e: FoundError, isKnownCode: (code: string) => boolean): string | undefined {
  if (!CODE_LIKE.test(e.code)) return 'does not look like a printed code'
  if (isNeverACode(e.code)) return 'is a language error or a field label, never an AWS code'
  // `Name:` lines and `name: '…'` fields hold all kinds of values; only code-shaped ones are codes.
  if (!FORMATS[e.format].loose || isKnownCode(e.code) || hasCodeShape(e.code)) return undefined
  return `${FORMATS[e.format].printedBy} holds all kinds of values, and this one is neither a guide's code nor shaped like one`
}

/** One hit of one pattern, kept or refused, for `npm run match -- --trace`. */
export type PatternHit = { pattern: number; format: ErrorFormat; text: string; span: Span; refused?: string }

function merge(into: FoundError, other: FoundError): FoundError {
  return {
    ...other,
    ...into,
    service: into.service ?? other.service,
    operation: into.operation ?? other.operation,
    httpStatus: into.httpStatus ?? other.httpStatus,
    requestId: into.requestId ?? other.requestId,
    message: into.message ?? other.message,
    messageSpan: into.messageSpan ?? other.messageSpan,
  }
}

/** The first hit of each client-side signature, as an error. */
function clientSide(text: string, signatures: { pattern: RegExp; code: string }[]): FoundError[] {
  return signatures.flatMap(({ pattern, code }) => {
    const hit = new RegExp(pattern.source).exec(text)
    if (!hit) return []
    // The signature's "message" runs to the end of the next line: a service code there
    // ("failed to retrieve credentials … caused by: InvalidIdentityToken: …") is the real cause.
    const lineEnd = text.indexOf('\n', hit.index + hit[0].length)
    const nextEnd = lineEnd === -1 ? -1 : text.indexOf('\n', lineEnd + 1)
    const end = Math.min(nextEnd === -1 ? text.length : nextEnd, hit.index + 4000)
    return [
      {
        code,
        format: 'client-side' as const,
        span: { start: hit.index, end: hit.index + hit[0].length },
        message: hit[0],
        messageSpan: { start: hit.index, end },
      },
    ]
  })
}

/**
 * Every AWS error in the paste, in order of appearance. Repeats of one error are merged, and an
 * error printed inside another's message is marked as wrapped by it, so the innermost can decide.
 */
export function findErrors(text: string, isKnownCode: (code: string) => boolean, trace?: (hit: PatternHit) => void): FoundError[] {
  const found: FoundError[] = []
  ERROR_PATTERNS.forEach(({ format, pattern, read, refuses }, i) => {
    pattern.lastIndex = 0
    for (const hit of text.matchAll(pattern)) {
      const error = read(hit, text)
      const refused = error ? whyNotACode(error, isKnownCode) : (refuses ?? 'the pattern matched but held no code')
      if (error && !refused) found.push(error)
      trace?.({
        pattern: i,
        format: error?.format ?? format,
        text: error?.code ?? hit[0],
        span: error?.span ?? { start: hit.index, end: hit.index + hit[0].length },
        ...(refused ? { refused } : {}),
      })
      if (found.length > MAX_ERRORS * 4) break
    }
  })
  found.push(...clientSide(text, CLIENT_SIDE_SIGNATURES))
  if (found.length === 0) found.push(...clientSide(text, CLIENT_SIDE_FALLBACKS))
  found.sort((a, b) => a.span.start - b.span.start)

  const errors: FoundError[] = []
  for (const error of found) {
    const same = errors.findLast((e) => baseKey(e.code) === baseKey(error.code) && error.span.start - e.span.start < SAME_ERROR_REACH)
    if (same) errors[errors.indexOf(same)] = merge(same, error)
    else if (errors.length < MAX_ERRORS) errors.push(error)
  }

  const inMessageOf = (inner: FoundError, outer: FoundError) =>
    !!outer.messageSpan && inner.span.start >= outer.messageSpan.start && inner.span.end <= outer.messageSpan.end
  return errors.map((error, i) => {
    let wrapper: number | undefined
    errors.forEach((outer, j) => {
      const m = outer.messageSpan
      // Two errors each quoting the other is garbled text, not nesting: neither wraps.
      if (j === i || !m || !inMessageOf(error, outer) || inMessageOf(outer, error)) return
      const current = wrapper === undefined ? undefined : errors[wrapper]?.messageSpan
      if (!current || m.end - m.start < current.end - current.start) wrapper = j
    })
    return wrapper === undefined ? error : { ...error, wrappedIn: wrapper }
  })
}
