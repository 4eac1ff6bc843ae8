import { earliest } from './pick'

const REGION_CODE = '(?:us-gov|us|eu|ap|sa|ca|me|af|il|mx|cn)-(?:north|south|east|west|central)(?:east|west)?-\\d'
const REGION_EXACT = new RegExp(`^${REGION_CODE}$`)

export function isRegion(value: string): boolean {
  // Upper case is how some services print it (`region US-EAST-1`); mixed case is not a region.
  if (value !== value.toLowerCase() && value !== value.toUpperCase()) return false
  return REGION_EXACT.test(value.toLowerCase())
}

const REGION_IN_TEXT = new RegExp(`(?:^|[^A-Za-z0-9])(${REGION_CODE})[a-z]?(?![A-Za-z0-9])`, 'gi')
// The Access Troubleshooter link always points at the IAM console in us-east-1; that is not where
// the call failed.
const CONSOLE_URL = /https?:\/\/[a-z0-9.-]{0,80}console\.aws\.amazon\.com[^\s]{0,2048}/gi

/** The first region code written in the text (an Availability Zone names its region), outside console links. */
export function regionInProse(text: string): string | undefined {
  const outsideConsole = text.replace(CONSOLE_URL, ' ')
  return earliest(outsideConsole, [REGION_IN_TEXT], (value) => (isRegion(value) ? value.toLowerCase() : undefined))?.value
}
