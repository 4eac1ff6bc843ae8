import { isShellSafe, PLACEHOLDER_TOKEN, type Placeholder } from '../catalog/placeholders'
import type { Facts } from '../match/types'
import { FACT_KEYS, FACT_KINDS, type FactKind } from './fact-kinds'

/**
 * Values for the placeholders the facts can fill (FACT_KINDS says which fact fills which); the
 * others stay as written in the guide. Only shell-safe values qualify: they go into commands a
 * reader will copy and run.
 */
export function placeholderValues(facts: Facts): Partial<Record<Placeholder, string>> {
  const values: Partial<Record<Placeholder, string>> = {}
  for (const key of FACT_KEYS) {
    const value = facts[key]
    if (value === undefined) continue
    const fills = (FACT_KINDS[key] as FactKind<typeof value>).fills
    for (const [placeholder, fill] of Object.entries(fills) as [Placeholder, (v: typeof value) => string | undefined][]) {
      const filled = fill(value)
      if (filled && isShellSafe(filled)) values[placeholder] = filled
    }
  }
  return values
}

/** A guide command with the facts put in place of its `<placeholders>`. */
export function fillCommand(command: string, values: Partial<Record<Placeholder, string>>): string {
  return command.replace(PLACEHOLDER_TOKEN, (whole, name: string) => values[name as Placeholder] ?? whole)
}
