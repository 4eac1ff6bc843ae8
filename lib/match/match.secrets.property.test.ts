import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { match } from './match'
import { realCatalog } from '../catalog/source'
import { FRAGMENTS } from './__fixtures__/error-fragments'

const { matcher: catalog } = await realCatalog()

// Hundreds of generated pastes take about 10 s on a quiet 2-core machine and four times that on a busy one.
// A file of its own, so that it runs beside the other generated pastes (match.property.test.ts).
describe('hostile and random pastes', { timeout: 120_000 }, () => {
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
