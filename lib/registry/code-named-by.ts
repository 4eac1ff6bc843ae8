import type { CompactRegistry } from './compact'

/** The registry code a path segment names in any letter case, as the registry spells it. */
export function codeNamedBy(registry: Pick<CompactRegistry, 'codes'>, segment: string): string | undefined {
  if (segment in registry.codes) return segment
  const key = segment.toLowerCase()
  return Object.keys(registry.codes).find((code) => code.toLowerCase() === key)
}
