import { describe, expect, it } from 'vitest'
import { changingCallsIn } from './read-only-commands'
import { guideFrontmatterSchema } from './schema'

describe('a check that would change something', () => {
  it('is found by the verb of its operation, in any service', () => {
    expect(changingCallsIn('aws dynamodb put-item --table-name <table> --item file://item.json')).toEqual(['aws dynamodb put-item'])
    expect(changingCallsIn('aws lambda invoke --function-name <function-name> out.json')).toEqual(['aws lambda invoke'])
    expect(changingCallsIn('aws dynamodb transact-write-items --transact-items file://t.json')).toEqual(['aws dynamodb transact-write-items'])
  })

  it('is found on a continued line and after global options', () => {
    expect(changingCallsIn('aws iam get-role --role-name x && \\\n  aws --region eu-west-1 ec2 terminate-instances --instance-ids i-1')).toEqual([
      'aws ec2 terminate-instances',
    ])
  })

  it('includes the CLI commands that write files or buckets', () => {
    expect(changingCallsIn('aws s3 cp ./big.bin s3://<bucket>/probe')).toEqual(['aws s3 cp'])
    expect(changingCallsIn('aws sso login --profile <profile>')).toEqual(['aws sso login'])
  })
})

describe('a check that only reads', () => {
  it('passes, reads being get, list, describe, head, simulate and their kind', () => {
    for (const command of [
      'aws sts get-caller-identity',
      'aws iam simulate-principal-policy --policy-source-arn <principal-arn> --action-names <action>',
      'aws s3api head-object --bucket <bucket> --key <key>',
      'aws dynamodb transact-get-items --transact-items file://t.json',
      'aws s3 ls s3://<bucket>',
    ]) {
      expect(changingCallsIn(command)).toEqual([])
    }
  })

  it('passes when a changing call is only asked whether it would be allowed, or only checked locally', () => {
    expect(changingCallsIn('aws ec2 run-instances --image-id ami-1 --instance-type t3.micro --dry-run')).toEqual([])
    expect(changingCallsIn('aws s3api put-object --bucket b --key k --generate-cli-skeleton output')).toEqual([])
  })
})

describe('the content check', () => {
  const check = (extra: object) => ({
    id: 'probe',
    title: 'Re-run the write to see the reason',
    why: 'Shows the reason the service gives for refusing the write.',
    command: 'aws dynamodb put-item --table-name <table> --item file://item.json',
    ...extra,
  })
  const issuesOf = (c: object) => guideFrontmatterSchema.shape.checks.element.safeParse(c).error?.issues.map((i) => i.message) ?? []

  it('fails a check that writes, naming the call and the ways out', () => {
    expect(issuesOf(check({}))).toEqual([
      expect.stringContaining('calls aws dynamodb put-item, which changes or runs something; a diagnostic check only reads'),
    ])
  })

  it('accepts it when the check says what it changes, which the page then shows', () => {
    expect(issuesOf(check({ changesState: 'Writes the item again, with the same condition, to read the reason.' }))).toEqual([])
  })
})
