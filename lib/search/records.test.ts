import { describe, expect, it } from 'vitest'
import type { GuideEntry } from '../catalog/types'
import { buildSearchIndex } from './records'

const check = (id: string, title: string) => ({ id, title, why: 'Explains why this check comes at this point of the list.' })

const guide: GuideEntry = {
  slug: 'kms-invalid-state',
  code: 'KMSInvalidStateException',
  codes: ['KMSInvalidStateException', 'KMS.KMSInvalidStateException'],
  title: 'KMSInvalidStateException: the key cannot be used now',
  summary: 'The KMS key is pending deletion, pending import or unavailable, so AWS refuses to use it.',
  family: 'conflict',
  services: ['KMS'],
  httpStatus: 400,
  skillLevel: 'intermediate',
  timeToFix: '5 minutes',
  lastReviewed: '2026-11-23',
  sources: [],
  related: [],
  examples: [
    { tool: 'aws-cli', text: 'An error occurred (KMSInvalidStateException) when calling the Decrypt operation: kms:Decrypt refused (condition aws:SourceArn)' },
  ],
  searchTerms: ['kms key pending deletion'],
  phrases: ['is pending deletion'],
  checks: [check('describe-key', 'Read the key state'), check('find-who', 'Find who disabled the key')],
  toc: [
    { id: 'what-it-means', title: 'What the error means', depth: 2 },
    { id: 'key-states', title: 'Key states', depth: 3 },
    { id: 'checklist', title: 'Diagnostic checklist', depth: 2 },
    { id: 'describe-key', title: 'Read the key state', depth: 3 },
    { id: 'find-who', title: 'Find who disabled the key', depth: 3 },
    { id: 'fix', title: 'How to fix', depth: 2 },
    { id: 'fix-disabled', title: 'Disabled key', depth: 3 },
    { id: 'prevent', title: 'How to prevent it', depth: 2 },
    { id: 'examples', title: 'What the message looks like', depth: 2 },
    { id: 'sources', title: 'Sources', depth: 2 },
  ],
}

describe('the search index', () => {
  const { records } = buildSearchIndex([guide])

  it('has one record for the guide, with what a reader might type to find it', () => {
    expect(records.filter((r) => r.kind === 'guide')).toEqual([
      {
        kind: 'guide',
        slug: guide.slug,
        code: guide.code,
        codes: guide.codes,
        codeWords: ['KMS Invalid State Exception', 'KMS KMS Invalid State Exception'],
        title: guide.title,
        summary: guide.summary,
        phrases: guide.phrases,
        searchTerms: guide.searchTerms,
        services: guide.services,
        actions: ['kms:Decrypt'],
        statuses: ['400'],
      },
    ])
  })

  it('gives a status once per service that answers with it', () => {
    const [record] = buildSearchIndex([{ ...guide, httpStatus: { KMS: 400, Lambda: 502, S3: 400 } }]).records
    expect(record).toMatchObject({ kind: 'guide', statuses: ['400', '502', '400'] })
  })

  it('has one record per check, under its permanent id', () => {
    expect(records.filter((r) => r.kind === 'check')).toEqual([
      { kind: 'check', slug: guide.slug, id: 'describe-key', heading: 'Read the key state' },
      { kind: 'check', slug: guide.slug, id: 'find-who', heading: 'Find who disabled the key' },
    ])
  })

  it('has a record for each of the guide’s own sections, but none for the sections every guide has', () => {
    expect(records.filter((r) => r.kind === 'section')).toEqual([
      { kind: 'section', slug: guide.slug, id: 'key-states', heading: 'Key states' },
      { kind: 'section', slug: guide.slug, id: 'fix-disabled', heading: 'Disabled key' },
    ])
  })
})
