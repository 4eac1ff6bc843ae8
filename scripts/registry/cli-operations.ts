/**
 * What the AWS CLI accepts for each API operation, read from the models: its command name, its
 * `--flags` (one per input member, named as the CLI names it, before the CLI's own renames) and
 * its waiters. The content check holds every `aws` command of a guide against it, with the CLI's
 * own commands and customizations from data/registry/cli-commands.json (lib/registry/cli-commands.ts).
 */
import { reachableOperations, shapeName, type SmithyModel } from './read-models'

/** One service's operations, each with its flags (without `--`), and its waiters with the operation each polls. */
export type CliService = { operations: Record<string, string[]>; waiters: Record<string, string> }

// botocore's xform_name keeps a table of names its rules would split wrongly (botocore/__init__.py, _xform_cache).
const XFORM_EXCEPTIONS: Record<string, string> = {
  CreateCachediSCSIVolume: 'create-cached-iscsi-volume',
  DescribeCachediSCSIVolumes: 'describe-cached-iscsi-volumes',
  DescribeStorediSCSIVolumes: 'describe-stored-iscsi-volumes',
  CreateStorediSCSIVolume: 'create-stored-iscsi-volume',
  ListHITsForQualificationType: 'list-hits-for-qualification-type',
  ExecutePartiQLStatement: 'execute-partiql-statement',
  ExecutePartiQLTransaction: 'execute-partiql-transaction',
  ExecutePartiQLBatch: 'execute-partiql-batch',
  CreateOAuth2Token: 'create-oauth2-token',
  CreateOAuth2TokenWithIAM: 'create-oauth2-token-with-iam',
  IntrospectOAuth2TokenWithIAM: 'introspect-oauth2-token-with-iam',
  RevokeOAuth2TokenWithIAM: 'revoke-oauth2-token-with-iam',
}

/**
 * A model name as the CLI spells it, botocore's xform_name with `-`: `DBInstanceIdentifier` →
 * `db-instance-identifier`, `GatewayARNs` → `gateway-arns`, `SSEKMSKeyId` → `ssekms-key-id`.
 */
export function xformName(name: string): string {
  const known = XFORM_EXCEPTIONS[name]
  if (known) return known
  if (name.includes('-')) return name
  // An acronym made plural at the end (ARNs, ACLs) is one word.
  const plural = /[A-Z]{2,}s$/.exec(name)
  const split = plural ? `${name.slice(0, -plural[0].length)}-${plural[0].toLowerCase()}` : name
  return split
    .replace(/(.)([A-Z][a-z]+)/g, '$1-$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
}

/** The flags of an input: one per member, and `--no-<flag>` beside each boolean, as the CLI adds it. */
function flagsOf(members: { name: string; boolean: boolean }[]): string[] {
  return members.flatMap(({ name, boolean }) => {
    const flag = xformName(name)
    return boolean ? [flag, `no-${flag}`] : [flag]
  })
}

/** The flags the CLI adds to a paginated operation; --page-size only where the paginator names a page size (awscli/customizations/paginate.py). */
const pagingFlags = (paginated: boolean, pageSize: boolean) => (paginated ? ['starting-token', ...(pageSize ? ['page-size'] : []), 'max-items'] : [])

type Paginated = { pageSize?: string }

const BOOLEAN_TARGETS = new Set(['smithy.api#Boolean', 'smithy.api#PrimitiveBoolean'])

/** The CLI's view of a Smithy model: operations reachable from its service shape. */
export function cliServiceFromSmithy(model: SmithyModel): CliService {
  const shapes = model.shapes
  const service: CliService = { operations: {}, waiters: {} }
  const servicePaging = Object.values(shapes).find((s) => s.type === 'service')?.traits?.['smithy.api#paginated'] as Paginated | undefined
  for (const id of reachableOperations(model).sort()) {
    const operation = xformName(shapeName(id))
    const shape = shapes[id]!
    const input = shape.input ? shapes[shape.input.target] : undefined
    const members = Object.entries(input?.members ?? {}).map(([name, m]) => ({
      name,
      boolean: BOOLEAN_TARGETS.has(m.target ?? '') || shapes[m.target ?? '']?.type === 'boolean',
    }))
    // An operation's paginated trait takes what it leaves out (pageSize) from the service's.
    const paginated = shape.traits?.['smithy.api#paginated'] as Paginated | undefined
    const pageSize = paginated?.pageSize ?? servicePaging?.pageSize
    service.operations[operation] = [...flagsOf(members), ...pagingFlags(paginated !== undefined, pageSize !== undefined)]
    for (const waiter of Object.keys((shape.traits?.['smithy.waiters#waitable'] as Record<string, unknown> | undefined) ?? {})) {
      service.waiters[xformName(waiter)] = operation
    }
  }
  return service
}

/** A service in botocore's own format (data/<service>/<version>/service-2.json and its paginators and waiters). */
export type BotocoreService = {
  /** The service's directory in botocore/data: the CLI's command, unless the CLI renames it. */
  name: string
  service: {
    metadata: { serviceId: string; apiVersion: string }
    operations: Record<string, { input?: { shape: string } }>
    shapes: Record<string, { type: string; members?: Record<string, { shape: string }> }>
  }
  paginators?: { pagination: Record<string, { limit_key?: string }> }
  waiters?: { waiters: Record<string, { operation: string }> }
}

/** The CLI's view of a botocore model: for services the Smithy models lack (EC2). */
export function cliServiceFromBotocore({ service: model, paginators, waiters }: BotocoreService): CliService {
  const service: CliService = { operations: {}, waiters: {} }
  for (const [name, op] of Object.entries(model.operations).sort(([a], [b]) => a.localeCompare(b))) {
    const operation = xformName(name)
    const input = op.input ? model.shapes[op.input.shape] : undefined
    const members = Object.entries(input?.members ?? {}).map(([member, m]) => ({ name: member, boolean: model.shapes[m.shape]?.type === 'boolean' }))
    const paginator = paginators?.pagination[name]
    service.operations[operation] = [...flagsOf(members), ...pagingFlags(paginator !== undefined, paginator?.limit_key !== undefined)]
  }
  for (const [name, waiter] of Object.entries(waiters?.waiters ?? {})) service.waiters[xformName(name)] = xformName(waiter.operation)
  return service
}

/**
 * One service from both sources: an operation, flag or waiter either has is kept. The Smithy
 * models and botocore's data (which the CLI itself reads) are released apart, so either may name
 * an input the other does not have yet.
 */
export function mergeCliServices(a: CliService, b: CliService): CliService {
  const operations: Record<string, string[]> = { ...a.operations }
  for (const [operation, flags] of Object.entries(b.operations)) operations[operation] = [...new Set([...(operations[operation] ?? []), ...flags])]
  const sorted = Object.fromEntries(Object.entries(operations).sort(([x], [y]) => x.localeCompare(y)))
  return { operations: sorted, waiters: { ...b.waiters, ...a.waiters } }
}

/** The data file: one line per service, each operation's flags as one space-separated string, so it stays small and diffs by service. */
export function serializeCliOperations(services: { cli: string; service: CliService }[], note: string): string {
  const lines = services.map(({ cli, service: { operations, waiters } }) => {
    const ops = Object.fromEntries(Object.entries(operations).map(([op, flags]) => [op, flags.join(' ')]))
    return `  ${JSON.stringify(cli)}: ${JSON.stringify(Object.keys(waiters).length ? { operations: ops, waiters } : { operations: ops })}`
  })
  return `{\n  "_": ${JSON.stringify(note)},\n${lines.join(',\n')}\n}\n`
}
