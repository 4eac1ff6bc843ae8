import { describe, expect, it } from 'vitest'
import { awsCallsIn } from '../catalog/aws-commands'
import { cliCallProblems } from './cli-commands'

const problems = (command: string) => awsCallsIn(command).flatMap((call) => cliCallProblems(call.words))

describe('an aws command the CLI accepts', () => {
  it('passes: an API operation with its inputs, global options anywhere, --flag=value', () => {
    expect(problems('aws --region eu-west-1 iam get-role --role-name <role-name> --query Role.Arn --output text --profile=dev')).toEqual([])
    expect(problems('aws s3api list-objects-v2 --bucket <bucket> --max-keys 10 --no-fetch-owner --cli-input-json file://in.json')).toEqual([])
  })

  it('is not checked past an elided part, as prose writes it (`aws ec2 … --dry-run`)', () => {
    expect(problems('aws ec2 … --dry-run')).toEqual([])
    expect(problems('aws ec2 ... --dry-run')).toEqual([])
    expect(problems('aws ec2 describe-instances … --dry-run')).toEqual([])
  })

  it('passes with the paging flags the CLI adds to paginated operations, botocore paginators included', () => {
    expect(problems('aws iam list-roles --max-items 5 --starting-token abc --page-size 20 --no-paginate')).toEqual([])
    expect(problems('aws s3api list-object-versions --bucket b --max-items 5')).toEqual([])
  })

  it('passes for EC2, whose operations come from botocore, and for waiters with their operation inputs', () => {
    expect(problems('aws ec2 describe-instances --instance-ids <instance-id> --filters Name=x,Values=y --dry-run')).toEqual([])
    expect(problems('aws ec2 wait instance-running --instance-ids <instance-id>')).toEqual([])
    expect(problems('aws lambda wait function-updated --function-name <function-name>')).toEqual([])
  })

  it("passes for the CLI's own commands with their own flags", () => {
    for (const command of [
      'aws s3 cp ./a s3://<bucket>/a --sse aws:kms --no-progress',
      'aws s3 sync . s3://b --delete --exact-timestamps',
      'aws configure',
      'aws configure list --profile <profile>',
      'aws configure get region',
      'aws sso login --profile <profile> --use-device-code',
      'aws eks update-kubeconfig --name <cluster-name> --alias dev',
      'aws logs tail /aws/lambda/f --since 1h --follow',
      'aws ecr get-login-password --region <region>',
      'aws emr create-cluster --release-label emr-7.0.0 --use-default-roles --instance-type m5.xlarge --instance-count 3',
      'aws cloudformation deploy --template-file t.yaml --stack-name <stack-name> --capabilities CAPABILITY_IAM',
    ])
      expect(problems(command), command).toEqual([])
  })

  it("passes with the CLI's renamed and added flags, and fails with the ones it removes", () => {
    expect(problems('aws eks create-cluster --name c --kubernetes-version 1.31 --role-arn <role-arn> --resources-vpc-config x')).toEqual([])
    expect(problems('aws ec2 run-instances --image-id ami-1 --count 1 --dry-run')).toEqual([])
    expect(problems('aws ec2 run-instances --image-id ami-1 --min-count 1')).toEqual([
      expect.stringContaining('aws ec2 run-instances --min-count: not an input'),
    ])
    expect(problems('aws sns subscribe --topic-arn <topic-arn> --protocol sqs --notification-endpoint arn')).toEqual([])
    expect(problems('aws sns subscribe --topic-arn <topic-arn> --protocol sqs --endpoint arn')).toEqual([
      expect.stringContaining('aws sns subscribe --endpoint: not an input'),
    ])
  })

  it('is not checked past a word the reader fills in', () => {
    expect(problems('aws <service> <cli-operation> --generate-cli-skeleton input')).toEqual([])
    expect(problems('aws $SERVICE describe-things --anything')).toEqual([])
    expect(problems('aws ec2 help')).toEqual([])
  })
})

describe('an aws command the CLI refuses', () => {
  it('names a service that does not exist, with the nearest ones and where a missing one is added', () => {
    expect(problems('aws dynamo describe-table --table-name t')).toEqual([
      expect.stringMatching(
        /^aws dynamo: the AWS CLI has no service "dynamo"; nearest: .*dynamodb.*; if the CLI has it, refresh data\/registry\/cli-operations.json/,
      ),
    ])
  })

  it('names a command the service lacks, with the nearest ones', () => {
    expect(problems('aws s3api get-bucket --bucket b')).toEqual([
      expect.stringMatching(/^aws s3api get-bucket: s3api has no command "get-bucket" in the API models or the CLI's own commands; nearest: get-bucket-/),
    ])
    expect(problems('aws ec2 wait instance-up --instance-ids i-1')).toEqual([
      expect.stringMatching(/^aws ec2 wait instance-up: ec2 has no waiter "instance-up"; nearest: /),
    ])
  })

  it('names each flag that is no input of the operation, with the nearest inputs', () => {
    expect(problems('aws iam get-role --rolename <role-name>')).toEqual([
      expect.stringMatching(/^aws iam get-role --rolename: not an input of this command nor a global option; nearest: --role-name, /),
    ])
    expect(problems('aws s3 ls s3://<bucket> --recursive --max-keys 5')).toEqual([expect.stringContaining('aws s3 ls --max-keys: not an input')])
  })

  it('finds the error inside a command substitution', () => {
    expect(problems('aws iam get-role --role-name "$(aws sts get-caller-identity --query Arn --outptu text)"')).toEqual([
      expect.stringContaining('aws sts get-caller-identity --outptu'),
    ])
  })
})
