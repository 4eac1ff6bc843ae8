import { describe, expect, it } from 'vitest'
import { familyOf } from './name-family'

const family = (code: string, facts = {}) => familyOf(code, { kind: 'api', ...facts }).family

describe('familyOf', () => {
  it.each([
    ['ResourceNotFoundException', 'not-found'],
    ['NoSuchEntity', 'not-found'],
    ['InvalidKeyPair.NotFound', 'not-found'],
    ['EntityAlreadyExists', 'conflict'],
    ['InvalidPermission.Duplicate', 'conflict'],
    ['InvalidGroup.InUse', 'conflict'],
    ['ServiceLimitExceeded', 'throttling'],
    ['ThrottlingException', 'throttling'],
    ['InsufficientInstanceCapacity', 'throttling'],
    ['InvalidParameterValue', 'validation'],
    ['AuthorizationHeaderMalformed', 'validation'],
    ['AccessDeniedException', 'authorization'],
    ['AccessDeniedForDependencyException', 'authorization'],
    ['UnauthorizedOperation', 'authorization'],
    ['InvalidClientTokenId', 'identity'],
    ['ExpiredTokenException', 'identity'],
    ['InternalServerException', 'service-side'],
    ['ServiceUnavailable', 'service-side'],
  ])('reads %s as %s from its name', (code, expected) => {
    expect(family(code)).toBe(expected)
  })

  it('says which word decided', () => {
    expect(familyOf('InvalidKeyPair.NotFound', {}).reason).toEqual({ by: 'name', word: 'NotFound' })
  })

  it('falls back on the HTTP status, then the fault, when the name says nothing', () => {
    expect(familyOf('ChannelNotBroadcasting', { httpStatus: 404 })).toEqual({ family: 'not-found', reason: { by: 'status', status: 404 } })
    expect(familyOf('EC2UnexpectedException', { httpStatus: 502 }).family).toBe('service-side')
    expect(familyOf('Mystery', { fault: 'server' }).family).toBe('service-side')
    expect(familyOf('Mystery', { fault: 'client' }).family).toBe('validation')
  })

  it('puts errors raised on the caller’s machine in client-side, whatever their name', () => {
    expect(familyOf('ProfileNotFound', { kind: 'client' }).family).toBe('client-side')
  })

  it('reads CloudFormation statuses as conflicts of state', () => {
    expect(familyOf('UPDATE_ROLLBACK_FAILED', { kind: 'status' }).family).toBe('conflict')
  })
})
