import { describe, expect, it } from 'vitest'
import vocabulary from '../../data/registry/guide-services.json' with { type: 'json' }
import { GUIDE_TOOL_NAMES, registryServicesOf, SERVICE_NAMES, serviceNameProblem, TOOLS } from './guide-services'
import { loadRegistry } from './load'

describe('the one list of service names guides may use', () => {
  it('ties every name to service ids the registry has (or to the tools)', () => {
    const ids = new Set([...loadRegistry().services.map((s) => s.id), TOOLS])
    const unknown = [...SERVICE_NAMES, ...GUIDE_TOOL_NAMES].flatMap((name) =>
      registryServicesOf(name)
        .filter((id) => !ids.has(id))
        .map((id) => `${name} → ${id}`),
    )
    expect(unknown).toEqual([])
  })

  it('spells each service one way, so /errors/ lists it once', () => {
    const names = [...SERVICE_NAMES, ...GUIDE_TOOL_NAMES].map((n) => n.toLowerCase())
    expect(names.length).toBe(new Set(names).size)
    expect(Object.keys(vocabulary.renamed).filter((old) => serviceNameProblem(old) === undefined)).toEqual([])
    expect(
      Object.values(vocabulary.renamed)
        .flat()
        .filter((name) => serviceNameProblem(name) !== undefined),
    ).toEqual([])
  })

  it('keeps tools apart from services', () => {
    expect(SERVICE_NAMES).not.toContain('AWS CLI')
    expect(GUIDE_TOOL_NAMES).toContain('AWS CLI')
    expect(SERVICE_NAMES.filter((name) => registryServicesOf(name).includes(TOOLS))).toEqual([])
  })
})

describe('a name outside the list', () => {
  it('is refused with the name AWS uses where guides have spelled it otherwise', () => {
    expect(serviceNameProblem('SSM')).toContain('use "Systems Manager"')
    expect(serviceNameProblem('Cognito user pools')).toContain('use "Cognito"')
    expect(serviceNameProblem('Auto Scaling')).toContain('use "EC2 Auto Scaling" or "Application Auto Scaling"')
  })

  it('is refused with the name without its brand prefix', () => {
    expect(serviceNameProblem('Amazon S3')).toContain('use "S3"')
    expect(serviceNameProblem('AWS Lambda')).toContain('use "Lambda"')
  })

  it('is refused with the three nearest names otherwise', () => {
    expect(serviceNameProblem('Lamda')).toMatch(/"Lamda" is not a service or tool name .*; nearest allowed: "Lambda" or /)
    expect(serviceNameProblem('Lamda')!.match(/"[^"]+"/g)).toHaveLength(4)
  })

  it('passes when listed', () => {
    expect(serviceNameProblem('Systems Manager')).toBeUndefined()
    expect(serviceNameProblem('AWS CLI')).toBeUndefined()
  })
})
