/**
 * The framework's floor: an empty page built with the same Next.js, config and build setup as the
 * site, as `next build` exports it (not finished by our own step). Built once per benchmark run in
 * a throwaway copy, so the site never gains an empty route; page weight and Lighthouse both measure
 * it, and the benchmark removes it at the end.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { measurePage, type PageWeight } from './measure-page'
import { copyProject, type ProjectCopy } from './project-copy'
import { timedCommand } from './run-command'

const EMPTY_APP = {
  'layout.tsx': `import type { ReactNode } from 'react'\n\nexport default function RootLayout({ children }: { children: ReactNode }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  )\n}\n`,
  // One line of text: Lighthouse measures nothing on a page that paints nothing.
  'page.tsx': `export default function EmptyPage() {\n  return <p>Empty page</p>\n}\n`,
}

let floor: Promise<ProjectCopy> | undefined

async function buildFloor(): Promise<ProjectCopy> {
  const copy = await copyProject('empty-page')
  try {
    const app = join(copy.dir, 'app')
    await rm(app, { recursive: true })
    await mkdir(app)
    await Promise.all(Object.entries(EMPTY_APP).map(([name, source]) => writeFile(join(app, name), source)))
    await timedCommand('next build', copy.dir)
    return copy
  } catch (error) {
    await copy.remove()
    throw error
  }
}

/** The floor's out/ folder, built on first use. */
export async function frameworkFloorOut(): Promise<string> {
  floor ??= buildFloor()
  return join((await floor).dir, 'out')
}

export async function removeFrameworkFloor(): Promise<void> {
  if (floor) await (await floor.catch(() => undefined))?.remove()
  floor = undefined
}

export async function measureFrameworkFloor(): Promise<PageWeight> {
  return measurePage(await frameworkFloorOut(), '/')
}
