import { describe, expect, it } from 'vitest'
import { match } from '../match/match'
import { realCatalog } from '../catalog/source'
import { decodeShare } from '../share/diagnosis-link'
import { splitGuideHash } from '../share/share-param'
import { compactRegistry } from '../registry/compact'
import { loadRegistry } from '../registry/load'
import { diagnosePaste, diagnoseShared } from './build-diagnosis'

const { published: guides } = await realCatalog()
const diagnose = (text: string) => diagnosePaste(match(text, guides), guides)
const registry = compactRegistry(loadRegistry())
const diagnoseAll = (text: string) => diagnosePaste(match(text, guides, { registry }), guides, registry)

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

  it('leaves the comments of a command as the guide wrote them', () => {
    const simulate = diagnose(SCP_DENY).cards[0]!.checks.find((c) => c.id === 'simulate-identity-policies')!
    expect(simulate.command).toContain('# <principal-arn> must be a user or role ARN')
    expect(simulate.command).toContain('aws iam get-role --role-name <role-name> --query Role.Arn')
  })

  it('does not invent a pathless ARN for an IAM Identity Center role, whose role lives under a path', () => {
    const sso = SCP_DENY.replace('assumed-role/ci-deploy/build-42', 'assumed-role/AWSReservedSSO_AdministratorAccess_1a2b3c4d5e6f7a8b/alice@example.com')
    const checks = diagnose(sso).cards[0]!.checks
    const simulate = checks.find((c) => c.id === 'simulate-identity-policies')!
    expect(simulate.command).toContain('--policy-source-arn <principal-arn>')
    // What goes in its place is said beside the command.
    expect(simulate.unfilled).toContainEqual({ name: 'principal-arn', description: 'ARN of the IAM user or role that made the call' })
    expect(checks.find((c) => c.id === 'check-permissions-boundary')!.command).toContain('--role-name AWSReservedSSO_AdministratorAccess_1a2b3c4d5e6f7a8b')
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

  it.each([
    [
      'sts:AssumeRole',
      'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::111122223333:user/alice is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/CrossAccountAdmin',
      'check-trust-policy',
    ],
    [
      'iam:PassRole',
      'An error occurred (AccessDenied) when calling the CreateFunction operation: User: arn:aws:iam::123456789012:user/ci-bot is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role/lambda-exec because no identity-based policy allows the iam:PassRole action',
      'check-passrole',
    ],
    [
      'kms:Decrypt',
      'software.amazon.awssdk.services.kms.model.KmsException: User: arn:aws:iam::123456789012:role/app is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab because no identity-based policy allows the kms:Decrypt action (Service: Kms, Status Code: 400, Request ID: 5d3c1a2b-0000-4000-8000-000000000000)',
      'check-kms-key-policy',
    ],
    [
      'the Go SDK finding no IMDS role',
      'operation error S3: ListBuckets, get identity: get credentials: failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, http response error StatusCode: 404, request to EC2 IMDS failed',
      'check-instance-profile',
    ],
  ])('starts with the check an expert runs first for %s', (_what, text, id) => {
    const first = diagnose(text).cards[0]!.checks[0]!
    expect(first.id).toBe(id)
    expect(first.startHere).toMatch(/^Start here: /)
  })

  it('keeps the guide order when the facts point nowhere in particular', () => {
    const text = 'An error occurred (ThrottlingException) when calling the DescribeStacks operation (reached max retries: 4): Rate exceeded'
    const card = diagnose(text).cards[0]!
    const guide = guides.find((g) => g.slug === card.slug)!
    expect(card.checks.map((c) => c.id)).toEqual(guide.checks!.map((c) => c.id))
  })

  it('still gives the card when the checklist could not be fetched (offline), and says why it has no checks', () => {
    const offline = guides.map((g) => ({ ...g, checks: null }))
    const text = 'An error occurred (ThrottlingException) when calling the DescribeStacks operation (reached max retries: 4): Rate exceeded'
    const card = diagnosePaste(match(text, offline), offline).cards[0]!
    expect(card.slug).toBe('throttling-exception')
    expect(card.checks).toEqual([])
    expect(card.notes.at(-1)).toMatch(/checklist of this guide could not be loaded.*The full guide has every check/)
  })

  it('links to the guide with the facts in its fragment, never the paste or a secret', () => {
    const text = `${SCP_DENY}\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`
    const { factsUrl } = diagnose(text).cards[0]!
    const { anchor, share } = splitGuideHash(new URL(factsUrl, 'https://example.com').hash)
    expect(factsUrl.startsWith('/errors/access-denied/#diagnosis=')).toBe(true)
    expect(anchor).toBeUndefined()
    expect(decodeShare(share!)).toMatchObject({
      matches: [{ slug: 'access-denied', code: 'AccessDenied' }],
      facts: { principalArn: 'arn:aws:sts::123456789012:assumed-role/ci-deploy/build-42', action: 's3:GetObject' },
    })
    for (const piece of ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI', 'GetObject operation']) expect(JSON.stringify(decodeShare(share!))).not.toContain(piece)
  })

  it('links each check to its anchor on the full guide', () => {
    expect(diagnose(SCP_DENY).cards[0]!.checks[0]!.url).toBe('/errors/access-denied/#check-scp')
  })
})

describe('a log with several errors', () => {
  const LOG = [
    'ERROR An error occurred (ProvisionedThroughputExceededException) when calling the PutRecord operation: Rate exceeded for shard shardId-000000000001 in stream orders-stream under account 123456789012.',
    `ERROR ${IMPLICIT_DENY}`,
    'ERROR An error occurred (KMSInvalidStateException) when calling the Decrypt operation: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab is pending deletion.',
    'ERROR An error occurred (ExpiredToken) when calling the ListBuckets operation: The provided token has expired.',
  ].join('\n')
  const cardOf = (slug: string) => diagnose(LOG).cards.find((c) => c.slug === slug)!
  const shown = (slug: string) => Object.fromEntries(cardOf(slug).facts.map((r) => [r.key, r.value]))

  it("shows on each card the facts of its own error, not its neighbours'", () => {
    expect(shown('provisioned-throughput-exceeded')).toMatchObject({ operation: 'PutRecord' })
    expect(shown('provisioned-throughput-exceeded')).not.toHaveProperty('action')
    expect(shown('provisioned-throughput-exceeded')).not.toHaveProperty('region')
    expect(shown('access-denied')).toMatchObject({ action: 's3:PutObject', principalArn: 'arn:aws:iam::123456789012:user/alice' })
    expect(shown('access-denied')).not.toHaveProperty('region')
    expect(shown('kms-invalid-state')).toMatchObject({ region: 'us-east-1', operation: 'Decrypt' })
    expect(shown('kms-invalid-state')).not.toHaveProperty('action')
    expect(shown('expired-token')).not.toHaveProperty('resourceArn')
    expect(shown('expired-token')).not.toHaveProperty('denyReason')
  })

  it("never fills one error's commands with another error's facts", () => {
    const commands = cardOf('provisioned-throughput-exceeded')
      .checks.map((c) => c.command ?? '')
      .join('\n')
    expect(commands).not.toContain('us-east-1')
    expect(commands).not.toContain('acme-artifacts')
  })

  it('keeps each card its own facts through a share link', () => {
    const original = diagnose(LOG)
    const restored = diagnoseShared(decodeShare(`#${original.share}`)!, guides)
    expect(restored.cards.map((c) => c.facts)).toEqual(original.cards.map((c) => c.facts))
  })

  it('gives an access key to the error it was printed with', () => {
    const dump = [
      'aws_access_key_id = AKIAQWERTYUIOPASDFGH',
      'An error occurred (InvalidAccessKeyId) when calling the ListBuckets operation: The AWS Access Key Id you provided does not exist in our records.',
      'An error occurred (ExpiredToken) when calling the ListBuckets operation: The provided token has expired.',
      'aws_access_key_id = ASIAQWERTYUIOPASDFGH',
    ].join('\n')
    const card = diagnose(dump).cards.find((c) => c.slug === 'invalid-client-token-id')!
    expect(card.facts.find((r) => r.key === 'accessKeyKind')?.value).toMatch(/long-term/)
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

describe('a shared diagnosis from a crafted or outdated link', () => {
  const link = (matches: { slug: string; code: string }[]) => diagnoseShared({ v: 1, matches, facts: {} }, guides)

  it('gives one card for a guide the link names several times', () => {
    const d = link(Array.from({ length: 10 }, () => ({ slug: 'access-denied', code: 'AccessDenied' })))
    expect(d.cards.map((c) => c.slug)).toEqual(['access-denied'])
  })

  it('never fills a command with a crafted value: a glob, an option, a file or a URL', () => {
    const facts = {
      bucket: '*',
      functionName: 'https://evil.example/beacon',
      key: 'file:///home/me/.aws/credentials',
      resourceArn: '--endpoint-url=https://evil.example',
    }
    const d = diagnoseShared({ v: 1, matches: [{ slug: 'access-denied', code: 'AccessDenied' }], facts }, guides)
    const commands = d.cards[0]!.checks.map((c) => c.command ?? '').join('\n')
    for (const value of Object.values(facts).filter((v) => v !== '*')) expect(commands).not.toContain(value)
    expect(commands).not.toMatch(/--bucket '?\*/)
    expect(commands).toContain('--bucket <bucket>')
  })

  it('names the guides it does not know instead of saying no AWS error was found', () => {
    const d = link([{ slug: 'no-such-guide', code: 'NoSuchGuide' }])
    expect(d.cards).toEqual([])
    expect(d.unknownGuides).toEqual(['no-such-guide'])
  })

  it('can be passed on: it carries its own link, the same as the original', () => {
    const original = diagnose(SCP_DENY)
    const restored = diagnoseShared(decodeShare(`#${original.share}`)!, guides)
    expect(decodeShare(`#${restored.share}`)).toEqual(decodeShare(`#${original.share}`))
    expect(restored.incident).toBe(original.incident)
  })
})

describe('what the diagnosis says around its cards', () => {
  const LOG = `${IMPLICIT_DENY}\nAn error occurred (ExpiredToken) when calling the ListBuckets operation: The provided token has expired.`

  it('does not claim "innermost cause first" for unrelated errors in a log', () => {
    const d = diagnose(LOG)
    expect(d.cards.length).toBe(2)
    expect(d.nested).toBe(false)
  })

  it('says so where one error wraps another', () => {
    const d = diagnose(
      'InvalidParameterValueException: Your request has been throttled by EC2, please make sure you have enough API rate limit. EC2 Error Code: RequestLimitExceeded. EC2 Error Message: Request limit exceeded.',
    )
    expect(d.nested).toBe(true)
  })

  it('offers no AWS guides for an error from another cloud', () => {
    const d = diagnose(
      "(AuthorizationFailed) The client 'me@contoso.com' with object id '0000' does not have authorization to perform action 'Microsoft.Resources/subscriptions/resourcegroups/write'",
    )
    expect(d.notAws).toBeDefined()
    expect(d.suggestions).toEqual([])
  })

  it('names a new incident differently, so ticks from the last one do not carry over', () => {
    expect(diagnose(SCP_DENY).incident).toBe(diagnose(SCP_DENY).incident)
    expect(diagnose(SCP_DENY).incident).not.toBe(diagnose(IMPLICIT_DENY).incident)
  })

  it('masks keys in the matched excerpt as the redacted copy does', () => {
    const d = diagnose('botocore: SignatureDoesNotMatch AccessKey=AKIAN7MMFH6FPMASJNK2 SecretKey=56Ijzv8B2wNM7D/PinQzK1vR3XeTcYbA9sLmWqE0 rest')
    const excerpt = d.cards[0]!.excerpt!
    const shown = excerpt.before + excerpt.match + excerpt.after
    expect(shown).not.toContain('AKIAN7MMFH6FPMASJNK2')
    expect(shown).not.toContain('56Ijzv8B2wNM7D')
    expect(shown).toContain('AKIA****')
  })
})

describe('each placeholder gets the value its check needs', () => {
  const checkOf = (text: string, id: string) => diagnose(text).cards[0]!.checks.find((c) => c.id === id)!
  const ASSUME_DENY =
    'AccessDenied: User: arn:aws:sts::123456789012:assumed-role/eks-node-role/i-0abc1234def567890 is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/deploy\n\tstatus code: 403, request id: 7d3c1f2a-4b5e-11ef-9a8b-0242ac120002'

  it("reads the trust policy of the role the call tried to assume, not the caller's role", () => {
    expect(checkOf(ASSUME_DENY, 'check-trust-policy').command).toBe('aws iam get-role --role-name deploy --query Role.AssumeRolePolicyDocument')
    // The caller's own policies are still the caller's.
    expect(checkOf(ASSUME_DENY, 'check-identity-policies').command).toContain('--role-name eks-node-role')
  })

  it('leaves the role name for the reader when the resource is not a role, rather than naming the caller', () => {
    const text = ASSUME_DENY.replace('arn:aws:iam::123456789012:role/deploy', 'arn:aws:s3:::acme-artifacts')
    expect(checkOf(text, 'check-trust-policy').unfilled).toEqual([{ name: 'role-name', description: 'name of the IAM role' }])
  })

  it('keeps the path of a role ARN where the command needs the ARN, and gives <role-name> its last segment', () => {
    const sso = 'arn:aws:iam::123456789012:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_Admin_abc'
    expect(checkOf(ASSUME_DENY.replace('arn:aws:iam::123456789012:role/deploy', sso), 'check-trust-policy').command).toContain(
      '--role-name AWSReservedSSO_Admin_abc ',
    )
    const passRole = `An error occurred (AccessDenied) when calling the CreateFunction operation: User: arn:aws:iam::123456789012:user/ci-bot is not authorized to perform: iam:PassRole on resource: ${sso}`
    expect(checkOf(passRole, 'check-passrole').command).toContain(`--resource-arns ${sso} `)
    const pathUser = IMPLICIT_DENY.replace('user/alice', 'user/engineering/alice')
    expect(checkOf(pathUser, 'simulate-identity-policies').command).toContain('--policy-source-arn arn:aws:iam::123456789012:user/engineering/alice ')
    expect(checkOf(pathUser, 'check-identity-policies').command).toContain('--user-name alice')
  })

  it('fills `aws <cli-service> <cli-operation>` with the names the AWS CLI takes', () => {
    const text =
      'operation error CloudFormation: UpdateStack, https response error StatusCode: 400, RequestID: 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d, api error ValidationError: Template error: instance of Fn::GetAtt references undefined resource OrdersQueue'
    expect(checkOf(text, 'compare-with-api-reference').command).toContain('aws cloudformation update-stack help')
  })
})

describe('sub-cases of a broad code that the text decides', () => {
  it('tells an expired presigned URL apart: a note with the times, and the expiry check first', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Request has expired</Message><X-Amz-Expires>3600</X-Amz-Expires><Expires>2026-12-01T10:00:00Z</Expires><ServerTime>2026-12-01T12:34:56Z</ServerTime><RequestId>EXAMPLE7BMJM8PWV</RequestId><HostId>EXAMPLEhostid=</HostId></Error>'
    const [card] = diagnose(xml).cards
    expect(card!.slug).toBe('access-denied')
    expect(card!.notes.join(' ')).toContain('valid until 2026-12-01T10:00:00Z; S3 received it at 2026-12-01T12:34:56Z')
    expect(card!.checks[0]).toMatchObject({ id: 'check-presigned-url-expiry', startHere: expect.stringContaining('expired') })
  })

  it('says when a KMS key is in another Region than the call, and starts at the key', () => {
    const text =
      'operation error KMS: Decrypt, https response error StatusCode: 400, RequestID: 5d3c1a2b-0000-4000-8000-000000000000, AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/app/i-0abc1234def567890 is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab\nPOST https://kms.eu-west-1.amazonaws.com/'
    const [card] = diagnose(text).cards
    expect(card!.notes.join(' ')).toMatch(/is in us-east-1, but the call went to eu-west-1/)
    expect(card!.checks[0]).toMatchObject({ id: 'check-kms-key-policy', startHere: expect.stringContaining('different Region') })
    expect(card!.checks[0]!.command).toContain('--key-id arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab')
  })
})

describe('a card for a code without a guide', () => {
  // Terraform through the Go SDK, as quoted in a public tutorial
  const DUPLICATE_GROUP =
    "* aws_security_group.allow_ssh_22: Error creating Security Group: InvalidGroup.Duplicate: The security group 'allow_ssh_22' already exists for VPC 'vpc-2aeb5f42'\n\tstatus code: 400, request id: e75cd887-478e-43ac-a54f-2c23226e9b70"

  it('links to the code page and carries the checklist that page shows', () => {
    const [card] = diagnoseAll(DUPLICATE_GROUP).cards
    expect(card).toMatchObject({
      answer: 'code',
      code: 'InvalidGroup.Duplicate',
      url: '/errors/InvalidGroup-Duplicate/',
      familyLabel: 'Conflict and state',
    })
    expect(card!.factsUrl).toBe(card!.url)
    expect(card!.checks.map((c) => c.id)).toContain('find-other-changes')
    expect(card!.checks.every((c) => c.url.startsWith('/errors/InvalidGroup-Duplicate/#'))).toBe(true)
  })

  it('stays out of the share link, whose schema names guides only, but still names its incident', () => {
    const d = diagnoseAll(DUPLICATE_GROUP)
    expect(d.share).toBeUndefined()
    expect(d.incident).toBeDefined()
  })

  it('gives an unlisted code its family’s checklist, from the index of that family', () => {
    const [card] = diagnoseAll('An error occurred (WidgetQuotaExceededException) when calling the CreateWidget operation: too many widgets').cards
    expect(card).toMatchObject({ answer: 'family', url: '/errors/#throttling', familyLabel: 'Throttling, quotas and capacity' })
    expect(card!.checks.map((c) => c.id)).toContain('list-quotas')
  })

  it('offers S3 guides as leads for an S3-compatible store, and nothing for another cloud', () => {
    const minio = diagnoseAll(
      'An error occurred (NoSuchBucket) when calling the ListObjects operation: The specified bucket does not exist\nendpoint_url=http://minio:9000',
    )
    expect(minio.cards).toEqual([])
    expect(minio.notAws).toMatchObject({ platform: 'MinIO', s3Compatible: true })
    expect(minio.suggestions.map((s) => s.slug)).toEqual(['no-such-bucket'])
  })
})
