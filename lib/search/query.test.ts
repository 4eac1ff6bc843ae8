import { describe, expect, it } from 'vitest'
import { excerpt } from './hits'
import { createSearch, RESULT_LIMIT } from './query'
import { realSearchIndex } from './test-index'
import type { MarkedText, SearchIndex } from './types'

const index = await realSearchIndex()
const search = createSearch(index)
const guides = index.records.flatMap((r) => (r.kind === 'guide' ? [r] : []))
const first = (query: string) => search(query)[0]
const marked = ({ text, marks }: MarkedText) => marks.map(([start, end]) => text.slice(start, end))

describe('an exact code', () => {
  it.each(['InvalidClientTokenId', 'invalidclienttokenid', 'INVALIDCLIENTTOKENID'])('%s finds its guide first, the whole code marked', (query) => {
    const hit = first(query)!
    expect(hit.href).toBe('/errors/invalid-client-token-id/')
    expect(marked(hit.code)).toEqual(['InvalidClientTokenId'])
  })

  it('every code and alias of every guide finds that guide first', () => {
    const misses = guides.flatMap((g) => g.codes.filter((code) => first(code)?.href !== `/errors/${g.slug}/`).map((code) => `${code} → ${first(code)?.href}`))
    expect(misses).toEqual([])
  })

  it('an alias shows as the reason the guide is listed', () => {
    const hit = first('UnauthorizedOperation')!
    expect(hit).toMatchObject({ href: '/errors/access-denied/', kind: 'guide' })
    expect(hit.kind === 'guide' && hit.context && marked(hit.context)).toEqual(['UnauthorizedOperation'])
  })
})

describe('typos', () => {
  it('"acess denied" finds AccessDenied', () => {
    expect(first('acess denied')?.href).toBe('/errors/access-denied/')
  })

  it('"throttlng" finds ThrottlingException, marking the letters that matched', () => {
    const hit = first('throttlng')!
    expect(hit.href).toBe('/errors/throttling-exception/')
    expect(marked(hit.code).join('')).toMatch(/^throttl.*ng$/i)
  })

  it('a short word must be spelled right: "rate" does not find "date"', () => {
    const hits = search('rate')
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.filter((hit) => !JSON.stringify(hit).toLowerCase().includes('rate'))).toEqual([])
  })
})

describe('words and phrases', () => {
  it('a phrase of the message finds the guide that prints it', () => {
    expect(first('rate exceeded')?.href).toBe('/errors/throttling-exception/')
    expect(first('The security token included in the request is invalid')?.href).toBe('/errors/invalid-client-token-id/')
  })

  it('every word must match, each wherever it fits: a check of one guide', () => {
    const hit = search('kms key policy grants').find((h) => h.kind === 'check')
    expect(hit).toMatchObject({ kind: 'check', href: '/errors/access-denied/#check-kms-key-policy', code: { text: 'AccessDenied' } })
    expect(hit?.kind === 'check' && marked(hit.part)).toEqual(expect.arrayContaining(['KMS key policy', 'grants']))
  })

  it('a guide found by a message phrase shows that phrase, marked', () => {
    const hit = first('your request has been throttled')!
    expect(hit.href).toBe('/errors/throttling-exception/')
    expect(hit.kind === 'guide' && hit.context && marked(hit.context)).toEqual(['Your request has been throttled'])
  })

  it('a guide found by its summary shows the words that matched', () => {
    const hit = first('accepted your credentials')!
    expect(hit.href).toBe('/errors/access-denied/')
    expect(hit.kind === 'guide' && hit.context && marked(hit.context)).toEqual(['accepted', 'your', 'credentials'])
  })
})

describe('what people type, beyond codes', () => {
  const guideOf = (hit?: { href: string }) => hit?.href.split('#')[0]
  const statusesOf = (slug: string) => guides.find((g) => `/errors/${g.slug}/` === slug)?.statuses ?? []

  it.each([
    ['AssumeRole', '/errors/access-denied/'],
    ['PassRole', '/errors/access-denied/'],
    ['kms:Decrypt', '/errors/access-denied/'],
    ['sts:AssumeRole', '/errors/access-denied/'],
    ['iam:PassRole', '/errors/access-denied/'],
  ])('an action name, %s, finds the guide whose messages and checks name it first', (query, guide) => {
    expect(guideOf(first(query))).toBe(guide)
  })

  it('an action name also finds the check about it', () => {
    expect(search('AssumeRole').map((h) => h.href)).toContain('/errors/access-denied/#check-trust-policy')
  })

  it.each([
    ['403', '/errors/access-denied/'],
    ['429', '/errors/throttling-exception/'],
  ])('an HTTP status, %s, finds the error most services answer with it first', (query, guide) => {
    expect(first(query)?.href).toBe(guide)
  })

  it('503 finds the guides AWS answers 503 with: S3 SlowDown and ServiceUnavailable', () => {
    const top = search('503').slice(0, 2).map(guideOf)
    expect(top.sort()).toEqual(['/errors/internal-failure/', '/errors/slow-down/'])
    for (const href of top) expect(statusesOf(href!)).toContain('503')
  })

  it('a service name, kms, finds a guide about KMS first, not the Lambda error that names KMS in its code', () => {
    const hit = first('kms')!
    expect(guides.find((g) => `/errors/${g.slug}/` === guideOf(hit))?.services[0]).toBe('KMS')
    expect(hit.href).not.toBe('/errors/kms-access-denied-exception/')
  })

  it('words of a code, even misspelt, find the code itself before a longer code that contains them', () => {
    expect(first('access denied')?.href).toBe('/errors/access-denied/')
    expect(first('acess denied')?.href).toBe('/errors/access-denied/')
  })

  it.each(['presigned url expired', 'expired presigned url'])(
    '"%s" finds the check that reads a presigned URL\'s lifetime first, in the guide S3 answers with',
    (query) => {
      expect(first(query)).toMatchObject({ kind: 'check', href: '/errors/access-denied/#check-presigned-url-expiry', code: { text: 'AccessDenied' } })
    },
  )

  it('"sso expired" finds the SSO sign-in error before expired temporary credentials', () => {
    const order = search('sso expired').map((h) => h.href)
    expect(order[0]).toBe('/errors/token-retrieval-error/')
    expect(order.indexOf('/errors/token-retrieval-error/')).toBeLessThan(order.indexOf('/errors/expired-token/'))
  })
})

describe('the list', () => {
  it('holds at most eight results', () => {
    expect(search('access')).toHaveLength(RESULT_LIMIT)
  })

  it('is empty for an empty or blank query', () => {
    expect(search('')).toEqual([])
    expect(search('   ')).toEqual([])
  })

  it('is empty for words no guide contains', () => {
    expect(search('qwxzv')).toEqual([])
  })
})

describe('context longer than a line', () => {
  it('starts at a word a little before its first match, behind an ellipsis', () => {
    const text = 'The service accepted your credentials but found no table, function, secret or log group with that name'
    const at = text.indexOf('secret')
    const cut = excerpt({ text, marks: [[at, at + 6]] })
    expect(cut.text).toBe('…found no table, function, secret or log group with that name')
    expect(marked(cut)).toEqual(['secret'])
  })

  it('is left whole when the match is near its start', () => {
    const value: MarkedText = { text: 'Rate exceeded while calling the API many times over', marks: [[0, 4]] }
    expect(excerpt(value)).toEqual(value)
  })
})

describe('a section', () => {
  const small: SearchIndex = {
    version: 2,
    records: [
      {
        kind: 'guide',
        slug: 'kms-invalid-state',
        code: 'KMSInvalidStateException',
        codes: ['KMSInvalidStateException'],
        title: 'KMSInvalidStateException: the key cannot be used now',
        summary: 'The KMS key is pending deletion, pending import or unavailable.',
        phrases: [],
        searchTerms: ['kms key pending deletion'],
        codeWords: ['KMS Invalid State Exception'],
        services: ['KMS'],
        actions: [],
        statuses: ['400'],
      },
      { kind: 'section', slug: 'kms-invalid-state', id: 'fix-disabled', heading: 'Disabled key' },
      { kind: 'check', slug: 'kms-invalid-state', id: 'describe-key', heading: 'Read the key state' },
    ],
  }

  it('is found by its title together with its guide code, and lands on its anchor', () => {
    const hit = createSearch(small)('kms disabled')[0]
    expect(hit).toMatchObject({ kind: 'section', href: '/errors/kms-invalid-state/#fix-disabled' })
    expect(hit?.kind === 'section' && marked(hit.part)).toEqual(['Disabled'])
  })
})
