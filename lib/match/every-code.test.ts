import { describe, expect, it } from 'vitest'
import { match } from './match'
import { realCatalog } from '../catalog/source'
import { compactRegistry } from '../registry/compact'
import { loadRegistry } from '../registry/load'
import { CONFIDENT } from './types'

// Pastes quoted from public issue threads (the thread is named beside each), trimmed to the error.
const { matcher: catalog } = await realCatalog()
const registry = compactRegistry(loadRegistry())
const withRegistry = (text: string) => match(text, catalog, { registry })

describe('every registry code is a recognised AWS error', () => {
  it.each([
    [
      // aws/amazon-ecs-agent#1440 (an AWS Batch job's ECS stopped reason)
      'CannotInspectContainerError: Could not transition to inspecting; timed out after waiting 30s',
      'CannotInspectContainerError',
    ],
    [
      // cartography-cncf/cartography#2289
      'botocore.exceptions.ClientError: An error occurred (SubscriptionRequiredException) when calling the ListClusters operation: The AWS Access Key Id needs a subscription for the service',
      undefined,
    ],
  ])('%s', (text, code) => {
    const top = withRegistry(text).matches[0]
    if (code === undefined) return expect(top).toBeUndefined()
    expect(top).toMatchObject({ kind: 'code', code, codes: [code], slug: code })
    expect(top!.confidence).toBeGreaterThanOrEqual(CONFIDENT)
  })

  it('answers a code without a guide with its page, and only once the registry is given', () => {
    // aws/amazon-ecs-agent#1440, as the CLI prints a stopped task's reason.
    const text = 'Status reason\tCannotInspectContainerError: Could not transition to inspecting; timed out after waiting 30s'
    expect(match(text, catalog).matches).toEqual([])
    expect(withRegistry(text).matches[0]).toMatchObject({ kind: 'code', slug: 'CannotInspectContainerError' })
  })

  it('gives a dotted code its hyphenated address', () => {
    // Terraform through the Go SDK, as quoted in a public tutorial
    const text =
      "* aws_security_group.allow_ssh_22: Error creating Security Group: InvalidGroup.Duplicate: The security group 'allow_ssh_22' already exists for VPC 'vpc-2aeb5f42'\n\tstatus code: 400, request id: e75cd887-478e-43ac-a54f-2c23226e9b70"
    expect(withRegistry(text).matches[0]).toMatchObject({ kind: 'code', code: 'InvalidGroup.Duplicate', slug: 'InvalidGroup-Duplicate' })
  })

  it('keeps a guide first where one covers the code', () => {
    expect(withRegistry('An error occurred (AccessDenied) when calling the GetObject operation: Access Denied').matches[0]).toMatchObject({
      kind: 'guide',
      slug: 'access-denied',
    })
  })

  it('reads a service code that is also a wrapper class only where that service answered', () => {
    const ecs =
      'software.amazon.awssdk.services.ecs.model.ClientException: The specified task definition does not exist (Service: Ecs, Status Code: 400, Request ID: 1234)'
    expect(withRegistry(ecs).matches[0]).toMatchObject({ code: 'ClientException', slug: 'client-exception' })
    const s3 = 'software.amazon.awssdk.services.s3.model.S3Exception: Not Implemented (Service: S3, Status Code: 501, Request ID: 1234)'
    expect(withRegistry(s3).matches.every((m) => m.code !== 'S3Exception')).toBe(true)
  })
})

describe('a code no list names still gets its family from its name', () => {
  it('says so for an AWS-only shape', () => {
    // An invented code in a real shape: a code no registry list names cannot be quoted from the lists.
    const { matches, unlisted } = withRegistry('An error occurred (WidgetQuotaExceededException) when calling the CreateWidget operation: too many widgets')
    expect(matches).toEqual([])
    expect(unlisted).toMatchObject([{ code: 'WidgetQuotaExceededException', family: 'throttling', word: 'QuotaExceeded' }])
    expect(unlisted[0]!.reason.detail).toContain('no AWS list names it')
  })

  it('stays silent where the name says nothing, or the shape is not AWS’s alone', () => {
    expect(
      withRegistry('botocore.exceptions.ClientError: An error occurred (SubscriptionRequiredException) when calling the ListClusters operation: x').unlisted,
    ).toEqual([])
    expect(withRegistry('WidgetNotFoundError: widget 7 is missing').unlisted).toEqual([])
  })
})

describe('known AWS message phrases', () => {
  it.each([
    // drewblas/aws-ses#14: the code glued to its message
    ['AWS::SES::ResponseError: AWS::SES Response Error: InvalidClientTokenIdThe security token included in the request is invalid', 'invalid-client-token-id'],
    // drminnaar/aws-dotnet-examples#3: wrapped in the .NET SDK's service exception
    [
      'Amazon.CognitoIdentityProvider.AmazonCognitoIdentityProviderException: The security token included in the request is invalid.',
      'invalid-client-token-id',
    ],
    // The .NET SDK's instance-profile provider (Amazon.Runtime.DefaultInstanceProfileAWSCredentials)
    ['Amazon.Runtime.AmazonClientException: Failed to retrieve credentials from EC2 Instance Metadata Service.', 'no-credentials'],
    // widdix/mastodon-on-aws#27, the handler's message without its event
    ["Resource of type 'AWS::SES::EmailIdentity' with identifier 'xxxxxxxxxxxx.social' already exists.", 'already-exists'],
    // MinIO and older S3 clients word it without "AWS"
    ['The Access Key Id you provided does not exist in our records.', 'invalid-client-token-id'],
    ['An error occurred (RequestExpired) when calling the DescribeInstances operation: Request has expired.', 'expired-token'],
  ])('%s', (text, slug) => {
    const top = withRegistry(text).matches[0]
    expect(top?.slug).toBe(slug)
    expect(top!.confidence).toBeGreaterThanOrEqual(CONFIDENT)
  })

  it('lets a decisive phrase overrule a catch-all code', () => {
    const text = 'An error occurred (ForbiddenException) when calling the Invoke operation: The security token included in the request is invalid.'
    expect(withRegistry(text).matches[0]).toMatchObject({ slug: 'invalid-client-token-id', reason: { kind: 'message-phrase' } })
  })
})

describe('not AWS stays not AWS', () => {
  it.each([
    // benjamin-maynard/kubernetes-cloud-mysql-backup#56
    [
      'An error occurred (SignatureDoesNotMatch) when calling the PutObject operation: The request signature we calculated does not match the signature you provided. Check your key and signing method.\n\nI am using minio; access_key and secret_key are correct.',
      'MinIO',
    ],
    // AlistGo/alist#1214: Cloudflare R2's body has no request ID
    ['<Error>\n<Code>Unauthorized</Code>\n<Message>Unauthorized</Message>\n</Error>', 'an S3-compatible store'],
    // vastsa/FileCodeBox#95
    ['<Error>\n<Code>Unauthorized</Code>\n<Message>SigV2 authorization is not supported. Please use SigV4 instead.</Message>\n</Error>', 'Cloudflare R2'],
    // GoogleCloudPlatform/gsutil#546
    [
      'AccessDeniedException: 403 my-service-account@my-project.iam.gserviceaccount.com does not have storage.objects.list access to my-bucket-name.',
      'Google Cloud Storage',
    ],
    // bradleyg/django-s3direct#194
    [
      'initiate error: xxxx/applications/1097889.jpg AWS Code: SignatureDoesNotMatch, Message:The request signature we calculated does not match the signature you provided. Check your key and signing method.status:403 (MinIO)',
      'MinIO',
    ],
    // A Go SDK error with the empty request ID that S3 never sends
    [
      'operation error S3: PutObject, https response error StatusCode: 403, RequestID: , HostID: , api error AccessDenied: Access Denied',
      'an S3-compatible store or another service that imitates AWS',
    ],
  ])('%s', (text, platform) => {
    const result = withRegistry(text)
    expect(result.matches).toEqual([])
    expect(result.notAws?.platform).toBe(platform)
    expect(result.suggestions.every((s) => s.confidence < CONFIDENT)).toBe(true)
  })

  it('offers an S3 guide as a lead with a caveat, never as the diagnosis', () => {
    const result = withRegistry(
      'botocore.exceptions.ClientError: An error occurred (NoSuchBucket) when calling the ListObjects operation: The specified bucket does not exist\nendpoint_url=http://minio:9000',
    )
    expect(result.matches).toEqual([])
    expect(result.suggestions[0]).toMatchObject({ slug: 'no-such-bucket' })
    expect(result.suggestions[0]!.notes[0]).toContain('MinIO reuses S3')
  })

  it('still reads an S3 body trimmed of its request ID, when its code is one AWS sends', () => {
    // catalyst/moodle-tool_objectfs#412, as quoted in the issue
    const trimmed =
      '<?xml version="1.0" encoding="UTF-8"?><Error><Code>InvalidRange</Code><Message>The requested range is not satisfiable</Message><RangeRequested>bytes=4815629-4815629</RangeRequested><ActualObjectSize>4815629</ActualObjectSize></Error>'
    expect(withRegistry(trimmed).notAws).toBeUndefined()
    expect(withRegistry(trimmed).matches[0]).toMatchObject({ slug: 'invalid-range' })
  })

  it('still reads AWS XML errors, whose request ID may follow the error element', () => {
    const ec2 =
      "<Response><Errors><Error><Code>InvalidInstanceID.NotFound</Code><Message>The instance ID 'i-1a2b3c4d' does not exist</Message></Error></Errors><RequestID>ea966190-f9aa-478e-9ede-example</RequestID></Response>"
    expect(withRegistry(ec2).notAws).toBeUndefined()
  })
})

describe('a catch-all code printed apart from its message', () => {
  it('is decided by a phrase in its own stretch: an API Gateway header above its body', () => {
    const raw = 'HTTP/1.1 403 Forbidden\nx-amzn-errortype: ForbiddenException\nx-amzn-requestid: 1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d\n{"message":"Forbidden"}'
    expect(withRegistry(raw).matches[0]).toMatchObject({ slug: 'api-gateway-forbidden' })
    // The same code from IAM Identity Center still reaches its own guide.
    const sso = 'botocore.errorfactory.ForbiddenException: An error occurred (ForbiddenException) when calling the GetRoleCredentials operation: No access'
    expect(withRegistry(sso).matches[0]).toMatchObject({ slug: 'token-retrieval-error' })
  })
})
