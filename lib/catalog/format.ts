import type { GuideEntry } from './types'

/** "403" or "403 (S3), 400 (DynamoDB)": the HTTP status as a reader scans it. */
export function formatHttpStatus(status: GuideEntry['httpStatus']): string {
  if (status === undefined) return 'None: the request never reached AWS'
  if (typeof status === 'number') return String(status)
  return Object.entries(status)
    .map(([service, code]) => `${code} (${service})`)
    .join(', ')
}

export function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
}

export const SKILL_LEVELS = { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced' } as const
