/** Errors a first-time visitor can try with one click, to see what a diagnosis looks like. */
export const EXAMPLES = [
  {
    label: 'AccessDenied from the AWS CLI',
    text: 'An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::123456789012:assumed-role/ci-deploy/build-42 is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::acme-artifacts/releases/app.zip" with an explicit deny in a service control policy',
  },
  {
    label: 'InvalidClientTokenId from boto3',
    text: 'botocore.exceptions.ClientError: An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.',
  },
  {
    label: 'ThrottlingException from the JavaScript SDK',
    text: "ThrottlingException: Rate exceeded\n    at throwDefaultError (node_modules/@smithy/smithy-client/dist-cjs/index.js:867:20) {\n  '$fault': 'client',\n  '$metadata': { httpStatusCode: 400, requestId: '5d3c2a1b-8e7f-4a6b-9c0d-1e2f3a4b5c6d', attempts: 3 },\n  __type: 'ThrottlingException'\n}",
  },
] as const
