import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const VALID_FIXTURES = join(import.meta.dirname, '__fixtures__', 'valid')

/**
 * A copy of the valid fixture guides in a temporary folder, with `edit` applied to one file:
 * each test states the single mistake it makes.
 */
export async function fixturesWith(file: string, edit: (source: string) => string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'guides-'))
  await cp(VALID_FIXTURES, dir, { recursive: true })
  const path = join(dir, file)
  const before = await readFile(path, 'utf8')
  const after = edit(before)
  if (after === before) throw new Error(`the edit to ${file} changed nothing`)
  await writeFile(path, after)
  return dir
}
