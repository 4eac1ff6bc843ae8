import SERVICE_NAME_EXCEPTIONS from '../../data/registry/service-names.json' with { type: 'json' }
import { knownService } from '../match/facts/service-names'

type NameExceptions = Record<string, { sdkName?: string; cli?: string }>

const compact = (name: string) => name.replace(/\s+/g, '').toLowerCase()

// The service fact is an SDK id without its spaces (`SecretsManager`, `CloudWatchLogs`), so the
// exceptions are looked up the same way. An exception without a CLI name uses its SDK name.
const EXCEPTIONS = new Map(Object.entries(SERVICE_NAME_EXCEPTIONS as NameExceptions).map(([sdkId, { sdkName, cli }]) => [compact(sdkId), cli ?? sdkName]))

/**
 * The AWS CLI command for a service fact (`S3` → `s3api`, `CloudFormation` → `cloudformation`,
 * `SecretsManager` → `secretsmanager`). Where AWS renamed a service for the CLI or the SDKs,
 * data/registry/service-names.json says so; otherwise the CLI command is the SDK id in lower case,
 * which is only safe to rebuild for a service the matcher knows (its id is one word). Any other
 * name gives nothing: an SDK id with spaces lost them in the fact (`ACMPCA` is `acm-pca`).
 */
export function cliServiceOf(service: string): string | undefined {
  const key = compact(service)
  return EXCEPTIONS.get(key) ?? (knownService(key) === service ? key : undefined)
}
