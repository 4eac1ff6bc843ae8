import type { Placeholder } from '../catalog/placeholders'
import type { Facts } from '../match/types'

/**
 * The IAM identity behind a principal ARN. An assumed-role session
 * (`arn:aws:sts::A:assumed-role/Role/session`) is evaluated with its role's policies, so commands
 * such as simulate-principal-policy need the role ARN (`arn:aws:iam::A:role/Role`).
 */
export function identityOf(principalArn: string): { arn: string; roleName?: string; userName?: string } {
  const assumed = /^arn:(aws[\w-]*):sts::(\d{12}):assumed-role\/([^/]+)\//.exec(principalArn)
  if (assumed) return { arn: `arn:${assumed[1]}:iam::${assumed[2]}:role/${assumed[3]}`, roleName: assumed[3] }
  const role = /^arn:aws[\w-]*:iam::\d{12}:role\/(?:[^/]+\/)*([^/]+)$/.exec(principalArn)
  if (role) return { arn: principalArn, roleName: role[1] }
  const user = /^arn:aws[\w-]*:iam::\d{12}:user\/(?:[^/]+\/)*([^/]+)$/.exec(principalArn)
  return { arn: principalArn, userName: user?.[1] }
}

// Values go into shell commands a reader will copy and run: only identifiers and ARNs qualify, so a
// fact holding quotes, spaces or `$(…)` (from a crafted paste or shared link) is never filled in.
const SHELL_SAFE = /^[A-Za-z0-9_.:/@+=,*%-]+$/

/** Values for the placeholders the facts can fill; the others stay as written in the guide. */
export function placeholderValues(facts: Facts): Partial<Record<Placeholder, string>> {
  const identity = facts.principalArn ? identityOf(facts.principalArn) : undefined
  const values: Partial<Record<Placeholder, string>> = {
    'principal-arn': identity?.arn,
    'role-name': identity?.roleName,
    'user-name': identity?.userName,
    'account-id': facts.accountId,
    action: facts.action,
    'resource-arn': facts.resourceArn,
    region: facts.region,
    service: facts.action?.split(':')[0],
    operation: facts.operation,
    'request-id': facts.requestId,
    'policy-arn': facts.policyArn,
    'policy-id': facts.policyArn ? /\/(p-[a-z0-9]+)$/.exec(facts.policyArn)?.[1] : undefined,
    'encoded-message': facts.encodedMessage,
    'authorization-id': facts.authorizationId,
    bucket: facts.bucket,
    key: facts.key,
    table: facts.table,
    'function-name': facts.functionName,
    'stack-name': facts.stack,
  }
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v && SHELL_SAFE.test(v))) as Partial<Record<Placeholder, string>>
}

/** A guide command with the facts put in place of its `<placeholders>`. */
export function fillCommand(command: string, values: Partial<Record<Placeholder, string>>): string {
  return command.replace(/<([a-z][a-z0-9-]*)>/g, (whole, name: string) => values[name as Placeholder] ?? whole)
}
