import { describe, expect, it } from 'vitest'
import { match } from './match'
import { realCatalog } from '../catalog/source'

// Every guide shows its error as the tools print it; each of those texts must lead back to the guide.
const { entries: guides, matcher: catalog } = await realCatalog()

describe('every example in every guide matches its own guide first', () => {
  for (const guide of guides) {
    guide.examples.forEach((example, i) => {
      it(`${guide.slug}: examples[${i}] (${example.tool})`, () => {
        const result = match(example.text, catalog)
        expect(result.matches[0]?.slug, `matches: ${JSON.stringify(result.matches.map((m) => [m.slug, m.reason.detail]))}`).toBe(guide.slug)
      })
    })
  }
})
