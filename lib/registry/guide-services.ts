import { nearestWords } from '../content/closest-word'
import vocabulary from '../../data/registry/guide-services.json' with { type: 'json' }

/** `tools`: the SDKs and the CLI, which raise client-side codes on the caller's machine. */
export const TOOLS = 'tools'

/**
 * The closed vocabulary of frontmatter `services` (data/registry/guide-services.json): AWS services
 * as AWS names them, and the tools that run on the caller's machine, each with the registry's SDK
 * ids it stands for. One spelling per service keeps /errors/ listing each service once.
 */
const SERVICES: Readonly<Record<string, readonly string[]>> = vocabulary.services
const TOOL_NAMES: Readonly<Record<string, readonly string[]>> = vocabulary.tools
const RENAMED: Readonly<Record<string, readonly string[]>> = vocabulary.renamed

export const SERVICE_NAMES = Object.keys(SERVICES)
export const GUIDE_TOOL_NAMES = Object.keys(TOOL_NAMES)
const ALLOWED = [...SERVICE_NAMES, ...GUIDE_TOOL_NAMES]

/**
 * The registry's service ids for a service or tool as guides name it (`Aurora` → RDS, RDS Data).
 * A name the list lacks stands for no service: a label of a per-service `httpStatus` such as
 * `API Gateway (integration timeout)`.
 */
export function registryServicesOf(guideService: string): readonly string[] {
  return SERVICES[guideService] ?? TOOL_NAMES[guideService] ?? []
}

/** A spelling guides have used for a service that now has one name (`SSM`): wrong wherever a service is named. */
export const isRenamedServiceName = (name: string) => name in RENAMED

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(' or ')
const BRAND = /^(?:Amazon|AWS)\s+/

/**
 * Why `name` cannot be a guide's service, with the name to use instead, or undefined when it is
 * allowed. The suggestion is the known renaming (`SSM` → `Systems Manager`), the name without
 * AWS's brand prefix, or the nearest allowed names by spelling.
 */
export function serviceNameProblem(name: string): string | undefined {
  if (name in SERVICES || name in TOOL_NAMES) return undefined
  const unbranded = name.replace(BRAND, '')
  const instead = RENAMED[name] ?? (unbranded in SERVICES || unbranded in TOOL_NAMES ? [unbranded] : undefined)
  const suggestion = instead ? `use ${quoted(instead)}` : `nearest allowed: ${quoted(nearestWords(name, ALLOWED, 3))}`
  return `"${name}" is not a service or tool name of data/registry/guide-services.json; ${suggestion} (a new service is added there with its registry ids)`
}
