import { z } from 'zod'
import { SHELL_SAFE_CHARS } from '../catalog/placeholders'
import { KEBAB } from '../catalog/slug'
import { HTTP_STATUS } from '../match/http-status'
import { POLICY_TYPE_IDS, type Facts } from '../match/types'
import { SHARE_PARAM } from './share-param'

// zod would otherwise probe for eval to compile faster parsers; the site's policy forbids eval.
z.config({ jitless: true })

/**
 * A diagnosis travels in a link's #fragment, which browsers never send to a server. It holds only
 * the matched guides and the facts (which the matcher has already stripped of secrets), never the
 * paste. Opening a link is reading untrusted input: every value is checked against the shape the
 * matcher itself produces, so a crafted link cannot smuggle text into a command or the page.
 */
export type SharedDiagnosis = {
  v: 1
  /** A match from a log of several errors carries its own error's facts; `facts` serves the others. */
  matches: { slug: string; code: string; facts?: Facts }[]
  facts: Facts
}

const MAX_LINK = 16_000

// Fact values as the matcher extracts them: identifiers and ARNs, no spaces or shell syntax (the
// characters that may fill a command's placeholder).
const token = z.string().regex(new RegExp(`^[${SHELL_SAFE_CHARS}]{1,2048}$`))

const factsShape = {
  service: token,
  operation: token,
  httpStatus: z.number().int().min(HTTP_STATUS.min).max(HTTP_STATUS.max),
  requestId: token,
  principalArn: token,
  accountId: z.string().regex(/^\d{12}$/),
  action: token,
  resourceArn: token,
  region: z.string().regex(/^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/),
  denyReason: z.strictObject({ kind: z.enum(['implicit', 'explicit']), policyType: z.enum(POLICY_TYPE_IDS).optional(), text: z.string().max(300) }),
  policyArn: token,
  encodedMessage: token,
  authorizationId: token,
  accessKeyKind: z.enum(['long-term', 'temporary']),
  bucket: token,
  key: token,
  table: token,
  functionName: token,
  queue: token,
  stack: token,
} satisfies { [K in keyof Facts]-?: z.ZodType<NonNullable<Facts[K]>> }

// Tied to Facts both ways by the `satisfies` above: a fact without a rule fails to compile, and so
// does a rule for a field Facts lacks or one that parses to a value the fact cannot hold.
const factsSchema = z.strictObject(factsShape).partial()

const sharedSchema = z.strictObject({
  v: z.literal(1),
  matches: z
    .array(z.strictObject({ slug: z.string().regex(KEBAB).max(100), code: z.string().regex(/^[A-Za-z0-9.:_-]{1,100}$/), facts: factsSchema.optional() }))
    .min(1)
    .max(10),
  facts: factsSchema,
})

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'))
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))
}

/** Facts as shared: the deny reason keeps its kind and policy type, not the pasted sentence. */
function shareableFacts(facts: Facts): Facts {
  // In the schema's key order, as decoding returns them: the same diagnosis always encodes to the same link.
  const keys = Object.keys(factsSchema.shape) as (keyof Facts)[]
  const kept = Object.fromEntries(
    keys
      .filter((key) => facts[key] !== undefined && (key === 'denyReason' || factsSchema.shape[key].safeParse(facts[key]).success))
      .map((key) => [key, facts[key]]),
  ) as Facts
  if (facts.denyReason)
    kept.denyReason = { kind: facts.denyReason.kind, ...(facts.denyReason.policyType ? { policyType: facts.denyReason.policyType } : {}), text: '' }
  return kept
}

/** The fragment (without `#`) of a link to this diagnosis. */
export function encodeShare(shared: SharedDiagnosis): string {
  const matches = shared.matches.map(({ facts, ...m }) => (facts ? { ...m, facts: shareableFacts(facts) } : m))
  return `${SHARE_PARAM}=${toBase64Url(JSON.stringify({ ...shared, matches, facts: shareableFacts(shared.facts) }))}`
}

/** The diagnosis in a link's fragment, or undefined when the fragment holds none or is damaged or crafted. */
export function decodeShare(hash: string): SharedDiagnosis | undefined {
  const fragment = hash.replace(/^#/, '')
  if (!fragment.startsWith(`${SHARE_PARAM}=`) || fragment.length > MAX_LINK) return undefined
  try {
    const parsed = sharedSchema.safeParse(JSON.parse(fromBase64Url(fragment.slice(SHARE_PARAM.length + 1))))
    return parsed.success ? (parsed.data as SharedDiagnosis) : undefined
  } catch {
    return undefined
  }
}
