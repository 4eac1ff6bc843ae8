import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Registry } from '../registry/types'
import { cliServiceOf } from './cli-service'
import { fillCommand, placeholderValues } from './fill-placeholders'

describe('the CLI command of a service', () => {
  it.each([
    ['CloudFormation', 'cloudformation'],
    ['S3', 's3api'],
    ['SecretsManager', 'secretsmanager'],
    ['CloudWatchLogs', 'logs'],
    ['DynamoDB', 'dynamodb'],
    ['CodeDeploy', 'deploy'],
  ])('%s runs as `aws %s`', (service, cli) => {
    expect(cliServiceOf(service)).toBe(cli)
  })

  it('never guesses: each name it gives is the one the registry records for that service', () => {
    const registry = JSON.parse(readFileSync('data/registry/registry.json', 'utf8')) as Registry
    for (const { id, cli } of registry.services) {
      const given = cliServiceOf(id.replace(/\s+/g, ''))
      if (given !== undefined) expect(given, id).toBe(cli)
    }
    expect(cliServiceOf('ACMPCA')).toBeUndefined()
  })

  it('fills `aws <cli-service> <cli-operation>` from the service and operation facts, not from the display name', () => {
    const values = placeholderValues({ service: 'CloudFormation', operation: 'UpdateStack', action: 's3:PutObject' })
    expect(fillCommand('aws <cli-service> <cli-operation> help', values)).toBe('aws cloudformation update-stack help')
    expect(fillCommand('aws <cli-service> <cli-operation> help', placeholderValues({ service: 'S3', operation: 'PutObject' }))).toBe(
      'aws s3api put-object help',
    )
  })
})
