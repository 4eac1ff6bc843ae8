import { describe, expect, it } from 'vitest'
import { createSearch } from './query'
import { realSearchIndex } from './test-index'
import type { CodeRecord } from './types'

const codePages: CodeRecord[] = [
  { kind: 'code', slug: 'InvalidKMSResourceException', code: 'InvalidKMSResourceException', title: 'Firehose · code page, no guide yet' },
  {
    kind: 'code',
    slug: 'AccessDeniedForDependencyException',
    code: 'AccessDeniedForDependencyException',
    title: 'Directory Service · code page, no guide yet',
  },
  { kind: 'code', slug: 'ThrottlingExceptionOfSomeService', code: 'ThrottlingExceptionOfSomeService', title: 'Example · code page, no guide yet' },
]
const base = await realSearchIndex()
const search = createSearch({ ...base, records: [...base.records, ...codePages] })

describe('code pages in the header search', () => {
  it('are found by their code and lead to their page', () => {
    expect(search('InvalidKMSResourceException')[0]).toMatchObject({ kind: 'guide', href: '/errors/InvalidKMSResourceException/' })
  })

  it('are found by the service that returns them', () => {
    expect(search('firehose invalid kms resource').map((h) => h.href)).toContain('/errors/InvalidKMSResourceException/')
  })

  it('rank below a guide that answers as well', () => {
    const hrefs = search('AccessDenied').map((h) => h.href)
    expect(hrefs[0]).toBe('/errors/access-denied/')
    expect(hrefs.indexOf('/errors/AccessDeniedForDependencyException/')).toBeGreaterThan(0)
    expect(search('ThrottlingException')[0]!.href).toBe('/errors/throttling-exception/')
  })
})
