import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { match } from './match'
import { realCatalog } from '../catalog/source'

const { matcher: catalog } = await realCatalog()

// Fragments of real error shapes, so random pastes reach deep into every pattern.
const FRAGMENTS = [
  'An error occurred (',
  ') when calling the ',
  ' operation: ',
  'operation error S3: GetObject, ',
  'https response error StatusCode: 403, RequestID: ',
  'api error ',
  'AccessDenied',
  'ThrottlingException',
  ': ',
  '(Service: Amazon S3; Status Code: 403; Error Code: ',
  'Request ID: ',
  '<Code>',
  '</Code>',
  '<Message>',
  '"__type":"',
  'x-amzn-ErrorType: ',
  'User: arn:aws:iam::123456789012:user/x is not authorized to perform: ',
  's3:GetObject',
  ' on resource: "arn:aws:s3:::b/k"',
  ' because no identity-based policy allows the ',
  'with an explicit deny in a service control policy',
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'aws_secret_access_key = ',
  'HTTP/1.1 429 Too Many Requests\nx-amz-id: 1\n',
  'Resource handler returned message: "',
  '" (RequestToken: 1, HandlerErrorCode: NotFound)',
  '\\n',
  '\\"',
  '│ ',
  '\x1b[31m',
  '\r\n',
  '\n',
  ' ',
  '&quot;',
]

// Hundreds of generated pastes take about 10 s on a quiet 2-core machine and four times that on a busy one.
describe('hostile and random pastes', { timeout: 120_000 }, () => {
  it('never throw, and always return a well-formed result', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 2000 }),
          fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join('')),
        ),
        (text) => {
          const result = match(text, catalog)
          expect(Array.isArray(result.matches)).toBe(true)
          for (const m of result.matches) expect(m.confidence).toBeGreaterThanOrEqual(0.6)
          for (const e of result.errors) expect(e.span.end).toBeLessThanOrEqual(result.text.length)
        },
      ),
      { numRuns: 400 },
    )
  })

  it('never put a secret into the facts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }), (parts) => {
        const facts = JSON.stringify(match(parts.join(''), catalog).facts)
        expect(facts).not.toContain('AKIAIOSFODNN7EXAMPLE')
        expect(facts).not.toContain('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')
      }),
      { numRuns: 300 },
    )
  })
})

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
