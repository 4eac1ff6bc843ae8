import { describe, expect, it } from 'vitest'
import { PLACEHOLDERS, placeholdersIn } from '../catalog/placeholders'
import { FAMILY_CHECKLISTS, KIND_CHECKLISTS } from './checklists'

const all = [...Object.entries(FAMILY_CHECKLISTS), ...Object.entries(KIND_CHECKLISTS)].map(([name, checks]) => [name, checks!] as const)

// AWS CLI subcommands that only read, and the local commands the checklists use.
const READING_AWS =
  /^aws (?:[a-z0-9-]+ (?:get-|list-|describe-|lookup-|simulate-|decode-|tail\b)|configure (?:get|list|list-profiles)\b|sts get-caller-identity\b|--version$)/
const READING_LOCAL = /^(?:env \| grep|date -u$|python3 -m json\.tool|nslookup )/

describe('code page checklists', () => {
  it.each(all)('%s uses only known placeholders', (_, checks) => {
    for (const check of checks) {
      for (const name of placeholdersIn(check.command ?? '')) expect(Object.keys(PLACEHOLDERS), `${check.id}: <${name}>`).toContain(name)
    }
  })

  it.each(all)('%s only reads', (_, checks) => {
    for (const { id, command } of checks) {
      if (!command) continue
      // A command may read another's output, $(…): the outer command and each inner one must read.
      const inner = [...command.matchAll(/\$\((.*?)\)(?= |$)/g)].map((m) => m[1]!)
      for (const part of [command, ...inner]) expect(READING_AWS.test(part) || READING_LOCAL.test(part), `${id}: ${part}`).toBe(true)
    }
  })

  it.each(all)('%s has unique check ids and at least three checks', (_, checks) => {
    expect(new Set(checks.map((c) => c.id)).size).toBe(checks.length)
    expect(checks.length).toBeGreaterThanOrEqual(3)
  })
})
