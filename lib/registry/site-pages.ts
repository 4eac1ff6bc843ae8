import { aliasSegments } from '../catalog/aliases'
import { siteCatalog } from '../catalog/site-catalog'
import type { CodeRecord } from '../search/types'
import { codePageSegment } from '../match/code-page-path'
import { codePage, codePageCodes, codeSearchRecord, type CodePage } from './code-pages'
import { loadRegistry, registryCode } from './load'

let pages: Map<string, string> | undefined

/** The code pages under /errors/, at build time: path segment → code. */
export function siteCodePages(): Map<string, string> {
  pages ??= new Map(codePageCodes(loadRegistry(), siteCatalog().entries).map((code) => [codePageSegment(code), code]))
  return pages
}

/** The code page at /errors/<segment>/, if the segment is one. */
export function siteCodePage(segment: string): CodePage | undefined {
  const code = siteCodePages().get(segment)
  return code === undefined ? undefined : codePage(registryCode(code)!, loadRegistry(), siteCatalog().entries)
}

/** The header search's record of each code page. */
export function codeSearchRecords(): CodeRecord[] {
  return [...siteCodePages().values()].map((code) => codeSearchRecord(registryCode(code)!))
}

/**
 * Registry spellings a guide covers in another letter case (`KmsAccessDeniedException` for the
 * guide's `KMSAccessDeniedException`): each gets a redirect page to the guide, as a guide's own codes do.
 */
export function registrySpellingsOfGuides(): Map<string, string> {
  const guides = siteCatalog().entries
  const taken = new Set([...guides.map((g) => g.slug), ...aliasSegments(guides).keys()])
  const slugByCode = new Map(guides.flatMap((g) => g.codes.map((code) => [code.toLowerCase(), g.slug] as const)))
  const spellings = new Map<string, string>()
  for (const { code } of loadRegistry().codes) {
    const slug = slugByCode.get(code.toLowerCase())
    if (slug && !taken.has(code)) spellings.set(code, slug)
  }
  return spellings
}
