import type { Family } from '../catalog/families'
import { familyByName } from '../match/name-shape'
import type { CodeKind, Fault } from './types'

/** Why a code was put in its family: a word in its name, its HTTP status, its fault, or what kind of code it is. */
export type FamilyReason = { by: 'name'; word: string } | { by: 'status'; status: number } | { by: 'fault'; fault: Fault } | { by: 'kind'; kind: CodeKind }

/** The family an HTTP status points to, where it points to one. */
const STATUS_FAMILY: Record<number, Family> = { 401: 'identity', 403: 'authorization', 404: 'not-found', 409: 'conflict', 412: 'conflict', 429: 'throttling' }

/** The family of a code: by its name, then its kind, its HTTP status, then its fault. */
export function familyOf(code: string, facts: { kind?: CodeKind; httpStatus?: number; fault?: Fault }): { family: Family; reason: FamilyReason } {
  if (facts.kind === 'client') return { family: 'client-side', reason: { by: 'kind', kind: 'client' } }
  const byName = familyByName(code)
  if (byName) return { family: byName.family, reason: { by: 'name', word: byName.word } }
  if (facts.kind === 'status') return { family: 'conflict', reason: { by: 'kind', kind: 'status' } }
  const status = facts.httpStatus
  if (status !== undefined) {
    const family = STATUS_FAMILY[status] ?? (status >= 500 ? 'service-side' : undefined)
    if (family) return { family, reason: { by: 'status', status } }
  }
  if (facts.fault === 'server') return { family: 'service-side', reason: { by: 'fault', fault: 'server' } }
  return { family: 'validation', reason: { by: 'fault', fault: 'client' } }
}
