import { cliCommandOf } from '../registry/cli-commands'
import { awsCallsIn } from './aws-commands'

/**
 * A diagnostic check only reads. These are the AWS CLI calls that change something (or run
 * something), found by the verb that starts the operation's CLI name, as AWS names its operations:
 * `put-item`, `update-stack`, `invoke`, `start-query-execution`, `transact-write-items`.
 */
const CHANGING_VERBS = new Set([
  'abort',
  'accept',
  'activate',
  'add',
  'allocate',
  'apply',
  'assign',
  'associate',
  'attach',
  'authorize',
  'cancel',
  'change',
  'complete',
  'continue',
  'copy',
  'create',
  'deactivate',
  'decrease',
  'delete',
  'deploy',
  'deregister',
  'detach',
  'disable',
  'disassociate',
  'enable',
  'execute',
  'import',
  'increase',
  'invoke',
  'merge',
  'modify',
  'move',
  'promote',
  'publish',
  'purge',
  'put',
  'reboot',
  'redeploy',
  'register',
  'reject',
  'release',
  'reload',
  'remove',
  'replace',
  'reset',
  'restore',
  'resume',
  'revoke',
  'rotate',
  'run',
  'schedule',
  'send',
  'set',
  'signal',
  'start',
  'stop',
  'suspend',
  'tag',
  'terminate',
  'untag',
  'update',
  'upload',
])

/** Operations whose first word reads but whose call still changes or runs something. */
const CHANGING_OPERATIONS = new Set([
  'batch-write-item',
  'batch-execute-statement',
  'transact-write-items',
  'detect-stack-drift',
  'detect-stack-resource-drift',
  'detect-stack-set-drift',
  'test-invoke-method',
  'test-invoke-authorizer',
])

/** The CLI's own commands (not API operations) that write files, caches or buckets. */
const CHANGING_CLI_COMMANDS = new Set([
  's3 cp',
  's3 mv',
  's3 rm',
  's3 sync',
  's3 mb',
  's3 rb',
  'configure set',
  'configure import',
  'sso login',
  'sso logout',
  'eks update-kubeconfig',
  'cloudformation deploy',
  'cloudformation package',
])

/** `aws <service> <operation>` of every call in `command` that would change or run something. */
export function changingCallsIn(command: string): string[] {
  const found: string[] = []
  for (const call of awsCallsIn(command)) {
    const { service, path, flags } = cliCommandOf(call.words)
    const [operation] = path
    if (service === undefined || operation === undefined) continue
    // EC2's --dry-run asks only whether the call would be allowed; --generate-cli-skeleton output
    // checks the input locally and sends nothing. Neither changes anything.
    if (flags.includes('dry-run') || flags.includes('generate-cli-skeleton')) continue
    const verb = operation.split('-')[0]!
    if (CHANGING_CLI_COMMANDS.has(`${service} ${operation}`) || CHANGING_OPERATIONS.has(operation) || CHANGING_VERBS.has(verb))
      found.push(`aws ${service} ${operation}`)
  }
  return found
}
