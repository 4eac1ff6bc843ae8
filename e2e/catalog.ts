import { readFileSync } from 'node:fs'
import type { GuideEntry } from '../lib/catalog/types'

/** The real catalog the site was built from, so the tests cover every guide that ships. */
export const catalog: GuideEntry[] = JSON.parse(readFileSync('.generated/catalog.json', 'utf8'))
export const guide = (slug: string) => {
  const found = catalog.find((g) => g.slug === slug)
  if (!found) throw new Error(`no guide ${slug} in the catalog`)
  return found
}
