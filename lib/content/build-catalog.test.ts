import { readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildCatalog, type RenderBody } from './build-catalog'
import { ContentError, type ContentProblem } from './content-error'
import { fixturesWith } from './test-helpers'

// These rules are checked before rendering; components/guide/guide-body.test.tsx tests the rendered HTML.
const render: RenderBody = async () => ''

async function problemsIn(dir: string): Promise<ContentProblem[]> {
  try {
    await buildCatalog(dir, { render, root: dir })
  } catch (error) {
    if (error instanceof ContentError) return error.problems
    throw error
  }
  throw new Error('expected the content check to fail, but it passed')
}

describe('a valid guide', () => {
  it('keeps the old slugs and section ids of a renamed guide', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('related: [sample-missing]', 'related: [sample-missing]\nredirectFrom: [sample-refused]\nanchorRedirects:\n  simulate-policy: simulate\n  fixing: fix'))
    const guide = (await buildCatalog(dir, { render, root: dir })).find((g) => g.slug === 'sample-denied')!
    expect(guide.redirectFrom).toEqual(['sample-refused'])
    expect(guide.anchorRedirects).toEqual({ 'simulate-policy': 'simulate', fixing: 'fix' })
  })

  it('accepts a status written in capitals and underscores as a code, the way CloudFormation prints it', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('  - SampleDeniedException', '  - SampleDeniedException\n  - SAMPLE_ROLLBACK_FAILED'))
    const guide = (await buildCatalog(dir, { render, root: dir })).find((g) => g.slug === 'sample-denied')!
    expect(guide.codes).toContain('SAMPLE_ROLLBACK_FAILED')
  })
})

describe('a guide with a mistake fails the build, naming file, field and reason', () => {
  it('a misspelled frontmatter key, with a suggestion and its line', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('timeToFix:', 'timeTofix:'))
    expect(await problemsIn(dir)).toContainEqual({ file: 'sample-denied.mdx', field: 'timeTofix', reason: 'unknown key; did you mean "timeToFix"?', line: 12 })
  })

  it('a misspelled key inside a check', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('    why: The simulator', '    wyh: The simulator'))
    const problems = await problemsIn(dir)
    expect(problems).toContainEqual(expect.objectContaining({ file: 'sample-denied.mdx', field: 'checks[2].wyh', reason: 'unknown key; did you mean "why"?' }))
    expect(problems).toContainEqual(expect.objectContaining({ file: 'sample-denied.mdx', field: 'checks[2].why', reason: 'is required but missing' }))
  })

  it('a check without an id', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('  - id: read-message\n    title:', '  - title:'))
    expect(await problemsIn(dir)).toContainEqual({ file: 'sample-denied.mdx', field: 'checks[1].id', reason: 'is required but missing', line: 35 })
  })

  it('a code that another guide already answers', async () => {
    const dir = await fixturesWith('sample-missing.mdx', (s) => s.replace('  - SampleMissingException', '  - SampleMissingException\n  - SampleDeniedException'))
    expect(await problemsIn(dir)).toContainEqual({
      file: 'sample-missing.mdx',
      field: 'codes[2]',
      reason: 'code "SampleDeniedException" is already answered by sample-denied.mdx; a code belongs to one guide',
    })
  })

  it('a code whose URL would be another guide\'s slug', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('  - SampleDeniedException', '  - SampleDeniedException\n  - Missing').replace('related: [sample-missing]', 'related: [missing]'))
    await rename(join(dir, 'sample-missing.mdx'), join(dir, 'missing.mdx'))
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ field: 'codes[2]', reason: 'code "Missing" would share the URL /errors/missing with the guide of that slug' }))
  })

  it('the same code twice in one guide, whatever its letter case', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('  - SampleDeniedException', '  - SampleDeniedException\n  - sampledenied'))
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ field: 'codes[2]', reason: 'repeats "sampledenied" (already at codes[0])' }))
  })

  it('two checks with the same id', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('id: check-scp', 'id: simulate'))
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ field: 'checks[4].id', reason: 'duplicate check id "simulate" (already used by checks[2])' }))
  })

  it('a heading whose id is already a check id', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('### Attach a policy', '### Attach a policy [#simulate]'))
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ field: 'checks[2].id', reason: 'duplicate id "simulate" (already used by heading "Attach a policy")' }))
  })

  it('two headings with the same id', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('## How to prevent it [#prevent]\n', '## How to prevent it [#prevent]\n\n### Attach a policy\n'))
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ field: 'body', reason: 'duplicate id "attach-a-policy" (already used by heading "Attach a policy")', line: 92 }))
  })

  it('a heading that takes an id the page itself uses', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('### Attach a policy', '### Sources'))
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ field: 'body', reason: `duplicate id "sources" (already used by the page's own "Sources" section)` }))
  })

  it('an old slug that a published guide still uses', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('related: [sample-missing]', 'related: [sample-missing]\nredirectFrom: [sample-missing]'))
    expect(await problemsIn(dir)).toContainEqual({ file: 'sample-denied.mdx', field: 'redirectFrom[0]', reason: '"sample-missing" is the slug of a published guide; only a slug no guide uses any more can redirect' })
  })

  it("an old slug that is the URL of another guide's code", async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('related: [sample-missing]', 'related: [sample-missing]\nredirectFrom: [samplemissingexception]'))
    expect(await problemsIn(dir)).toContainEqual({ file: 'sample-denied.mdx', field: 'redirectFrom[0]', reason: '/errors/samplemissingexception already leads to sample-missing.mdx, which has that code' })
  })

  it('an old slug that two guides claim', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('related: [sample-missing]', 'related: [sample-missing]\nredirectFrom: [sample-old]'))
    const missing = join(dir, 'sample-missing.mdx')
    await writeFile(missing, (await readFile(missing, 'utf8')).replace('related: [sample-denied]', 'related: [sample-denied]\nredirectFrom: [sample-old]'))
    expect(await problemsIn(dir)).toContainEqual({ file: 'sample-missing.mdx', field: 'redirectFrom[0]', reason: '"sample-old" already redirects to sample-denied.mdx' })
  })

  it('an old anchor that leads to an id the page does not have', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('related: [sample-missing]', 'related: [sample-missing]\nanchorRedirects:\n  simulate-policy: simulate-policies'))
    expect(await problemsIn(dir)).toContainEqual({ file: 'sample-denied.mdx', field: 'anchorRedirects.simulate-policy', reason: '#simulate-policies is not a heading or check id on this page' })
  })

  it('an old anchor that the page still has', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('related: [sample-missing]', 'related: [sample-missing]\nanchorRedirects:\n  check-scp: simulate'))
    expect(await problemsIn(dir)).toContainEqual({ file: 'sample-denied.mdx', field: 'anchorRedirects.check-scp', reason: '#check-scp is still on the page; only an id the page no longer has can redirect' })
  })

  it('a related guide that does not exist', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('related: [sample-missing]', 'related: [sample-mising]'))
    expect(await problemsIn(dir)).toContainEqual({ file: 'sample-denied.mdx', field: 'related[0]', reason: 'no guide has the slug "sample-mising"' })
  })

  it('a family outside the eight', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('family: authorization', 'family: permissions'))
    const [problem] = await problemsIn(dir)
    expect(problem).toMatchObject({ file: 'sample-denied.mdx', field: 'family', line: 8 })
    expect(problem!.reason).toContain('"authorization"')
  })

  it('a service spelled another way than the one list of services, with the name to use and its line', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('services: [S3]', 'services: [S3, SSM]'))
    expect(await problemsIn(dir)).toEqual([
      {
        file: 'sample-denied.mdx',
        field: 'services[1]',
        line: 9,
        reason: '"SSM" is not a service or tool name of data/registry/guide-services.json; use "Systems Manager" (a new service is added there with its registry ids)',
      },
    ])
  })

  it('a per-service status under a retired spelling of the service', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace(/^httpStatus: .*$/m, 'httpStatus: { S3: 403, SSM: 400 }'))
    expect(await problemsIn(dir)).toEqual([expect.objectContaining({ field: 'httpStatus.SSM', reason: expect.stringContaining('use "Systems Manager"') })])
  })

  it("a check's aws command with a flag the operation does not take, with the nearest flags", async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('--resource-arns <resource-arn>', '--resource-arn <resource-arn>'))
    const [problem] = await problemsIn(dir)
    expect(problem).toMatchObject({ file: 'sample-denied.mdx', field: 'checks[2].command' })
    expect(problem!.reason).toMatch(/^aws iam simulate-principal-policy --resource-arn: not an input of this command nor a global option; nearest: --resource-arns/)
  })

  it('an aws command of a code block in the body that the CLI does not have, on its own line', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('```bash\naws sts get-caller-identity\n', '```bash\naws sts get-caller-identity\naws sts get-caller-id\n'))
    expect(await problemsIn(dir)).toEqual([
      expect.objectContaining({ file: 'sample-denied.mdx', field: 'body', line: 59, reason: expect.stringMatching(/^aws sts get-caller-id: sts has no command "get-caller-id"/) }),
    ])
  })

  it('an aws command in inline code of the body, though a service named alone passes', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('Prevent it.', 'Prevent it with the `aws s3` commands and `aws s3 ls --recursiv`.'))
    expect(await problemsIn(dir)).toEqual([expect.objectContaining({ field: 'body', reason: expect.stringContaining('aws s3 ls --recursiv: not an input') })])
  })

  it('a command with a placeholder the paste page cannot fill', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('--action-names <action>', '--action-names <the-action>'))
    const [problem] = await problemsIn(dir)
    expect(problem).toMatchObject({ field: 'checks[2].command' })
    expect(problem!.reason).toContain('unknown placeholder <the-action>')
  })

  it('codes that do not start with the canonical code', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('  - SampleDenied\n  - SampleDeniedException', '  - SampleDeniedException\n  - SampleDenied'))
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ field: 'codes[0]', reason: 'must start with the canonical code "SampleDenied"' }))
  })

  it('a missing required section', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('## How to prevent it [#prevent]', '## Prevention'))
    expect(await problemsIn(dir)).toContainEqual({ file: 'sample-denied.mdx', field: 'body', reason: 'missing required section "## How to prevent it [#prevent]"' })
  })

  it('fewer than four causes', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('- Four\n', ''))
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ field: 'body', reason: 'section #causes lists 3 causes; at least 4 are needed as a bulleted list' }))
  })

  it('a body without the checklist', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('<Checklist />', 'See the checks.'))
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ field: 'body', reason: 'must render <Checklist /> exactly once, inside the #checklist section' }))
  })

  it('an unknown component or an import', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('Prevent it.', "import x from 'y'\n\n<Tabs />"))
    const reasons = (await problemsIn(dir)).map((p) => p.reason)
    expect(reasons).toContain('unknown component <Tabs>; available: Checklist, Callout')
    expect(reasons).toContain('uses import/export; guides get components from the site (Checklist, Callout), remove it')
  })

  it('broken MDX, with its line', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('Prevent it.', 'Prevent it when a < b and {oops.'))
    const [problem] = await problemsIn(dir)
    expect(problem).toMatchObject({ file: 'sample-denied.mdx', field: 'body', line: 92 })
    expect(problem!.reason).toMatch(/^MDX: /)
  })

  it('a file name that is not a slug', async () => {
    const dir = await fixturesWith('sample-missing.mdx', (s) => s.replace('related: [sample-denied]', 'related: []'))
    await rename(join(dir, 'sample-missing.mdx'), join(dir, 'Sample_Missing.mdx'))
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ file: 'Sample_Missing.mdx', field: 'slug' }))
  })

  it('every problem at once, so an author fixes them in one pass', async () => {
    const dir = await fixturesWith('sample-denied.mdx', (s) => s.replace('timeToFix:', 'timeTofix:').replace('family: authorization', 'family: nope'))
    expect((await problemsIn(dir)).map((p) => p.field).sort()).toEqual(['family', 'timeToFix', 'timeTofix'])
  })
})
