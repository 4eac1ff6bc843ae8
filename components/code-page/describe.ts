import { FAMILIES } from '@/lib/catalog/families'
import type { FamilyReason } from '@/lib/registry/name-family'
import type { CodePage, CodePageService } from '@/lib/registry/code-pages'
import type { RetryReason } from '@/lib/registry/sdk-retry'

/** The page's one-line description: what the code is and who sends it. */
export function codeSummary(page: CodePage): string {
  const names = page.services.map((s) => s.name)
  const who = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ')
  switch (page.kind) {
    case 'status':
      return `${page.code} is a ${who} status that reports a failure or a rollback. What it means, and a checklist to find the cause.`
    case 'runtime':
      return `${page.code} is an error type a ${who} function reports when its code cannot run. What it means, and a checklist to find the cause.`
    case 'stopped-reason':
      return `${page.code} is a reason ${who} gives for a task that stopped. What it means, and a checklist to find the cause.`
    case 'client':
      return `${page.code} is an error ${who} raises on your machine, before AWS answers. What it means, and a checklist to find the cause.`
    default:
      return `${page.code} is an AWS error code returned by ${who}. Its HTTP status, which operations return it, whether SDKs retry it, and a checklist.`
  }
}

const RETRY_TEXT: Record<RetryReason, string> = {
  model: 'yes: the service model marks it retryable',
  'throttling-code': 'yes: the SDKs treat this code as throttling',
  'transient-code': 'yes: the SDKs treat this code as transient',
  status: 'yes: the SDKs retry its HTTP status',
}

export function retryText(service: CodePageService): string {
  if (service.retry) return RETRY_TEXT[service.retry]
  return service.fault || service.httpStatus ? 'no' : 'not a request error'
}

/** Why the code is in its family, in words. */
export function familyReasonText(reason: FamilyReason): string {
  switch (reason.by) {
    case 'name':
      return `Its name contains “${reason.word}”.`
    case 'status':
      return `Its name says nothing decisive; its HTTP status, ${reason.status}, points here.`
    case 'fault':
      return reason.fault === 'server'
        ? 'Its name says nothing decisive; AWS marks it as a server fault.'
        : 'Its name says nothing decisive; AWS marks it as a client fault, and most client faults are about the request’s values.'
    case 'kind':
      return reason.kind === 'client'
        ? 'The SDK or the CLI raises it on your machine.'
        : 'It is a resource status that AWS reports when an operation failed or was rolled back.'
  }
}

export const familyLabel = (page: CodePage) => FAMILIES[page.family].label
