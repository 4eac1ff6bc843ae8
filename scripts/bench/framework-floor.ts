/**
 * The framework's floor: what an empty page weighs when built with the same Next.js, config and
 * build setup as the site. Built in a throwaway copy, so the site never gains an empty route.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { measurePage, type PageWeight } from './measure-page'
import { copyProject } from './project-copy'
import { timedCommand } from './run-command'

const EMPTY_APP = {
  'layout.tsx': `import type { ReactNode } from 'react'\n\nexport default function RootLayout({ children }: { children: ReactNode }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  )\n}\n`,
  'page.tsx': `export default function EmptyPage() {\n  return null\n}\n`,
}

export async function measureFrameworkFloor(): Promise<PageWeight> {
  const copy = await copyProject('empty-page')
  try {
    const app = join(copy.dir, 'app')
    await rm(app, { recursive: true })
    await mkdir(app)
    await Promise.all(Object.entries(EMPTY_APP).map(([name, source]) => writeFile(join(app, name), source)))
    await timedCommand('next build', copy.dir)
    return await measurePage(join(copy.dir, 'out'), '/')
  } finally {
    await copy.remove()
  }
}
