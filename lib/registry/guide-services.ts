import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** `tools`: the SDKs and the CLI, which raise client-side codes on the caller's machine. */
export const TOOLS = 'tools'

let table: Record<string, string[]> | undefined

/**
 * The registry's service ids for a service as guides name it (`Aurora` → RDS, RDS Data), from
 * data/registry/guide-services.json. An unknown name maps to itself.
 */
export function registryServicesOf(guideService: string): string[] {
  table ??= JSON.parse(readFileSync(join(process.cwd(), 'data', 'registry', 'guide-services.json'), 'utf8')) as Record<string, string[]>
  return table[guideService] ?? [guideService]
}
