import { describe, expect, it } from 'vitest'
import { closestGuides } from './closest-guides'
import { realCatalog } from './source'

const { entries: catalog } = await realCatalog()
const suggestionsFor = (text: string) => closestGuides(catalog, text).map((g) => g.slug)

describe('the guides a missing address most likely meant', () => {
  it('a slug with a typo', () => {
    expect(suggestionsFor('acess-denied')[0]).toBe('access-denied')
    expect(suggestionsFor('throtling-exception')[0]).toBe('throttling-exception')
  })

  it('a code with a typo or another ending', () => {
    expect(suggestionsFor('ExpiredTokens')[0]).toBe('expired-token')
    expect(suggestionsFor('ThrottledException')).toContain('throttling-exception')
  })

  it('words the title has', () => {
    expect(suggestionsFor('bucket-name-taken')).toContain('bucket-already-exists')
  })

  it('nothing for an address that names no error', () => {
    expect(suggestionsFor('zqxj')).toEqual([])
    expect(suggestionsFor('ab')).toEqual([])
  })

  it('at most five, best first', () => {
    const suggestions = suggestionsFor('not-found-exception')
    expect(suggestions).toHaveLength(5)
    expect(suggestions[0]).toBe('not-found-exception')
  })
})
