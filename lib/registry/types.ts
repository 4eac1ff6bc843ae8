/**
 * The code registry: every error code AWS services and tools produce, as facts. `npm run registry`
 * writes it to data/registry/registry.json from the AWS API models and AWS's published lists.
 */

export type Fault = 'client' | 'server'

/**
 * What kind of text a code is: an error code on the wire (`api`), a stack or resource status
 * (`status`), a Lambda function error type (`runtime`), an ECS stopped reason (`stopped-reason`),
 * or an error an SDK or the CLI raises on the caller's machine (`client`).
 */
export type CodeKind = 'api' | 'status' | 'runtime' | 'stopped-reason' | 'client'

/** A service as the SDKs name it, with the names a reader types or follows. */
export type RegistryService = {
  /** The SDK service id (`S3`, `DynamoDB Streams`). */
  id: string
  /** The AWS CLI command (`s3api`, `dynamodbstreams`). */
  cli: string
  /** The id AWS documentation links use for its API reference (`s3-2006-03-01`). */
  apiReference: string
  /** Service title from the model (`Amazon Simple Storage Service`); absent for services the models lack. */
  title?: string
}

/** One place a code comes from: a service's model or a published list. */
export type CodeSource = {
  kind: CodeKind
  /** SDK service id; absent for tools (`client` codes) and for errors common to every service. */
  service?: string
  /** The SDK or tool that raises a `client` code. */
  tool?: string
  httpStatus?: number
  fault?: Fault
  /** The model marks it retryable (`smithy.api#retryable`). */
  retryable?: true
  /** The model marks it as throttling (`smithy.api#retryable { throttling: true }`). */
  throttling?: true
  /** Operations whose models list it, sorted. */
  operations?: string[]
  /** The service declares it for every operation. */
  allOperations?: true
  /** The exception's shape name when it differs from the wire code (`NoSuchEntityException` for `NoSuchEntity`). */
  shape?: string
  /** `model`, or the id of the published list it came from. */
  from: string
  /** The page that names this code, where it is not the list's own page. */
  url?: string
}

export type RegistryCode = { code: string; sources: CodeSource[] }

/** A published list the registry adds codes from. */
export type RegistryList = { id: string; title: string; url: string }

export type Registry = {
  version: 1
  services: RegistryService[]
  lists: RegistryList[]
  codes: RegistryCode[]
}
