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
  { kind: 'code', slug: 'KMSThrottlingException', code: 'KMSThrottlingException', title: 'Kinesis · code page, no guide yet' },
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

  it('come first when their code is typed exactly, before a guide whose code is a few letters away', () => {
    expect(search('KMSThrottlingException')[0]!.href).toBe('/errors/KMSThrottlingException/')
    expect(search('kms throttling exception')[0]!.href).toBe('/errors/KMSThrottlingException/')
  })

  it('rank below a guide that answers as well', () => {
    const hrefs = search('AccessDenied').map((h) => h.href)
    expect(hrefs[0]).toBe('/errors/access-denied/')
    expect(hrefs.indexOf('/errors/AccessDeniedForDependencyException/')).toBeGreaterThan(0)
    expect(search('ThrottlingException')[0]!.href).toBe('/errors/throttling-exception/')
  })
})
