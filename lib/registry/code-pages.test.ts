import { describe, expect, it } from 'vitest'
import { codePage, codePageCodes, OPERATIONS_SHOWN, type GuideRef } from './code-pages'
import { compactRegistry, FLAG } from './compact'
import type { Registry } from './types'

const operations = Array.from({ length: OPERATIONS_SHOWN + 3 }, (_, i) => `Operation${String(i).padStart(2, '0')}`)
const registry: Registry = {
  version: 1,
  services: [
    { id: 'Kinesis', cli: 'kinesis', apiReference: 'kinesis-2013-12-02', title: 'Amazon Kinesis' },
    { id: 'IAM', cli: 'iam', apiReference: 'iam-2010-05-08' },
  ],
  lists: [{ id: 'sdk-client', title: 'SDK errors', url: 'https://example.com/sdk' }],
  codes: [
    {
      code: 'ExpiredIteratorException',
      sources: [{ kind: 'api', service: 'Kinesis', httpStatus: 400, fault: 'client', operations: ['GetRecords'], from: 'model' }],
    },
    {
      code: 'NoSuchEntity',
      sources: [{ kind: 'api', service: 'IAM', httpStatus: 404, fault: 'client', shape: 'NoSuchEntityException', operations, from: 'model' }],
    },
    { code: 'ThrottlingException', sources: [{ kind: 'api', service: 'Kinesis', httpStatus: 400, fault: 'client', from: 'model' }] },
    { code: 'NoCredentialsError', sources: [{ kind: 'client', tool: 'AWS CLI, boto3 (botocore)', fault: 'client', from: 'sdk-client' }] },
  ],
}
const guides: GuideRef[] = [
  { slug: 'no-such-entity', code: 'NoSuchEntity', codes: ['NoSuchEntity'], title: 'NoSuchEntity guide', family: 'not-found', services: ['IAM'] },
  { slug: 'expired-token', code: 'ExpiredToken', codes: ['ExpiredToken'], title: 'ExpiredToken guide', family: 'identity', services: ['STS'] },
  { slug: 'kinesis-guide', code: 'Other', codes: ['Other'], title: 'A Kinesis validation guide', family: 'validation', services: ['Kinesis Data Streams'] },
  { slug: 'other-validation', code: 'Else', codes: ['Else'], title: 'Another validation guide', family: 'validation', services: ['S3'] },
]
const page = (code: string) =>
  codePage(
    registry.codes.find((c) => c.code === code)!,
    registry,
    guides,
  )

describe('code pages', () => {
  it('exist for every code no guide covers, in any letter case', () => {
    expect(codePageCodes(registry, [...guides, { ...guides[0]!, slug: 'throttling', codes: ['throttlingexception'] }])).toEqual([
      'ExpiredIteratorException',
      'NoCredentialsError',
    ])
  })

  it('link each operation to its API reference page, and count those not shown', () => {
    const [iam] = page('NoSuchEntity').services
    expect(iam!.operations[0]).toEqual({ name: 'Operation00', url: 'https://docs.aws.amazon.com/goto/WebAPI/iam-2010-05-08/Operation00' })
    expect(iam!.operations).toHaveLength(OPERATIONS_SHOWN)
    expect(iam!.moreOperations).toBe(3)
  })

  it('say whether SDKs retry the code, and why', () => {
    expect(page('ThrottlingException').services[0]!.retry).toBe('throttling-code')
    expect(page('ExpiredIteratorException').services[0]!.retry).toBeUndefined()
  })

  it('give the family, its checklist, and related guides that share a service first', () => {
    const expired = page('ExpiredIteratorException')
    expect(expired.family).toBe('validation')
    expect(expired.checklist.map((c) => c.id)).toContain('check-tool-version')
    expect(expired.related.map((g) => g.slug)).toEqual(['kinesis-guide', 'other-validation'])
  })

  it('name the tool for a client-side code, with the client-side checklist', () => {
    const p = page('NoCredentialsError')
    expect(p.family).toBe('client-side')
    expect(p.services[0]).toMatchObject({ name: 'AWS CLI, boto3 (botocore)', source: { title: 'SDK errors', url: 'https://example.com/sdk' } })
  })
})

describe('compactRegistry', () => {
  it('keeps each code’s services, status, traits, family and kind in a few bytes', () => {
    const compact = compactRegistry(registry)
    const [services, status, flags, family, kind] = compact.codes.ThrottlingException!
    expect(services.map((i) => compact.services[i])).toEqual(['Kinesis'])
    expect(status).toBe(400)
    expect(flags & FLAG.sdkRetries).toBeTruthy()
    expect(compact.families[family]).toBe('throttling')
    expect(compact.kinds[kind]).toBe('api')
    expect(compact.codes.NoCredentialsError![1]).toBe(0)
  })
})

describe('codePageSegment', () => {
  it('turns dots into hyphens, which no code contains, so every code keeps an address of its own', async () => {
    const { codePageSegment } = await import('../match/code-page-path')
    expect(codePageSegment('InvalidPermission.Duplicate')).toBe('InvalidPermission-Duplicate')
    const { loadRegistry } = await import('./load')
    const codes = loadRegistry().codes.map((c) => c.code)
    expect(codes.some((c) => c.includes('-'))).toBe(false)
    expect(new Set(codes.map(codePageSegment)).size).toBe(codes.length)
  })
})
