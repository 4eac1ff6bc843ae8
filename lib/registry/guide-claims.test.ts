import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readEntries } from '../catalog/source'
import { registryServicesOf, TOOLS } from './guide-services'
import { loadRegistry } from './load'
import type { CodeSource } from './types'

/**
 * What a guide claims (its codes, services and HTTP status) must agree with the registry. Where
 * the registry cannot back a claim, data/registry/guide-claims.json says why, per guide and code:
 * `client-side` (a tool's error that no list here names), `documented` (AWS documents it; `url`
 * says where), `not-a-code` (a label the guide answers to, not a code AWS sends), `unsourced`
 * (a real spelling no source here backs yet), or `status-differs` (the guide's status differs
 * from the registry's: to review).
 */
type Mark = { mark: 'client-side' | 'documented' | 'not-a-code' | 'unsourced' | 'status-differs'; note: string; url?: string }
const marks = JSON.parse(readFileSync(join(process.cwd(), 'data', 'registry', 'guide-claims.json'), 'utf8')) as Record<string, Record<string, Mark>>

const registry = loadRegistry()
const classNameOf = (shape: string) => (shape.endsWith('Exception') ? shape : `${shape}Exception`)
const sourcesByName = new Map<string, CodeSource[]>()
for (const { code, sources } of registry.codes) {
  // An SDK names the exception by its shape, and Java and .NET add "Exception" where the name lacks it
  // (IAM's NoSuchEntity, SSM's InvalidInstanceId → InvalidInstanceIdException): each name backs a claim.
  for (const source of sources) {
    for (const name of new Set([code, source.shape ?? code, classNameOf(source.shape ?? code)])) {
      sourcesByName.set(name, [...(sourcesByName.get(name) ?? []), source])
    }
  }
}
const { entries: guides } = await readEntries()

/** The registry's sources of a code among the services a guide names. */
function backing(code: string, services: readonly string[]): CodeSource[] {
  const ids = new Set(services.flatMap(registryServicesOf))
  // A common error (no service, no tool) backs any service.
  return (sourcesByName.get(code) ?? []).filter((s) => (s.service ? ids.has(s.service) : s.tool ? ids.has(TOOLS) : true))
}

/** Problems with one claimed code, as the test reports them. */
function problemsOf(guide: (typeof guides)[number], code: string): string[] {
  const { services, httpStatus } = guide
  const found = backing(code, services)
  if (found.length === 0) return [`${code}: not in the registry for ${services.join(', ')}`]
  if (httpStatus === undefined) return []
  const perService = typeof httpStatus === 'number' ? [['', httpStatus] as const] : Object.entries(httpStatus)
  return perService.flatMap(([service, status]) => {
    // Per service, only that service's own sources count: common errors' statuses vary from service to service.
    const own = service ? backing(code, [service]).filter((s) => s.service) : found
    const known = own.flatMap((s) => (s.httpStatus === undefined ? [] : [s.httpStatus]))
    return known.length === 0 || known.includes(status)
      ? []
      : [`${code}: HTTP ${status}${service ? ` for ${service}` : ''}, the registry says ${[...new Set(known)].join(' or ')}`]
  })
}

describe('what guides claim, against the registry', () => {
  it.each(guides.map((g) => [g.slug, g] as const))('%s', (slug, guide) => {
    const own = marks[slug] ?? {}
    const unmarked = guide.codes.flatMap((code) => (own[code] ? [] : problemsOf(guide, code)))
    expect(unmarked, 'claims the registry cannot back: fix the guide, or mark them in data/registry/guide-claims.json').toEqual([])
  })

  it('keeps no marking that the registry now backs, or that names a code the guide no longer claims', () => {
    const stale = Object.entries(marks).flatMap(([slug, codes]) => {
      const guide = guides.find((g) => g.slug === slug)
      return Object.keys(codes).flatMap((code) => (!guide || !guide.codes.includes(code) || problemsOf(guide, code).length === 0 ? [`${slug}: ${code}`] : []))
    })
    expect(stale).toEqual([])
  })

  it('gives a page for every documented marking', () => {
    const missing = Object.entries(marks).flatMap(([slug, codes]) =>
      Object.entries(codes).flatMap(([code, m]) => (m.mark === 'documented' && !m.url?.startsWith('https://') ? [`${slug}: ${code}`] : [])),
    )
    expect(missing).toEqual([])
  })
})
