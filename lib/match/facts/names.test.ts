import { describe, expect, it } from 'vitest'
import { extractFacts } from './index'

// Texts below are real pastes from lib/match/__fixtures__/real-errors.jsonl (ids such as c151 in the
// test names) or the examples AWS documents for these errors ("reference 1.3" names the section of the
// project's error reference they were taken from), already cleaned the way the matcher cleans a paste
// (ANSI colours, Terraform box characters and CRLF removed).

describe('extractFacts: resources, names and regions', () => {
  it('falls back to the first ARN that is not the principal (c030)', () => {
    const facts = extractFacts(
      'An error occurred (ResourceNotFoundException) when calling the AddPermission operation: Function not found: arn:aws:lambda:us-east-2:715223779645:function:myTopic2017',
    )
    expect(facts).toEqual({
      service: 'Lambda',
      operation: 'AddPermission',
      resourceArn: 'arn:aws:lambda:us-east-2:715223779645:function:myTopic2017',
      accountId: '715223779645',
      region: 'us-east-2',
      functionName: 'myTopic2017',
    })
  })

  it('drops a Lambda qualifier from the function name', () => {
    expect(extractFacts('Function not found: arn:aws:lambda:eu-west-1:123456789012:function:checkout:prod').functionName).toBe('checkout')
  })

  it('reads the table from a DynamoDB ARN (c071)', () => {
    const facts = extractFacts(
      'AccessDeniedException: User: arn:aws:sts::515605477066:assumed-role/WildRydesLambda/RequestUnicorn is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:eu-west-2:515605477066:table/Rides',
    )
    expect(facts.table).toBe('Rides')
    expect(facts.accountId).toBe('515605477066')
    expect(facts.region).toBe('eu-west-2')
  })

  it('reads bucket and key from CLI arguments (c116) and from an s3:// URI (c169)', () => {
    expect(
      extractFacts(
        'aws s3api get-object --bucket spacenet-dataset --key AOI_1_Rio/srcData/rasterData/8-Band.tar.gz --request-payer requester 8-Band.tar.gz\n\nI get the following error:\nAn error occurred (AccessDenied) when calling the GetObject operation: Access Denied',
      ),
    ).toEqual({ operation: 'GetObject', bucket: 'spacenet-dataset', key: 'AOI_1_Rio/srcData/rasterData/8-Band.tar.gz' })
    expect(
      extractFacts(
        'I get this when running: aws s3 cp s3://managedblockchain-beta/service-2.json .\n\nfatal error: An error occurred (403) when calling the HeadObject operation: Forbidden',
      ),
    ).toEqual({ operation: 'HeadObject', httpStatus: 403, bucket: 'managedblockchain-beta', key: 'service-2.json' })
  })

  it('reads the bucket from the CLI "Additional error details" block (reference 1.3)', () => {
    const facts = extractFacts(
      'aws: [ERROR]: An error occurred (NoSuchBucket) when calling the GetObject operation: The specified bucket does not exist\n\nAdditional error details:\nBucketName: not-a-real-bucket-0000',
    )
    expect(facts.bucket).toBe('not-a-real-bucket-0000')
  })

  it('reads the queue from --queue-name (c170) and from a queue URL', () => {
    expect(
      extractFacts(
        '$ AWS_PROFILE=aws aws sqs get-queue-url --queue-name noop\nAn error occurred (AWS.SimpleQueueService.NonExistentQueue) when calling the GetQueueUrl operation: The specified queue does not exist for this wsdl version.',
      ).queue,
    ).toBe('noop')
    const facts = extractFacts(
      'An error occurred (AccessDenied) when calling the SendMessage operation: Access to the resource https://sqs.us-west-2.amazonaws.com/123456789012/orders.fifo is denied.',
    )
    expect(facts.queue).toBe('orders.fifo')
    expect(facts.region).toBe('us-west-2')
    expect(facts.service).toBe('SQS')
  })

  it('reads the account from ECR phrasing', () => {
    const facts = extractFacts("name unknown: The repository with name 'web' does not exist in the registry with id '123456789012'")
    expect(facts.accountId).toBe('123456789012')
  })

  it.each([
    ['Could not connect to the endpoint URL: "https://sts.eu-west-1.amazonaws.com/"', 'eu-west-1', 'STS', undefined],
    ['Could not connect to the endpoint URL: "https://s3.us-west-2.amazonaws.com/"', 'us-west-2', 'S3', undefined],
    ['Read timeout on endpoint URL: "https://logs-bucket.s3-us-west-2.amazonaws.com/a.txt"', 'us-west-2', 'S3', 'logs-bucket'],
    ['PUT https://my.data.bucket.s3.ap-southeast-2.amazonaws.com/k failed', 'ap-southeast-2', 'S3', 'my.data.bucket'],
  ])('reads the region from an endpoint host: %s', (text, region, service, bucket) => {
    const facts = extractFacts(text)
    expect(facts.region).toBe(region)
    expect(facts.service).toBe(service)
    expect(facts.bucket).toBe(bucket)
  })

  it('reads a region code in text, including upper case and AZ names', () => {
    expect(
      extractFacts('aws ec2 authorize-security-group-ingress --group-name sg-3acb815f --protocol tcp --port 80 --cidr 0.0.0.0 --profile foo --region us-west-2')
        .region,
    ).toBe('us-west-2')
    expect(
      extractFacts('Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: abc@xyz.in').region,
    ).toBe('us-east-1')
    expect(extractFacts('capacity in the Availability Zone you requested (eu-north-1a)').region).toBe('eu-north-1')
    expect(extractFacts('deploying to us-gov-west-1 and il-central-1').region).toBe('us-gov-west-1')
  })

  it('does not take mixed-case or non-region look-alikes as regions', () => {
    expect(extractFacts('region Us-East-1').region).toBeUndefined()
    expect(extractFacts('apt install ca-certificates-1 us-east-10').region).toBeUndefined()
  })
})
