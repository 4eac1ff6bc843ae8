import { FAMILY_IDS, type Family } from '../catalog/families'
import { familyOf } from './name-family'
import { sdkRetryReason } from './sdk-retry'
import type { CodeKind, Registry } from './types'

const KINDS: CodeKind[] = ['api', 'status', 'runtime', 'stopped-reason', 'client']

/** Bits of a compact entry's flags. */
export const FLAG = { serverFault: 1, sdkRetries: 2, throttling: 4 } as const

/** One code: [service indexes (`*`: common to every service), HTTP status (0 when none is known), flags (FLAG bits), family index, kind index]. */
export type CompactEntry = [services: number[], httpStatus: number, flags: number, family: number, kind: number]

/**
 * The registry as the browser gets it in /catalog.json: every code with the services that return
 * it, its status, fault, retry traits, family and kind, in a few bytes each. Operations and
 * sources stay on the code pages. This is what the paste matcher reads to know every AWS code.
 */
export type CompactRegistry = { version: 1; services: string[]; families: readonly Family[]; kinds: readonly CodeKind[]; codes: Record<string, CompactEntry> }

export function compactRegistry(registry: Registry): CompactRegistry {
  const names = [...new Set(registry.codes.flatMap((c) => c.sources.map((s) => s.service ?? s.tool ?? '*')))].sort()
  const index = new Map(names.map((n, i) => [n, i]))
  const codes: Record<string, CompactEntry> = {}
  for (const { code, sources } of registry.codes) {
    const first = sources[0]!
    const status = sources.find((s) => s.httpStatus !== undefined)?.httpStatus ?? 0
    let flags = 0
    if (sources.some((s) => s.fault === 'server')) flags |= FLAG.serverFault
    if (sources.some((s) => sdkRetryReason(code, s))) flags |= FLAG.sdkRetries
    if (sources.some((s) => s.throttling)) flags |= FLAG.throttling
    const { family } = familyOf(code, { kind: first.kind, httpStatus: status || undefined, fault: first.fault })
    const services = [...new Set(sources.map((s) => index.get(s.service ?? s.tool ?? '*')!))]
    codes[code] = [services, status, flags, FAMILY_IDS.indexOf(family), KINDS.indexOf(first.kind)]
  }
  return { version: 1, services: names, families: FAMILY_IDS, kinds: KINDS, codes }
}
