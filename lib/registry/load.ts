import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Registry, RegistryCode } from './types'

/** The committed registry (data/registry/registry.json). Read at build time only: nothing here reaches the browser. */
export const REGISTRY_PATH = join(process.cwd(), 'data', 'registry', 'registry.json')

let registry: Registry | undefined
let byCode: Map<string, RegistryCode> | undefined

export function loadRegistry(): Registry {
  registry ??= JSON.parse(readFileSync(REGISTRY_PATH, 'utf8')) as Registry
  return registry
}

export function registryCode(code: string): RegistryCode | undefined {
  byCode ??= new Map(loadRegistry().codes.map((c) => [c.code, c]))
  return byCode.get(code)
}
