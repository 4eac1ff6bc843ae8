import { describe, expect, it } from 'vitest'
import { assembleRegistry, serializeRegistry } from './assemble'
import type { PublishedList } from './published-lists'
import type { ModelService, SmithyModel } from './read-models'

/** A small Smithy model: a service with one operation and the given error shapes. */
function model(sdkId: string, protocol: string, errors: Record<string, Record<string, unknown>>, serviceErrors: string[] = []): ModelService {
  const ns = `com.example.${sdkId.toLowerCase()}`
  const shapes: SmithyModel['shapes'] = {
    [`${ns}#Service`]: {
      type: 'service',
      version: '2020-01-01',
      traits: { 'aws.api#service': { sdkId }, [protocol]: {} },
      operations: [{ target: `${ns}#GetThing` }],
      errors: serviceErrors.map((e) => ({ target: `${ns}#${e}` })),
    },
    [`${ns}#GetThing`]: { type: 'operation', errors: Object.keys(errors).map((e) => ({ target: `${ns}#${e}` })) },
    [`${ns}#ThingStatus`]: {
      type: 'enum',
      members: { A: { traits: { 'smithy.api#enumValue': 'CREATE_FAILED' } }, B: { traits: { 'smithy.api#enumValue': 'CREATE_COMPLETE' } } },
    },
  }
  for (const [name, traits] of Object.entries(errors)) shapes[`${ns}#${name}`] = { type: 'structure', traits }
  return { sdkId, version: '2020-01-01', model: { shapes } }
}

const queryService = model('Query Thing', 'aws.protocols#awsQuery', {
  NoSuchThingException: { 'smithy.api#error': 'client', 'aws.protocols#awsQueryError': { code: 'NoSuchThing', httpResponseCode: 404 } },
})
const jsonService = model('JsonThing', 'aws.protocols#awsJson1_1', {
  ThingInUseException: {
    'smithy.api#error': 'client',
    'smithy.api#httpError': 409,
    'aws.protocols#awsQueryError': { code: 'ThingInUse', httpResponseCode: 400 },
  },
  SlowDownException: { 'smithy.api#error': 'server', 'smithy.api#retryable': { throttling: true } },
})

const list = (over: Partial<PublishedList>): PublishedList => ({
  id: 'doc',
  title: 'A published list',
  url: 'https://docs.aws.amazon.com/list.html',
  service: 'JsonThing',
  kind: 'api',
  codes: [],
  ...over,
})

describe('assembleRegistry', () => {
  const registry = assembleRegistry([queryService, jsonService], [], { 'Query Thing': { cli: 'querything' } })
  const code = (c: string) => registry.codes.find((entry) => entry.code === c)

  it('takes the wire code and status of a query service from awsQueryError, keeping the shape name', () => {
    expect(code('NoSuchThing')?.sources).toEqual([
      { kind: 'api', service: 'Query Thing', httpStatus: 404, fault: 'client', operations: ['GetThing'], shape: 'NoSuchThingException', from: 'model' },
    ])
  })

  it('names the shape on the wire for a JSON service, whatever query traits it carries', () => {
    expect(code('ThingInUse')).toBeUndefined()
    expect(code('ThingInUseException')?.sources[0]).toMatchObject({ httpStatus: 409, fault: 'client' })
  })

  it('gives a server fault without a status Smithy’s default 500, and keeps the retry traits', () => {
    expect(code('SlowDownException')?.sources[0]).toMatchObject({ httpStatus: 500, fault: 'server', retryable: true, throttling: true })
  })

  it('names services by rule, with the exceptions the table gives', () => {
    expect(registry.services).toEqual([
      { id: 'JsonThing', cli: 'jsonthing', apiReference: 'jsonthing-2020-01-01' },
      { id: 'Query Thing', cli: 'querything', apiReference: 'query-thing-2020-01-01' },
    ])
  })

  it('adds a published code only where the service’s model lacks it', () => {
    const withList = assembleRegistry(
      [jsonService],
      [
        list({
          codes: [
            { code: 'ThingInUseException', httpStatus: 400 },
            { code: 'ThingGone', fault: 'client', httpStatus: 410 },
          ],
        }),
      ],
      {},
    )
    const sources = (c: string) => withList.codes.find((e) => e.code === c)?.sources
    expect(sources('ThingInUseException')).toHaveLength(1)
    expect(sources('ThingInUseException')?.[0]?.from).toBe('model')
    expect(sources('ThingGone')).toEqual([{ kind: 'api', service: 'JsonThing', fault: 'client', httpStatus: 410, from: 'doc' }])
  })

  it('reads a list’s codes from enum values in the model when it says so', () => {
    const statuses = list({ id: 'statuses', kind: 'status', codes: undefined, fromModelEnums: { shapes: ['ThingStatus'], valuesMatching: 'FAILED' } })
    const withStatuses = assembleRegistry([jsonService], [statuses], {})
    expect(withStatuses.codes.map((c) => c.code)).toContain('CREATE_FAILED')
    expect(withStatuses.codes.map((c) => c.code)).not.toContain('CREATE_COMPLETE')
  })

  it('adds a service the models lack from its list, which must give the API version', () => {
    const ec2 = list({ service: 'EC2', serviceVersion: '2016-11-15', codes: [{ code: 'InvalidKeyPair.NotFound', fault: 'client' }] })
    expect(assembleRegistry([], [ec2], {}).services).toEqual([{ id: 'EC2', cli: 'ec2', apiReference: 'ec2-2016-11-15' }])
    expect(() => assembleRegistry([], [{ ...ec2, serviceVersion: undefined }], {})).toThrow(/serviceVersion/)
  })

  it('writes one code per line, so that a refresh reads as a diff', () => {
    const text = serializeRegistry(registry)
    expect(JSON.parse(text)).toEqual(registry)
    expect(text.split('\n').filter((line) => line.includes('"code":'))).toHaveLength(registry.codes.length)
  })
})
