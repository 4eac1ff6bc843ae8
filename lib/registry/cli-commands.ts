import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { nearestWords } from '../content/closest-word'
import cli from '../../data/registry/cli-commands.json' with { type: 'json' }

/**
 * Whether an `aws` call is one the AWS CLI (v2) accepts: its service and command exist, and every
 * `--flag` is an input of the operation or a global option. API operations come from the models
 * (data/registry/cli-operations.json, `npm run registry`); the CLI's own commands and its changes
 * to API commands are written from the CLI's source (data/registry/cli-commands.json).
 */

type CliService = { operations: Record<string, string>; waiters?: Record<string, string> }

let models: Record<string, CliService> | undefined

/** The operations of the models, with those the CLI documents before the models here have them. */
function operationsOf(): Record<string, CliService> {
  if (models) return models
  models = JSON.parse(readFileSync(join(process.cwd(), 'data', 'registry', 'cli-operations.json'), 'utf8')) as Record<string, CliService>
  for (const [command, { flags }] of Object.entries(cli.newerThanModels)) {
    const [service, operation] = command.split(' ') as [string, string]
    models[service] ??= { operations: {} }
    models[service].operations[operation] ??= flags.join(' ')
  }
  return models
}

const GLOBAL_FLAGS: Readonly<Record<string, boolean>> = cli.globalFlags
const RENAMED: Readonly<Record<string, string>> = cli.renamedFlags
const ADDED: Readonly<Record<string, readonly string[]>> = cli.addedFlags
const REMOVED: Readonly<Record<string, readonly string[]>> = cli.removedFlags
const CLI_COMMANDS: Readonly<Record<string, readonly string[]>> = cli.commands

/** Services that exist only as the CLI's own commands (`s3`, `configure`, `login`). */
const CLI_ONLY_SERVICES = new Set(Object.keys(CLI_COMMANDS).map((c) => c.split(' ')[0]!))

/** The flags of an API operation's command, after the CLI renames, adds and removes some. */
function operationFlags(service: string, operation: string, modelFlags: string): Set<string> {
  const key = `${service} ${operation}`
  const renamed = modelFlags
    .split(' ')
    .filter(Boolean)
    .map((flag) => RENAMED[`${service}.${operation}.${flag}`] ?? RENAMED[`${service}.*.${flag}`] ?? RENAMED[`*.*.${flag}`] ?? flag)
  const removed = new Set(REMOVED[key] ?? [])
  return new Set([...renamed, ...(ADDED[key] ?? []), ...cli.operationFlags].filter((f) => !removed.has(f)))
}

// Where a command the CLI has but the data lacks is added: said once in each message about a missing service or command.
const WHERE_TO_ADD = 'if the CLI has it, refresh data/registry/cli-operations.json (npm run registry) or add it to data/registry/cli-commands.json'

/** A word the reader fills in (`<role-name>`, `$ROLE`, `$(…)`, an elided `…`): the call cannot be checked past it. */
const isVariable = (word: string) => /[<$…]|\.\.\./.test(word)

/** Up to three names to suggest: those that begin with the word (`get-bucket` → `get-bucket-acl`), else the nearest in spelling. */
const nearest = (word: string, candidates: Iterable<string>, prefix = '') => {
  const all = [...candidates].sort()
  const longer = all.filter((c) => c.startsWith(word) && c !== word).slice(0, 3)
  const names = (longer.length ? longer : nearestWords(word, all, 3)).map((n) => `${prefix}${n}`)
  return names.length ? `; nearest: ${names.join(', ')}` : ''
}

/** An `aws` call read as the CLI reads it. */
export type CliCommand = { service?: string; path: string[]; flags: string[] }

/**
 * Splits the words after `aws` into the service, the command path (`describe-instances`,
 * `wait instance-running`, `configure list`) and the flags; global options before the service
 * are skipped with their values.
 */
export function cliCommandOf(words: readonly string[]): CliCommand {
  const positional: string[] = []
  const flags: string[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    if (word.startsWith('--')) {
      const [flag] = word.slice(2).split('=', 1) as [string]
      flags.push(flag)
      // Until the command is known, the value of a global option must not be taken for it.
      if (positional.length < 2 && GLOBAL_FLAGS[flag] && !word.includes('=')) i++
    } else positional.push(word)
  }
  const [service, ...path] = positional
  return { service, path, flags }
}

/** What is wrong with one `aws` call (the words after `aws`), each problem a sentence naming the fix; empty when the CLI accepts it. */
export function cliCallProblems(words: readonly string[]): string[] {
  const { service, path, flags } = cliCommandOf(words)
  if (service === undefined || isVariable(service)) return []
  const models = operationsOf()
  const own = models[service]
  if (!own && !CLI_ONLY_SERVICES.has(service)) {
    return [`aws ${service}: the AWS CLI has no service "${service}"${nearest(service, [...Object.keys(models), ...CLI_ONLY_SERVICES])}; ${WHERE_TO_ADD}`]
  }
  const [command, waiter] = path
  if (command === 'help' || (command !== undefined && isVariable(command))) return []

  let allowed: Set<string>
  let name: string
  if (command === 'wait' && own?.waiters) {
    name = `aws ${service} wait ${waiter ?? ''}`.trimEnd()
    if (waiter === undefined || isVariable(waiter)) return []
    const operation = own.waiters[waiter]
    if (!operation) return [`${name}: ${service} has no waiter "${waiter}"${nearest(waiter, Object.keys(own.waiters))}; ${WHERE_TO_ADD}`]
    allowed = operationFlags(service, operation, own.operations[operation] ?? '')
  } else {
    // A CLI command of its own (`s3 cp`, `configure list`) wins over the operation list; a bare `aws configure` is one too.
    name = `aws ${service}${command ? ` ${command}` : ''}`
    const cliCommand = CLI_COMMANDS[name.slice('aws '.length)]
    if (cliCommand) allowed = new Set(cliCommand)
    else if (command !== undefined && own?.operations[command] !== undefined) allowed = operationFlags(service, command, own.operations[command]!)
    else {
      const commands = [
        ...Object.keys(own?.operations ?? {}),
        ...Object.keys(CLI_COMMANDS)
          .filter((c) => c.startsWith(`${service} `))
          .map((c) => c.slice(service.length + 1)),
      ]
      return command === undefined
        ? [`${name}: a command is missing after the service`]
        : [`${name}: ${service} has no command "${command}" in the API models or the CLI's own commands${nearest(command, commands)}; ${WHERE_TO_ADD}`]
    }
  }
  const unknown = [...new Set(flags)].filter((flag) => !allowed.has(flag) && !(flag in GLOBAL_FLAGS))
  return unknown.map((flag) => `${name} --${flag}: not an input of this command nor a global option${nearest(flag, allowed, '--')}`)
}
