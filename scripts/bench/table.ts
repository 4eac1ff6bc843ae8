/** One line of the benchmark table: what was measured, the figure, and its target or a note. */
export type Row = { measure: string; value: string; note?: string }

/** The value at percentile `p` (0–100) of numbers sorted in ascending order. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}
