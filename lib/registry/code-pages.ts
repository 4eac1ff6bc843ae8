import type { Family } from '../catalog/families'
import { operationReferenceUrl } from './api-reference'
import { codePageSegment } from '../match/code-page-path'
import { checklistFor, type CodeCheck } from './checklists'
import { registryServicesOf, TOOLS } from './guide-services'
import { familyOf, type FamilyReason } from './name-family'
import { sdkRetryReason, type RetryReason } from './sdk-retry'
import type { CodeRecord } from '../search/types'
import type { CodeKind, Fault, Registry, RegistryCode } from './types'

/** What a code page needs to know of a guide. */
export type GuideRef = { slug: string; code: string; codes: readonly string[]; title: string; family: Family; services: readonly string[] }

/** How many operations a service's row lists before it says how many more there are. */
export const OPERATIONS_SHOWN = 12

/** Past this many services, rows give the number of operations only: a code most services return would make a page of links. */
export const SERVICES_WITH_OPERATIONS = 8

export type CodePageService = {
  name: string
  cli?: string
  title?: string
  httpStatus?: number
  fault?: Fault
  retry?: RetryReason
  throttling: boolean
  operations: { name: string; url: string }[]
  moreOperations: number
  allOperations: boolean
  /** The model, or the published list that names the code for this service. */
  source: { title: string; url: string }
}

export type CodePage = {
  code: string
  kind: CodeKind
  family: Family
  familyReason: FamilyReason
  services: CodePageService[]
  statuses: number[]
  faults: Fault[]
  checklist: CodeCheck[]
  related: GuideRef[]
}

/** A code with a guide is answered by the guide; the lower-cased spellings make the comparison. */
function guideCodes(guides: readonly GuideRef[]): Set<string> {
  return new Set(guides.flatMap((g) => [g.slug, ...g.codes].map((c) => c.toLowerCase())))
}

/** The registry codes that get a page of their own: every code no guide covers. */
export function codePageCodes(registry: Registry, guides: readonly GuideRef[]): string[] {
  const covered = guideCodes(guides)
  return registry.codes.map((c) => c.code).filter((code) => !covered.has(code.toLowerCase()))
}

const MODEL_SOURCE = 'AWS API model'
/** How a page names the source of an error common to every service. */
export const ANY_SERVICE = 'Any AWS service'
const modelUrl = 'https://github.com/aws/api-models-aws'

/** Everything a code's page shows, from its registry entry. */
export function codePage(entry: RegistryCode, registry: Registry, guides: readonly GuideRef[]): CodePage {
  const services = new Map(registry.services.map((s) => [s.id, s]))
  const lists = new Map(registry.lists.map((l) => [l.id, l]))
  const listOperations = entry.sources.length <= SERVICES_WITH_OPERATIONS
  const rows = entry.sources.map((s): CodePageService => {
    const service = s.service ? services.get(s.service) : undefined
    const operations = s.operations ?? []
    const list = lists.get(s.from)
    return {
      name: s.service ?? s.tool ?? ANY_SERVICE,
      ...(service ? { cli: service.cli } : {}),
      ...(service?.title ? { title: service.title } : {}),
      ...(s.httpStatus !== undefined ? { httpStatus: s.httpStatus } : {}),
      ...(s.fault ? { fault: s.fault } : {}),
      ...(sdkRetryReason(entry.code, s) ? { retry: sdkRetryReason(entry.code, s) } : {}),
      throttling: Boolean(s.throttling),
      operations:
        service && listOperations
          ? operations.slice(0, OPERATIONS_SHOWN).map((name) => ({ name, url: operationReferenceUrl(service.apiReference, name) }))
          : [],
      moreOperations: listOperations ? Math.max(0, operations.length - OPERATIONS_SHOWN) : operations.length,
      allOperations: Boolean(s.allOperations),
      source: list ? { title: list.title, url: s.url ?? list.url } : { title: MODEL_SOURCE, url: modelUrl },
    }
  })
  // The name decides the family; the facts of the first source back it up where the name says nothing.
  const first = entry.sources[0]!
  const { family, reason } = familyOf(entry.code, {
    kind: first.kind,
    httpStatus: mostCommon(entry.sources.flatMap((s) => (s.httpStatus === undefined ? [] : [s.httpStatus]))),
    fault: first.fault,
  })
  return {
    code: entry.code,
    kind: first.kind,
    family,
    familyReason: reason,
    services: rows,
    statuses: [...new Set(rows.flatMap((r) => (r.httpStatus === undefined ? [] : [r.httpStatus])))].sort(),
    faults: [...new Set(rows.flatMap((r) => (r.fault ? [r.fault] : [])))].sort(),
    checklist: checklistFor(family, first.kind),
    related: relatedGuides(entry, family, guides),
  }
}

function mostCommon(values: number[]): number | undefined {
  const counts = new Map<number, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0]
}

/** Up to three guides of the same family, those that name one of the code's services first. */
function relatedGuides(entry: RegistryCode, family: Family, guides: readonly GuideRef[]): GuideRef[] {
  const services = new Set(entry.sources.map((s) => s.service ?? (s.tool ? TOOLS : ANY_SERVICE)))
  const sharesService = (g: GuideRef) => g.services.some((name) => registryServicesOf(name).some((id) => services.has(id)))
  const sameFamily = guides.filter((g) => g.family === family)
  return [...sameFamily.filter(sharesService), ...sameFamily.filter((g) => !sharesService(g))].slice(0, 3)
}

/** A code page as the header search knows it: its code, and who returns it. */
export function codeSearchRecord(entry: RegistryCode): CodeRecord {
  const names = [...new Set(entry.sources.map((s) => s.service ?? s.tool ?? ANY_SERVICE))]
  const who = names.length > 2 ? `${names.slice(0, 2).join(', ')} and ${names.length - 2} more` : names.join(', ')
  return { kind: 'code', slug: codePageSegment(entry.code), code: entry.code, title: `${who} · code page, no guide yet` }
}
