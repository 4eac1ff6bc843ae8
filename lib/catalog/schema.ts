import { z } from 'zod'
import { FAMILY_IDS } from './families'
import { TOOL_IDS } from './tools'
import { PLACEHOLDERS, placeholdersIn, type Placeholder } from './placeholders'
import { FACT_KEYS } from '../diagnosis/fact-kinds'
import { fillOf } from '../diagnosis/fill-placeholders'
import type { Facts } from '../match/types'
import { changingCallsIn } from './read-only-commands'
import { awsCallsIn } from './aws-commands'
import { SIGNAL_IDS } from './signals'
import { KEBAB } from './slug'
import { HTTP_STATUS } from '../match/http-status'
import { cliCallProblems } from '../registry/cli-commands'
import { isRenamedServiceName, serviceNameProblem } from '../registry/guide-services'

const kebab = (what: string) => z.string().regex(KEBAB, `${what} must be lower-case words joined by hyphens, like "check-scp"`)

/**
 * An error code as AWS spells it on the wire or as an SDK names it: `AccessDenied`, `InvalidAMIID.NotFound`,
 * `AWS.SimpleQueueService.NonExistentQueue`, or a status that is the error people see: CloudFormation's
 * `UPDATE_ROLLBACK_FAILED`, Lambda's `Runtime.ImportModuleError`.
 */
const errorCode = z
  .string()
  .regex(
    /^[A-Za-z][A-Za-z0-9_]*(?:[.:][A-Za-z0-9_]+)*$/,
    'must be an error code such as AccessDenied, InvalidAMIID.NotFound or UPDATE_ROLLBACK_FAILED, without spaces',
  )

const httpStatusNumber = z.number().int().min(HTTP_STATUS.min).max(HTTP_STATUS.max)

/** A service or tool from the closed list in data/registry/guide-services.json, spelled as listed there. */
const serviceName = z.string().superRefine((name, ctx) => {
  const problem = serviceNameProblem(name)
  if (problem) ctx.addIssue({ code: 'custom', message: problem })
})

const check = z
  .strictObject({
    id: kebab('check id'),
    title: z.string().min(5).max(120),
    why: z.string().min(20, 'must explain why this check matters (20 characters or more)'),
    command: z
      .string()
      .min(1)
      .optional()
      .superRefine((command, ctx) => {
        if (command === undefined) return
        for (const name of placeholdersIn(command)) {
          if (!(name in PLACEHOLDERS))
            ctx.addIssue({ code: 'custom', message: `uses unknown placeholder <${name}>; known: ${Object.keys(PLACEHOLDERS).join(', ')}` })
        }
        for (const call of awsCallsIn(command)) {
          for (const problem of cliCallProblems(call.words)) ctx.addIssue({ code: 'custom', message: problem })
        }
      }),
    // Facts in a paste that make this the check to run first (see lib/catalog/signals.ts).
    firstWhen: z.array(z.enum(SIGNAL_IDS)).min(1).optional(),
    // Which fact fills a placeholder where the default fact would name the wrong thing: the trust
    // policy check of an AssumeRole denial reads <role-name> from the role assumed (resourceArn),
    // not from the caller (see FACT_KINDS in lib/diagnosis/fact-kinds.ts).
    reads: z
      .partialRecord(z.enum(Object.keys(PLACEHOLDERS) as [Placeholder, ...Placeholder[]]), z.enum(FACT_KEYS as [keyof Facts, ...(keyof Facts)[]]))
      .optional(),
    // A check only reads. One that cannot help changing something says what, and the page shows it.
    changesState: z.string().min(20, 'must say what the command changes (20 characters or more)').optional(),
  })
  .superRefine((check, ctx) => {
    for (const [placeholder, fact] of Object.entries(check.reads ?? {}) as [Placeholder, keyof Facts][]) {
      if (!placeholdersIn(check.command ?? '').includes(placeholder))
        ctx.addIssue({ code: 'custom', path: ['reads', placeholder], message: `names <${placeholder}>, which the command does not use` })
      else if (!fillOf(fact, placeholder, true)) ctx.addIssue({ code: 'custom', path: ['reads', placeholder], message: `${fact} cannot fill <${placeholder}>` })
    }
    const changing = check.command === undefined ? [] : changingCallsIn(check.command)
    if (changing.length && !check.changesState) {
      ctx.addIssue({
        code: 'custom',
        path: ['command'],
        message: `calls ${changing.join(', ')}, which changes or runs something; a diagnostic check only reads. Rewrite it to read, move the command to "How to fix" with a warning, or add changesState saying what it changes`,
      })
    }
  })

const example = z.strictObject({
  tool: z.enum(TOOL_IDS),
  text: z.string().min(10),
})

const source = z.strictObject({
  title: z.string().min(3),
  url: z.url({ protocol: /^https$/, error: 'must be an https:// URL' }),
})

export const guideFrontmatterSchema = z
  .strictObject({
    code: errorCode,
    codes: z.array(errorCode).min(1),
    title: z.string().min(5).max(90),
    summary: z.string().min(40).max(300),
    family: z.enum(FAMILY_IDS),
    services: z.array(serviceName).min(1),
    // Absent only for client-side errors: no request reached AWS, so there is no status.
    httpStatus: z.union([httpStatusNumber, z.record(z.string().min(1), httpStatusNumber)]).optional(),
    skillLevel: z.enum(['beginner', 'intermediate', 'advanced']),
    timeToFix: z.string().min(3).max(40),
    lastReviewed: z.iso.date('must be a date written YYYY-MM-DD'),
    sources: z.array(source).min(2, 'needs at least 2 official sources'),
    related: z.array(kebab('related slug')).default([]),
    examples: z.array(example).min(1),
    searchTerms: z.array(z.string().min(3)).min(3, 'needs at least 3 phrasings people type'),
    // Message text distinctive enough to name this error even where no code is printed ("Rate exceeded").
    // `…` stands for a name the message quotes: "Resource of type '…' with identifier '…' already exists".
    phrases: z
      .array(
        z
          .string()
          .min(8, 'must be 8 characters or more to be distinctive')
          .refine((p) => !p.trimStart().startsWith('…'), 'must start with words, not with …'),
      )
      .default([]),
    checks: z.array(check).min(6, 'needs at least 6 checks'),
    // Links are forever: a renamed guide keeps its old slugs, a renamed section or check its old id.
    redirectFrom: z.array(kebab('old slug')).optional(),
    anchorRedirects: z.record(kebab('old id'), kebab('new id')).optional(),
  })
  .superRefine((guide, ctx) => {
    if (guide.codes[0] !== guide.code) {
      ctx.addIssue({ code: 'custom', path: ['codes', 0], message: `must start with the canonical code "${guide.code}"` })
    }
    const seen = new Map<string, number>()
    guide.codes.forEach((c, i) => {
      const key = c.toLowerCase()
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['codes', i], message: `repeats "${c}" (already at codes[${seen.get(key)}])` })
      seen.set(key, i)
    })
    const checkIds = new Map<string, number>()
    guide.checks.forEach((c, i) => {
      if (checkIds.has(c.id))
        ctx.addIssue({ code: 'custom', path: ['checks', i, 'id'], message: `duplicate check id "${c.id}" (already used by checks[${checkIds.get(c.id)}])` })
      checkIds.set(c.id, i)
    })
    if (guide.httpStatus === undefined && guide.family !== 'client-side') {
      ctx.addIssue({ code: 'custom', path: ['httpStatus'], message: 'is required (only client-side errors, which never reach AWS, have none)' })
    }
    // A per-service status may carry a label (`API Gateway (integration timeout)`), but not a service's retired spelling.
    for (const key of typeof guide.httpStatus === 'object' ? Object.keys(guide.httpStatus) : []) {
      if (isRenamedServiceName(key)) ctx.addIssue({ code: 'custom', path: ['httpStatus', key], message: serviceNameProblem(key)! })
    }
    const tools = new Set(guide.examples.map((e) => e.tool))
    if (tools.size < 4) {
      ctx.addIssue({ code: 'custom', path: ['examples'], message: `must show the error in at least 4 tools (found ${tools.size}: ${[...tools].join(', ')})` })
    }
  })

export type GuideFrontmatter = z.infer<typeof guideFrontmatterSchema>
export type Check = GuideFrontmatter['checks'][number]
export type Example = GuideFrontmatter['examples'][number]
export type Source = GuideFrontmatter['sources'][number]
