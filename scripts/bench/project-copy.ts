/**
 * A throwaway copy of the project in a temporary directory, for builds the benchmark must not run in
 * the checkout itself (an empty page, a catalog of 1,000 guides). node_modules is linked, not copied.
 */
import { cp, mkdtemp, rename, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, parse, resolve } from 'node:path'

// Build output, caches and reports: a copy builds its own.
const NOT_COPIED = new Set(['node_modules', '.git', '.next', 'out', '.generated', 'test-results', 'playwright-report', '.test-reports'])

export type ProjectCopy = { dir: string; remove: () => Promise<void> }

export async function copyProject(name: string): Promise<ProjectCopy> {
  const project = resolve('.')
  const dir = await mkdtemp(join(tmpdir(), `aws-error-guide-${name}-`))
  await cp(project, dir, { recursive: true, filter: (source) => source === project || !NOT_COPIED.has(source.slice(project.length + 1).split(/[\\/]/)[0]!) })
  await symlink(join(project, 'node_modules'), join(dir, 'node_modules'), 'dir')
  // Turbopack refuses files outside its root, and the linked node_modules lives in the checkout: the
  // copy builds with the project's own next.config.mjs, its root widened to the filesystem's.
  await rename(join(dir, 'next.config.mjs'), join(dir, 'next.config.project.mjs'))
  await writeFile(
    join(dir, 'next.config.mjs'),
    `import config from './next.config.project.mjs'\nexport default { ...config, turbopack: { ...config.turbopack, root: ${JSON.stringify(parse(project).root)} } }\n`,
  )
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) }
}
