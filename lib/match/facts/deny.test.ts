import { describe, expect, it } from 'vitest'
import { extractFacts } from './index'

// Texts below are real pastes from lib/match/__fixtures__/real-errors.jsonl (ids such as c151 in the
// test names) or the examples AWS documents for these errors ("reference 1.3" names the section of the
// project's error reference they were taken from), already cleaned the way the matcher cleans a paste
// (ANSI colours, Terraform box characters and CRLF removed).

describe('extractFacts: AccessDenied anatomy', () => {
  const lead =
    'User: arn:aws:iam::123456789012:user/Matt is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::amzn-s3-demo-bucket/report.csv" '

  it.each([
    ['because no identity-based policy allows the s3:GetObject action', 'implicit', 'identity-based'],
    ['with an explicit deny in an identity-based policy', 'explicit', 'identity-based'],
    ['because no resource-based policy allows the s3:GetObject action', 'implicit', 'resource-based'],
    ['with an explicit deny in a resource-based policy', 'explicit', 'resource-based'],
    ['because no permissions boundary allows the s3:GetObject action', 'implicit', 'permissions-boundary'],
    ['with an explicit deny in a permissions boundary', 'explicit', 'permissions-boundary'],
    ['because no session policy allows the s3:GetObject action', 'implicit', 'session'],
    ['with an explicit deny in a session policy', 'explicit', 'session'],
    ['with an explicit deny in a sessions policy', 'explicit', 'session'],
    ['because no service control policy allows the s3:GetObject action', 'implicit', 'service-control'],
    ['with an explicit deny in a service control policy', 'explicit', 'service-control'],
    ['with an explicit deny in a resource control policy', 'explicit', 'resource-control'],
    ['because no VPC endpoint policy allows the s3:GetObject action', 'implicit', 'vpc-endpoint'],
    ['with an explicit deny in a VPC endpoint policy', 'explicit', 'vpc-endpoint'],
    ['with an explicit deny in a VPC endpoint policy transitively through a service control policy', 'explicit', 'service-control'],
    ['because the role trust policy allows the sts:AssumeRole action', 'implicit', 'trust'],
    ['with an explicit deny in the role trust policy', 'explicit', 'trust'],
  ] as const)('reads the clause "%s"', (clause, kind, policyType) => {
    expect(extractFacts(lead + clause).denyReason).toEqual({ kind, policyType, text: clause })
  })

  it('reads an explicit deny that names no policy type', () => {
    expect(extractFacts(`${lead}with an explicit deny`).denyReason).toEqual({ kind: 'explicit', text: 'with an explicit deny' })
  })

  it('reads a clause hard-wrapped across lines (c200)', () => {
    const pad = ' '.repeat(150)
    const facts = extractFacts(
      `is\n${pad}not authorized to perform:\n${pad}lambda:GetLayerVersion on resource:\n${pad}arn:aws:lambda:us-east-\n${pad}1:580247275435:layer:LambdaInsightsExtension:55\n${pad}because no resource-based policy allows the\n${pad}lambda:GetLayerVersion action`,
    )
    expect(facts).toEqual({
      service: 'Lambda',
      action: 'lambda:GetLayerVersion',
      resourceArn: 'arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:55',
      accountId: '580247275435',
      region: 'us-east-1',
      denyReason: { kind: 'implicit', policyType: 'resource-based', text: 'because no resource-based policy allows the lambda:GetLayerVersion action' },
    })
  })

  it('reads the policy ARN after an SCP clause (reference 2.1)', () => {
    const facts = extractFacts(
      'User: arn:aws:iam::123456789012:user/Matt is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:us-east-1:123456789012:instance/* with an explicit deny in a service control policy: arn:aws:organizations::987654321098:policy/o-qv5af4abcd/service_control_policy/p-2kgnabcd',
    )
    expect(facts.policyArn).toBe('arn:aws:organizations::987654321098:policy/o-qv5af4abcd/service_control_policy/p-2kgnabcd')
    expect(facts.resourceArn).toBe('arn:aws:ec2:us-east-1:123456789012:instance/*')
    expect(facts.region).toBe('us-east-1')
  })

  it('reads the policy ARN and the authorization ID of the Access Troubleshooter tail', () => {
    const facts = extractFacts(
      `${lead}with an explicit deny in an identity-based policy: arn:aws:iam::123456789012:policy/ExampleDenyPolicy. Go to https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/authorization-details/9f8e7d6c-5b4a-4321-8765-0fedcba98765 for complete details, or call the GetRequestAuthorizationDetails API with the following authorization id: 9f8e7d6c-5b4a-4321-8765-0fedcba98765`,
    )
    expect(facts.policyArn).toBe('arn:aws:iam::123456789012:policy/ExampleDenyPolicy')
    expect(facts.authorizationId).toBe('9f8e7d6c-5b4a-4321-8765-0fedcba98765')
    expect(facts.denyReason?.policyType).toBe('identity-based')
    // The console link is always us-east-1 and says nothing about where the call ran.
    expect(facts.region).toBeUndefined()
    expect(facts.bucket).toBe('amzn-s3-demo-bucket')
    expect(facts.key).toBe('report.csv')
  })

  it('reads the authorization ID from the link alone', () => {
    const facts = extractFacts(
      'Go to https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/authorization-details/a1b2c3d4e5f6a7b8 for complete details',
    )
    expect(facts.authorizationId).toBe('a1b2c3d4e5f6a7b8')
  })

  it('reads the policy ARN after a permissions boundary clause', () => {
    const facts = extractFacts(`${lead}with an explicit deny in a permissions boundary: arn:aws:iam::123456789012:policy/DevBoundary`)
    expect(facts.policyArn).toBe('arn:aws:iam::123456789012:policy/DevBoundary')
  })

  it('leaves the principal empty for anonymous callers and keeps the resource', () => {
    const facts = extractFacts(
      '{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:abcdef1234/prod/GET/items"}',
    )
    expect(facts.principalArn).toBeUndefined()
    expect(facts.action).toBe('execute-api:Invoke')
    expect(facts.resourceArn).toBe('arn:aws:execute-api:us-east-1:123456789012:abcdef1234/prod/GET/items')
    expect(facts.accountId).toBe('123456789012')
    expect(facts.region).toBe('us-east-1')
  })

  it('accepts other partitions and federated users', () => {
    const facts = extractFacts(
      'User: arn:aws-us-gov:sts::123456789012:federated-user/Bob is not authorized to perform: s3:ListBucket on resource: "arn:aws-us-gov:s3:::gov-bucket"',
    )
    expect(facts.principalArn).toBe('arn:aws-us-gov:sts::123456789012:federated-user/Bob')
    expect(facts.bucket).toBe('gov-bucket')
    const cn = extractFacts(
      'User: arn:aws-cn:iam::123456789012:root is not authorized to perform: kms:Decrypt on resource: arn:aws-cn:kms:cn-north-1:123456789012:key/1234abcd',
    )
    expect(cn.principalArn).toBe('arn:aws-cn:iam::123456789012:root')
    expect(cn.region).toBe('cn-north-1')
    expect(cn.service).toBe('KMS')
  })

  it('reads a principal whose account was redacted with a space (c093)', () => {
    const facts = extractFacts(
      'Error:\nUser: arn:aws:iam::<account id>:user/gingrDS is not authorized to perform: cloudformation:DescribeStacks on resource: arn:aws:cloudformation:eu-north-1:<account id>:stack/laravel-dev/* because no permissions boundary allows the cloudformation:DescribeStacks action',
    )
    expect(facts.principalArn).toBe('arn:aws:iam::<account id>:user/gingrDS')
    expect(facts.stack).toBe('laravel-dev')
    expect(facts.region).toBe('eu-north-1')
    expect(facts.service).toBe('CloudFormation')
    expect(facts.accountId).toBeUndefined()
  })

  it('takes the service from the action prefix even when the operation is of another service (c176)', () => {
    const facts = extractFacts(
      '[ERROR] ClientError: An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::<>:assumed-role/crossfeed-staging-cd-api-us-east-1-lambdaRole/crossfeed-staging-cd-api is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:<>:key/<> because no identity-based policy allows the kms:Decrypt action',
    )
    expect(facts.service).toBe('KMS')
    expect(facts.operation).toBe('GetObject')
    expect(facts.resourceArn).toBe('arn:aws:kms:us-east-1:<>:key/<>')
  })

  it('keeps an unmapped service as the ARN spells it (c123)', () => {
    const facts = extractFacts(
      '"error": "AccessDeniedException: User: arn:aws:sts::{account-id}:assumed-role/{role-arn} is not authorized to perform: waf-regional:GetWebACLForResource on resource: arn:aws:waf-regional:{region}:{account-id}:*/* with an explicit deny in a service control policy"',
    )
    expect(facts.service).toBe('waf-regional')
    expect(facts.region).toBeUndefined()
    expect(facts.denyReason?.kind).toBe('explicit')
  })
})
