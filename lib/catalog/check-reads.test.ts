import { describe, expect, it } from 'vitest'
import { guideFrontmatterSchema } from './schema'

describe("a check's `reads` (which fact fills a placeholder)", () => {
  const check = (reads: object) => ({
    id: 'check-trust-policy',
    title: "Check the role's trust policy",
    why: 'The trust policy of the role the call tried to assume decides.',
    command: 'aws iam get-role --role-name <role-name> --query Role.AssumeRolePolicyDocument',
    reads,
  })
  const issuesOf = (c: object) => guideFrontmatterSchema.shape.checks.element.safeParse(c).error?.issues.map((i) => i.message) ?? []

  it('accepts a fact that can fill the placeholder', () => {
    expect(issuesOf(check({ 'role-name': 'resourceArn' }))).toEqual([])
  })

  it('fails a fact that cannot fill it, a placeholder the command lacks, and an unknown fact', () => {
    expect(issuesOf(check({ 'role-name': 'bucket' }))).toEqual(['bucket cannot fill <role-name>'])
    expect(issuesOf(check({ 'user-name': 'resourceArn' }))).toEqual(['names <user-name>, which the command does not use'])
    expect(issuesOf(check({ 'role-name': 'roleArn' }))).toHaveLength(1)
  })
})
