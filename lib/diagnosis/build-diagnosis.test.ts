import { describe, expect, it } from 'vitest'
import { match } from '../match/match'
import { realCatalog } from '../catalog/source'
import { decodeShare } from '../share/diagnosis-link'
import { diagnosePaste, diagnoseShared } from './build-diagnosis'

const { published: guides } = await realCatalog()
const diagnose = (text: string) => diagnosePaste(match(text, guides), guides)

const SCP_DENY =
  'An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::123456789012:assumed-role/ci-deploy/build-42 is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::acme-artifacts/app.zip" with an explicit deny in a service control policy'
const IMPLICIT_DENY =
  'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:iam::123456789012:user/alice is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::acme-artifacts/app.zip" because no identity-based policy allows the s3:PutObject action'

describe('a diagnosis card', () => {
  it('names the guide, its family in a sentence, and why it matched with the matched text', () => {
    const [card] = diagnose(SCP_DENY).cards
    expect(card).toMatchObject({
      slug: 'access-denied',
      code: 'AccessDenied',
      familyLabel: 'Authorization',
      familySentence: 'AWS knows who you are and refused the action.',
    })
    expect(card!.why).toContain('AccessDenied')
    expect(card!.excerpt!.match).toContain('AccessDenied')
  })

  it('lists the facts of the error in reading order: who, what, on what, why', () => {
    const rows = diagnose(SCP_DENY).cards[0]!.facts
    expect(rows.slice(0, 5).map((r) => [r.label, r.value])).toEqual([
      ['Principal', 'arn:aws:sts::123456789012:assumed-role/ci-deploy/build-42'],
      ['Account', '123456789012'],
      ['Action', 's3:GetObject'],
      ['Resource', 'arn:aws:s3:::acme-artifacts/app.zip'],
      ['Reason', 'explicit deny in a service control policy (SCP)'],
    ])
  })

  it('fills the pasted ARNs and action into the commands, using the role behind an assumed-role session', () => {
    const simulate = diagnose(SCP_DENY).cards[0]!.checks.find((c) => c.id === 'simulate-identity-policies')!
    expect(simulate.command).toContain('--policy-source-arn arn:aws:iam::123456789012:role/ci-deploy')
    expect(simulate.command).toContain('--action-names s3:GetObject')
    expect(simulate.command).toContain('--resource-arns arn:aws:s3:::acme-artifacts/app.zip')
    expect(simulate.unfilled).toEqual([])
  })

  it('puts the SCP check first when an explicit deny comes from a service control policy, and says why', () => {
    const [first, second] = diagnose(SCP_DENY).cards[0]!.checks
    expect(first).toMatchObject({ id: 'check-scp', startHere: 'Start here: the message names a service control policy.' })
    expect(second!.startHere).toBeUndefined()
  })

  it('puts the identity policy check first for an implicit deny from identity-based policies', () => {
    expect(diagnose(IMPLICIT_DENY).cards[0]!.checks[0]!.id).toBe('check-identity-policies')
  })

  it('puts the session-token check first for InvalidClientTokenId with an ASIA key', () => {
    const text =
      'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\naws_access_key_id = ASIAQWERTYUIOPASDFGH'
    const [card] = diagnose(text).cards
    expect(card!.slug).toBe('invalid-client-token-id')
    expect(card!.checks[0]).toMatchObject({ id: 'check-session-token', startHere: expect.stringContaining('ASIA') })
  })

  it('keeps the guide order when the facts point nowhere in particular', () => {
    const text = 'An error occurred (ThrottlingException) when calling the DescribeStacks operation (reached max retries: 4): Rate exceeded'
    const card = diagnose(text).cards[0]!
    const guide = guides.find((g) => g.slug === card.slug)!
    expect(card.checks.map((c) => c.id)).toEqual(guide.checks.map((c) => c.id))
  })

  it('links each check to its anchor on the full guide', () => {
    expect(diagnose(SCP_DENY).cards[0]!.checks[0]!.url).toBe('/errors/access-denied/#check-scp')
  })
})

describe('a paste with no known AWS error', () => {
  it('has no cards, no share link, and says so for another cloud', () => {
    const d = diagnose('azure.core.exceptions.ClientAuthenticationError: (InvalidAuthenticationToken) The access token is invalid.')
    expect(d.cards).toEqual([])
    expect(d.share).toBeUndefined()
    expect(d.notAws?.platform).toMatch(/Azure/)
  })
})

describe('secrets in the paste', () => {
  const text = `${SCP_DENY}\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`
  it('names the kind of secret and offers the paste with it masked', () => {
    const d = diagnose(text)
    expect(d.secretKinds).toEqual(['secret-access-key'])
    expect(d.redacted).not.toContain('wJalrXUtnFEMI')
  })
  it('never puts a secret in the share link', () => {
    const d = diagnose(text)
    expect(decodeURIComponent(d.share!)).not.toContain('wJalrXUtnFEMI')
    expect(JSON.stringify(decodeShare(`#${d.share}`))).not.toContain('wJalrXUtnFEMI')
  })
})

describe('a shared diagnosis', () => {
  it('restores the same cards, facts and tailored checklist without the paste', () => {
    const original = diagnose(SCP_DENY)
    const restored = diagnoseShared(decodeShare(`#${original.share}`)!, guides)
    expect(restored.origin).toBe('link')
    expect(restored.cards.map((c) => c.slug)).toEqual(['access-denied'])
    expect(restored.cards[0]!.facts).toEqual(original.cards[0]!.facts)
    expect(restored.cards[0]!.checks).toEqual(original.cards[0]!.checks)
    expect(restored.cards[0]!.excerpt).toBeUndefined()
    expect(JSON.stringify(restored)).not.toContain('when calling the GetObject operation')
  })
})
