/**
 * The names a service goes by beyond its SDK id. The rule: the SDK's service name is the SDK id in
 * lower case with spaces as hyphens (`Secrets Manager` → `secrets-manager`), the CLI command is that
 * name, and the API reference's documentation id is `<name>-<api version>`. Where AWS chose
 * otherwise (`DynamoDB Streams` → `dynamodbstreams`, `S3` → `s3api` in the CLI), the exception is
 * in data/registry/service-names.json, taken from botocore's service directory names and `uid`
 * metadata and the CLI's three renamed commands (s3 → s3api, config → configservice, codedeploy → deploy).
 */
import type { RegistryService } from '../../lib/registry/types'

/** Where the rule does not hold: the SDK's name, the CLI command and the documentation id, each only when it differs. */
export type NameExceptions = Record<string, { sdkName?: string; cli?: string; apiReference?: string }>

export function serviceNames(sdkId: string, version: string, exceptions: NameExceptions, title?: string): RegistryService {
  const own = exceptions[sdkId] ?? {}
  const sdkName = own.sdkName ?? sdkId.toLowerCase().replaceAll(' ', '-')
  return { id: sdkId, cli: own.cli ?? sdkName, apiReference: own.apiReference ?? `${sdkName}-${version}`, ...(title ? { title } : {}) }
}
