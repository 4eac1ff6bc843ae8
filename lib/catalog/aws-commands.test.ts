import { describe, expect, it } from 'vitest'
import { awsCallsIn } from './aws-commands'

const words = (text: string) => awsCallsIn(text).map((c) => c.words.join(' '))

describe('the aws calls of a shell text', () => {
  it('are found with their words, placeholders kept as values', () => {
    expect(awsCallsIn('aws iam get-role --role-name <role-name>')).toEqual([{ words: ['iam', 'get-role', '--role-name', '<role-name>'], line: 1 }])
  })

  it('join lines continued with a backslash, or a backtick in PowerShell, and keep the line each starts on', () => {
    const text =
      'aws sts get-caller-identity\n\naws ec2 describe-instances \\\n  --instance-ids <instance-id> \\\n  --query Reservations\naws s3api head-bucket `\n  --bucket <bucket>'
    expect(awsCallsIn(text)).toEqual([
      { words: ['sts', 'get-caller-identity'], line: 1 },
      { words: ['ec2', 'describe-instances', '--instance-ids', '<instance-id>', '--query', 'Reservations'], line: 3 },
      { words: ['s3api', 'head-bucket', '--bucket', '<bucket>'], line: 6 },
    ])
  })

  it('find calls inside $(…) and backticks, and after pipes, && and ;', () => {
    expect(words('ACCOUNT="$(aws sts get-caller-identity --query Account --output text)"; aws iam get-role --role-name x | jq .')).toEqual([
      'sts get-caller-identity --query Account --output text',
      'iam get-role --role-name x',
    ])
    expect(words('for r in `aws ec2 describe-regions --query "Regions[].RegionName" --output text`; do aws ec2 describe-vpcs --region $r; done')).toEqual([
      'ec2 describe-regions --query Regions[].RegionName --output text',
      'ec2 describe-vpcs --region $r',
    ])
    expect(words('aws sts get-caller-identity && aws s3 ls || echo failed')).toEqual(['sts get-caller-identity', 's3 ls'])
  })

  it('keep a quoted value as one word, whatever it holds', () => {
    expect(awsCallsIn(`aws ec2 describe-images --query 'Images[].{Id: ImageId, Alias: ImageOwnerAlias} | [0]' --output table`)[0]!.words).toEqual([
      'ec2',
      'describe-images',
      '--query',
      'Images[].{Id: ImageId, Alias: ImageOwnerAlias} | [0]',
      '--output',
      'table',
    ])
  })

  it('skip prompts, comments, variable assignments and words such as if, time or xargs before aws', () => {
    expect(words('$ AWS_PROFILE=dev aws sts get-caller-identity # who am I?')).toEqual(['sts get-caller-identity'])
    expect(words('if aws s3api head-bucket --bucket b 2>/dev/null; then echo ok; fi')).toEqual(['s3api head-bucket --bucket b 2>/dev/null'])
    expect(words('# aws iam delete-role --role-name x\necho "aws is not run here"\nxargs aws sqs get-queue-url --queue-name')).toEqual([
      'sqs get-queue-url --queue-name',
    ])
  })
})
