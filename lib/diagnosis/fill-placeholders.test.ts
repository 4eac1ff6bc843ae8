import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PLACEHOLDERS, type Placeholder } from '../catalog/placeholders'
import { cliCommandOf } from './fact-kinds'
import { accepts, fillCommand, placeholderValues, unfilledIn } from './fill-placeholders'
import { shellWords } from './shell-words'

describe('placeholders take only values of their kind', () => {
  it('fills <policy-arn> with an IAM policy ARN, never an Organizations SCP ARN', () => {
    const scp = placeholderValues({ policyArn: 'arn:aws:organizations::999988887777:policy/o-a1b2c3d4e5/service_control_policy/p-7k3m9x2q' })
    expect(scp['policy-arn']).toBeUndefined()
    expect(scp['scp-id']).toBe('p-7k3m9x2q')
    expect(scp['rcp-id']).toBeUndefined()
    expect(placeholderValues({ policyArn: 'arn:aws:iam::123456789012:policy/deploy' })['policy-arn']).toBe('arn:aws:iam::123456789012:policy/deploy')
  })

  it('gives an RCP check the ID of a resource control policy only', () => {
    const rcp = placeholderValues({ policyArn: 'arn:aws:organizations::999988887777:policy/o-a1b2c3d4e5/resource_control_policy/p-1q2w3e4r' })
    expect(rcp).toMatchObject({ 'rcp-id': 'p-1q2w3e4r' })
    expect(rcp['scp-id']).toBeUndefined()
  })

  it('puts only a role ARN into <role-arn> (the resource of iam:PassRole)', () => {
    expect(placeholderValues({ resourceArn: 'arn:aws:ec2:eu-central-1:123456789012:instance/*' })['role-arn']).toBeUndefined()
    expect(placeholderValues({ resourceArn: 'arn:aws:iam::123456789012:role/app/lambda-exec' })['role-arn']).toBe(
      'arn:aws:iam::123456789012:role/app/lambda-exec',
    )
  })

  it('spells an operation as the AWS CLI does', () => {
    expect(cliCommandOf('UpdateStack')).toBe('update-stack')
    expect(cliCommandOf('PutBucketACL')).toBe('put-bucket-acl')
    expect(cliCommandOf('GetObject')).toBe('get-object')
    expect(fillCommand('aws <cli-service> <cli-operation> help', placeholderValues({ operation: 'UpdateStack' }))).toBe('aws <cli-service> update-stack help')
  })
})

describe('a filled command runs as the guide meant it', () => {
  it('quotes a resource ARN ending in /* so that zsh does not glob it', () => {
    const command = fillCommand('aws iam simulate-principal-policy --resource-arns <resource-arn>', {
      'resource-arn': 'arn:aws:ec2:eu-central-1:123456789012:instance/*',
    })
    expect(command).toBe("aws iam simulate-principal-policy --resource-arns 'arn:aws:ec2:eu-central-1:123456789012:instance/*'")
  })

  it.each([
    ['bucket', '*'],
    ['bucket', '--endpoint-url=https://evil.example'],
    ['key', 'file:///home/me/.aws/credentials'],
    ['function-name', 'https://evil.example/beacon'],
    ['resource-arn', 'arn:aws:s3:::x/$(curl evil)'],
    ['region', '-us-east-1'],
  ] as [Placeholder, string][])('never fills <%s> with %s', (placeholder, value) => {
    expect(accepts(placeholder, value)).toBe(false)
  })

  it('leaves placeholders in comments alone, and does not count them as left to replace', () => {
    const command = '# <principal-arn> must be a role ARN\naws iam get-role --role-name <role-name> # not <user-name>'
    expect(fillCommand(command, { 'principal-arn': 'arn:aws:iam::123456789012:role/x', 'role-name': 'x', 'user-name': 'y' })).toBe(
      '# <principal-arn> must be a role ARN\naws iam get-role --role-name x # not <user-name>',
    )
    expect(unfilledIn(command)).toEqual(['role-name'])
  })

  it.each([
    ['a quoted #', "aws s3api list-objects-v2 --bucket <bucket> --query '#<key>'", "aws s3api list-objects-v2 --bucket b --query '#k'"],
    ['a # inside a word', 'echo x#<key>', 'echo x#k'],
    ['what follows ;', 'aws s3api head-bucket --bucket <bucket>;# <key> is not needed', 'aws s3api head-bucket --bucket b;# <key> is not needed'],
    ['the line before it', 'aws s3api head-bucket --bucket <bucket>\n  # then <key>', 'aws s3api head-bucket --bucket b\n  # then <key>'],
  ])('tells a comment from %s as a shell does (only the comment keeps its placeholder)', (_what, command, filled) => {
    expect(fillCommand(command, { bucket: 'b', key: 'k' })).toBe(filled)
  })

  // Hostile values (options, URLs, globs, shell syntax, quotes) and genuine ones alike: whatever is
  // filled, each placeholder becomes exactly one word holding exactly the value, and nothing expands.
  const hostile = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(
      '*',
      '?',
      '-x',
      '--endpoint-url=https://evil.example',
      'file:///etc/passwd',
      'https://evil.example/b',
      "a'b",
      'a"b',
      '$(id)',
      '`id`',
      'a b',
      'a;b',
      'x\\y',
    ),
    fc.stringMatching(/^arn:aws:[a-z0-9]{1,5}:[a-z0-9-]{0,12}:(\d{12})?:[\w/*:.-]{1,30}$/),
  )
  const placeholders = Object.keys(PLACEHOLDERS) as Placeholder[]
  const templates = [
    (p: string) => `aws x y --opt <${p}> --other`,
    (p: string) => `aws x y --opt prefix/<${p}>/suffix`,
    (p: string) => `aws x y --opt '<${p}>'`,
    (p: string) => `aws x y --opt "<${p}>"`,
  ]

  it('parses into the argv the template meant, for any value that is filled', () => {
    fc.assert(
      fc.property(fc.constantFrom(...placeholders), hostile, fc.constantFrom(...templates), (placeholder, value, template) => {
        fc.pre(accepts(placeholder, value))
        const words = shellWords(fillCommand(template(placeholder), { [placeholder]: value }))
        const meant = shellWords(template('MARK').replace('<MARK>', 'MARK')).map((w) => w.replace('MARK', value))
        expect(words).toEqual(meant)
      }),
      { numRuns: 2000, maxSkipsPerRun: 1000 },
    )
  })
})
