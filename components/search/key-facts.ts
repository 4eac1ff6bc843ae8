import type { FactRow } from '@/lib/diagnosis/types'

/**
 * The few facts that say which call failed, for a one-line summary: who, what, on what. The
 * account is left out (it is in the principal's ARN); the full table is on the guide.
 */
export function keyFacts(rows: FactRow[], count = 3): FactRow[] {
  return rows.filter((row) => row.key !== 'accountId').slice(0, count)
}
