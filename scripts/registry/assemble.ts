import type { CodeSource, Registry, RegistryCode } from '../../lib/registry/types'
import { codesOfModel, type ModelService } from './read-models'
import { codesOfList, type PublishedList } from './published-lists'
import { serviceNames, type NameExceptions } from './service-names'

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The registry from the models and the published lists. A list adds a code for a service only
 * where that service's model does not already declare it: the model is the more precise source.
 */
export function assembleRegistry(models: ModelService[], lists: PublishedList[], names: NameExceptions): Registry {
  const services = models.map((m) => serviceNames(m.sdkId, m.version, names, m.title))
  for (const list of lists) {
    if (list.service && !services.some((s) => s.id === list.service)) {
      if (!list.serviceVersion) throw new Error(`${list.id}: service ${list.service} has no model; give its serviceVersion`)
      services.push(serviceNames(list.service, list.serviceVersion, names))
    }
  }

  const sources = new Map<string, CodeSource[]>()
  const add = ({ code, source }: { code: string; source: CodeSource }) => {
    const known = sources.get(code) ?? []
    if (source.from !== 'model' && known.some((s) => s.from === 'model' && s.service === source.service)) return
    sources.set(code, [...known, source])
  }
  models.flatMap(codesOfModel).forEach(add)
  lists.flatMap((list) => codesOfList(list, models)).forEach(add)

  const codes: RegistryCode[] = [...sources]
    .sort(([a], [b]) => byText(a, b))
    .map(([code, found]) => ({ code, sources: found.sort((a, b) => byText(a.service ?? a.tool ?? '', b.service ?? b.tool ?? '') || byText(a.from, b.from)) }))
  return {
    version: 1,
    services: services.sort((a, b) => byText(a.id, b.id)),
    lists: lists.map(({ id, title, url }) => ({ id, title, url })),
    codes,
  }
}

/** JSON with one service, list or code per line, so a refresh shows as a readable diff. */
export function serializeRegistry(registry: Registry): string {
  const block = (items: unknown[]) => `[\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`
  return `{\n  "version": ${registry.version},\n  "services": ${block(registry.services)},\n  "lists": ${block(registry.lists)},\n  "codes": ${block(registry.codes)}\n}\n`
}
