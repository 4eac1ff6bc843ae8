import { readFileSync } from 'node:fs'
import type { GuideEntry } from '../lib/catalog/types'
import { codePageCodes } from '../lib/registry/code-pages'
import { codePagePath } from '../lib/match/code-page-path'
import type { Registry } from '../lib/registry/types'

/** The real catalog the site was built from, so the tests cover every guide that ships. */
export const catalog: GuideEntry[] = JSON.parse(readFileSync('.generated/catalog.json', 'utf8'))
/** The address of every code page: every registry code no guide covers. */
export const codePagePaths: string[] = codePageCodes(JSON.parse(readFileSync('data/registry/registry.json', 'utf8')) as Registry, catalog).map(codePagePath)

export const guide = (slug: string) => {
  const found = catalog.find((g) => g.slug === slug)
  if (!found) throw new Error(`no guide ${slug} in the catalog`)
  return found
}
