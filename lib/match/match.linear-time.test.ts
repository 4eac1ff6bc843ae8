import { describe, expect, it } from 'vitest'
import { match } from './match'
import { realCatalog } from '../catalog/source'

const { matcher: catalog } = await realCatalog()

/** Median time of a few runs: the ratio between sizes, not any absolute time, is what is checked. */
function medianMs(text: string): number {
  const runs = [0, 1, 2].map(() => {
    const started = performance.now()
    match(text, catalog)
    return performance.now() - started
  })
  return runs.sort((a, b) => a - b)[1]!
}

describe('time grows with the paste, not with its square', () => {
  // Shapes that make careless regular expressions backtrack: long runs of almost-matches.
  const HOSTILE = {
    'colons after capitalised words': 'AccessDeniedThing: ',
    'unfinished CLI errors': 'An error occurred (AccessDenied) when calling the ',
    'unfinished Go errors': 'operation error S3: GetObject, https response error StatusCode: 403, RequestID: x, ',
    'unclosed XML': '<Code>AccessDenied<Message>',
    'unclosed XML error bodies': '<Error><Code>AccessDenied</Code><Message>x',
    'Java suffixes without a class': 'Access Denied (Service: S3, Status Code: 403, ',
    'one huge word': 'A',
    'escaped newlines': '\\n\\"',
    'deny clauses': 'is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b with an explicit deny in a ',
  }
  it.each(Object.entries(HOSTILE))('%s', (_name, unit) => {
    const small = unit.repeat(Math.ceil(100_000 / unit.length))
    const large = unit.repeat(Math.ceil(400_000 / unit.length))
    medianMs(small) // warm up the JIT before measuring
    const ratio = medianMs(large) / Math.max(medianMs(small), 1)
    // Four times the text: linear work takes about 4×, quadratic 16×. The margin absorbs noise.
    expect(ratio).toBeLessThan(9)
  })
})
