import type { FoundError, Span } from './types'

/**
 * The stretch of a paste each error owns, so that a card shows the facts of its own error and not
 * of its neighbours in a log. A region runs from the start of an error's line to the start of the
 * next error's line (the lines after an error, such as a traceback's tail or a Terraform `with …`
 * block, tell about it). The first region also takes what comes before the first error: the command
 * that was run, its `--region`. An error printed inside another's message belongs to its wrapper.
 */
export function errorRegions(text: string, errors: FoundError[]): { regionOf: (at: number) => Span; regions: Span[] } {
  const starts = [...new Set(errors.filter((e) => e.wrappedIn === undefined).map((e) => text.lastIndexOf('\n', e.span.start - 1) + 1))].sort((a, b) => a - b)
  const bounds = starts.length ? [0, ...starts.slice(1), text.length] : [0, text.length]
  const regions = bounds.slice(0, -1).map((start, i) => ({ start, end: bounds[i + 1]! }))
  const regionOf = (at: number) => regions.findLast((r) => r.start <= at) ?? regions[0]!
  return { regionOf, regions }
}
