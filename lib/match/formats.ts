/**
 * Every printed shape an AWS error code can be found in, each declared once. A new format is a row
 * here, a pattern in error-patterns.ts and a row in find-errors.test.ts (see README.md beside this).
 */
export type FormatInfo = {
  /** What printed it, as the reason sentence says: "error code X in <printedBy>". */
  printedBy: string
  /**
   * Loosely shaped: `Name:` lines and `name: '…'` fields hold all kinds of values, so a hit counts
   * as a code only if a guide has it or it has a code's shape, and a guide-less one says too little
   * to overrule the error around it.
   */
  loose: boolean
  /** Says only "a call failed" (a category, a bare status): a phrase in its message decides first. */
  generic: boolean
  /**
   * Only AWS's SDKs and services print this shape, so a code in it that no list names is still an
   * AWS code, whose name tells its family.
   */
  unmistakable: boolean
  /**
   * Text that only this SDK or tool prints. A paste holding one comes from AWS, whatever other cloud
   * it mentions (lib/match/detect-platform.ts). Literal or bounded, like every pattern here.
   */
  markers: readonly RegExp[]
}

export const FORMATS = {
  cli: {
    printedBy: 'the AWS CLI / botocore message',
    loose: false,
    generic: false,
    unmistakable: true,
    markers: [/botocore/, /boto3/, /when calling the \w{1,100} operation/, /\baws (?:s3|sts|iam|ec2|lambda|configure|sso)\b/],
  },
  'java-v2': { printedBy: 'a Java SDK v2 exception', loose: false, generic: false, unmistakable: true, markers: [/software\.amazon\.awssdk/, /\(Service: /] },
  // The (Service: …, Status Code: …) suffix with no exception class before it: a service's message as
  // AWS relays it (a CloudFormation handler, a Step Functions task), not necessarily from Java code.
  'status-suffix': {
    printedBy: 'a service error relayed with (Service: …, Status Code: …)',
    loose: false,
    generic: false,
    unmistakable: false,
    markers: [/\(Service: /],
  },
  'java-v1': { printedBy: 'a Java SDK v1 exception', loose: false, generic: false, unmistakable: true, markers: [/com\.amazonaws/, /\(Service: /] },
  'go-v2': { printedBy: 'a Go SDK v2 error', loose: false, generic: false, unmistakable: true, markers: [/operation error [\w ]{1,40}:/] },
  'go-v1': { printedBy: 'a Go SDK v1 error', loose: true, generic: false, unmistakable: false, markers: [/aws-sdk/] },
  'js-dump': { printedBy: 'a JavaScript SDK error', loose: true, generic: false, unmistakable: false, markers: [/@aws-sdk/, /aws-sdk/] },
  dotnet: { printedBy: 'a .NET SDK exception', loose: false, generic: false, unmistakable: true, markers: [/Amazon\.[A-Z]\w+\./] },
  cloudformation: { printedBy: 'a CloudFormation event', loose: false, generic: true, unmistakable: false, markers: [] },
  xml: { printedBy: 'an XML error body', loose: false, generic: false, unmistakable: false, markers: [] },
  json: { printedBy: 'a JSON error body', loose: false, generic: false, unmistakable: true, markers: [] },
  header: { printedBy: 'an x-amzn-ErrorType header', loose: false, generic: false, unmistakable: true, markers: [/x-amz(?:n)?-/] },
  'wrapped-code': { printedBy: "a wrapping error's message", loose: false, generic: false, unmistakable: true, markers: [] },
  // Ruby's `Aws::Service::Errors::Code` is read as a class name too.
  'class-name': { printedBy: 'an exception name', loose: true, generic: false, unmistakable: false, markers: [/Aws::/] },
  'client-side': { printedBy: 'a client-side failure (no request reached AWS)', loose: false, generic: false, unmistakable: false, markers: [] },
  http: { printedBy: 'a raw HTTP response', loose: false, generic: true, unmistakable: false, markers: [/x-amz(?:n)?-/] },
} as const satisfies Record<string, FormatInfo>

/** The printed shape an error code was found in. */
export type ErrorFormat = keyof typeof FORMATS
