import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixturesWith, VALID_FIXTURES } from '../lib/content/test-helpers'

function buildContent(contentDir: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'generated-'))
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-content.ts', contentDir, outDir], { encoding: 'utf8' })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, outDir }
}

describe('npm run content (the first step of npm run build)', () => {
  it('writes the catalog and one rendered file per guide', () => {
    const run = buildContent(VALID_FIXTURES)
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/content: 2 guides valid and rendered/)
    const catalog = JSON.parse(readFileSync(join(run.outDir, 'catalog.json'), 'utf8')) as { slug: string; html?: string }[]
    expect(catalog.map((g) => g.slug)).toEqual(['sample-denied', 'sample-missing'])
    expect(catalog[0]).not.toHaveProperty('html')
    expect(existsSync(join(run.outDir, 'guides', 'sample-denied.json'))).toBe(true)
  })

  it('stops the build on a misspelled key, printing file, line and field', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('summary:', 'sumary:'))
    const run = buildContent(dir)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('content check failed')
    expect(run.stderr).toMatch(/sample-denied\.mdx:7: sumary: unknown key; did you mean "summary"\?/)
    expect(existsSync(join(run.outDir, 'catalog.json'))).toBe(false)
  })
})
