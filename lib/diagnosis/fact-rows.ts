import type { Facts, FoundError } from '../match/types'
import { FACT_KEYS, FACT_KINDS, type FactKind } from './fact-kinds'
import type { FactRow } from './types'

function show<K extends keyof Facts>(key: K, facts: Facts): string | undefined {
  const value = facts[key]
  if (value === undefined || value === '') return undefined
  const kind = FACT_KINDS[key] as FactKind<NonNullable<Facts[K]>>
  return kind.show ? kind.show(value) : String(value)
}

/** The facts one error card shows: the paste's facts, with this error's own service, operation and IDs first. */
export function factRows(facts: Facts, error?: Pick<FoundError, 'service' | 'operation' | 'httpStatus' | 'requestId'>): FactRow[] {
  const merged: Facts = {
    ...facts,
    service: error?.service ?? facts.service,
    operation: error?.operation ?? facts.operation,
    httpStatus: error?.httpStatus ?? facts.httpStatus,
    requestId: error?.requestId ?? facts.requestId,
  }
  return FACT_KEYS.flatMap((key) => {
    const value = show(key, merged)
    return value === undefined ? [] : [{ key, label: FACT_KINDS[key].label, value }]
  })
}
