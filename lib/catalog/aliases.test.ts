import { describe, expect, it } from 'vitest'
import { aliasSegments, guideNamedBy } from './aliases'
import { realCatalog } from './source'

const { entries: catalog } = await realCatalog()

describe('addresses that lead to a guide', () => {
  it('every code, as AWS spells it and in lower case, leads to its guide', () => {
    const aliases = aliasSegments(catalog)
    expect(aliases.get('AccessDeniedException')).toBe('access-denied')
    expect(aliases.get('accessdeniedexception')).toBe('access-denied')
    expect(aliases.get('InvalidAMIID.NotFound')).toBe(catalog.find((g) => g.codes.includes('InvalidAMIID.NotFound'))?.slug)
    for (const g of catalog) for (const code of g.codes) expect(aliases.get(code)).toBe(g.slug)
  })

  it("a guide's own slug is its page, not an alias", () => {
    const aliases = aliasSegments(catalog)
    for (const g of catalog) expect(aliases.has(g.slug)).toBe(false)
  })

  it('old slugs lead to the renamed guide', () => {
    const aliases = aliasSegments([{ slug: 'access-denied', codes: ['AccessDenied'], redirectFrom: ['access-refused'] }])
    expect(aliases.get('access-refused')).toBe('access-denied')
  })

  it('any other letter case finds the guide by code or slug', () => {
    expect(guideNamedBy(catalog, 'ACCESSDENIED')?.slug).toBe('access-denied')
    expect(guideNamedBy(catalog, 'Access-Denied')?.slug).toBe('access-denied')
    expect(guideNamedBy(catalog, 'aCCESSdENIEDeXCEPTION')?.slug).toBe('access-denied')
    expect(guideNamedBy(catalog, 'access-denies')).toBeUndefined()
  })
})
