import { describe, expect, it } from 'vitest'
import { cliServiceFromBotocore, cliServiceFromSmithy, mergeCliServices, serializeCliOperations, xformName } from './cli-operations'
import type { SmithyModel } from './read-models'

describe('a model name as the CLI spells it (botocore xform_name)', () => {
  it('splits words and acronyms as botocore does', () => {
    expect(xformName('DBInstanceIdentifier')).toBe('db-instance-identifier')
    expect(xformName('ListObjectsV2')).toBe('list-objects-v2')
    expect(xformName('SSEKMSKeyId')).toBe('ssekms-key-id')
    expect(xformName('GatewayARNs')).toBe('gateway-arns')
    expect(xformName('DescribeDBInstances')).toBe('describe-db-instances')
  })

  it('keeps the names botocore lists by hand', () => {
    expect(xformName('ExecutePartiQLStatement')).toBe('execute-partiql-statement')
  })
})

const ns = 'com.example'
const model: SmithyModel = {
  shapes: {
    [`${ns}#Service`]: { type: 'service', operations: [{ target: `${ns}#ListThings` }], resources: [{ target: `${ns}#Thing` }] },
    [`${ns}#Thing`]: { type: 'resource', read: { target: `${ns}#GetThing` } } as SmithyModel['shapes'][string],
    [`${ns}#ListThings`]: {
      type: 'operation',
      input: { target: `${ns}#ListThingsInput` },
      traits: { 'smithy.api#paginated': { inputToken: 'NextToken', pageSize: 'MaxResults' } },
    },
    [`${ns}#GetThing`]: {
      type: 'operation',
      input: { target: `${ns}#GetThingInput` },
      traits: { 'smithy.waiters#waitable': { ThingReady: {} } },
    },
    [`${ns}#ListThingsInput`]: { type: 'structure', members: { NextToken: { target: 'smithy.api#String' }, MaxResults: { target: 'smithy.api#Integer' } } },
    [`${ns}#GetThingInput`]: { type: 'structure', members: { ThingARN: { target: 'smithy.api#String' }, IncludeDeleted: { target: `${ns}#Flag` } } },
    [`${ns}#Flag`]: { type: 'boolean' },
  },
}

describe('the CLI view of a service model', () => {
  it('has every operation reachable from the service, with a flag per input member and --no- beside booleans', () => {
    expect(cliServiceFromSmithy(model)).toEqual({
      operations: {
        'get-thing': ['thing-arn', 'include-deleted', 'no-include-deleted'],
        'list-things': ['next-token', 'max-results', 'starting-token', 'page-size', 'max-items'],
      },
      waiters: { 'thing-ready': 'get-thing' },
    })
  })

  it('reads botocore models the same way, paginators and waiters from their own files', () => {
    const service = cliServiceFromBotocore({
      name: 'example',
      service: {
        metadata: { serviceId: 'Example', apiVersion: '2020-01-01' },
        operations: { DescribeThings: { input: { shape: 'DescribeThingsRequest' } } },
        shapes: { DescribeThingsRequest: { type: 'structure', members: { DryRun: { shape: 'Boolean' } } }, Boolean: { type: 'boolean' } },
      },
      paginators: { pagination: { DescribeThings: {} } },
      waiters: { waiters: { ThingExists: { operation: 'DescribeThings' } } },
    })
    expect(service).toEqual({
      // No limit_key in its paginator: the CLI adds no --page-size.
      operations: { 'describe-things': ['dry-run', 'no-dry-run', 'starting-token', 'max-items'] },
      waiters: { 'thing-exists': 'describe-things' },
    })
  })

  it('keeps what either source has when both describe a service', () => {
    const merged = mergeCliServices(
      { operations: { 'get-thing': ['thing-arn'] }, waiters: {} },
      { operations: { 'get-thing': ['thing-arn', 'namespace'], 'put-thing': [] }, waiters: { ready: 'get-thing' } },
    )
    expect(merged).toEqual({ operations: { 'get-thing': ['thing-arn', 'namespace'], 'put-thing': [] }, waiters: { ready: 'get-thing' } })
  })

  it('is written one line per service, flags as one string per operation', () => {
    const text = serializeCliOperations([{ cli: 'example', service: cliServiceFromSmithy(model) }], 'note')
    expect(text.split('\n')).toHaveLength(5)
    expect(JSON.parse(text).example.operations['get-thing']).toBe('thing-arn include-deleted no-include-deleted')
  })
})
