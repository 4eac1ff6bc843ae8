import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { match } from './match'
import { realCatalog } from '../catalog/source'
import { FRAGMENTS } from './__fixtures__/error-fragments'

const { matcher: catalog } = await realCatalog()

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
})
