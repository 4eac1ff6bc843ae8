import { loadCatalog } from '../catalog/load'
import type { CodeRecord } from '../search/types'
import { codePageSegment } from './code-page-path'
import { codePage, codePageCodes, codeSearchRecord, type CodePage } from './code-pages'
import { loadRegistry, registryCode } from './load'

let pages: Map<string, string> | undefined

/** The code pages under /errors/, at build time: path segment → code. */
export function siteCodePages(): Map<string, string> {
  pages ??= new Map(codePageCodes(loadRegistry(), loadCatalog()).map((code) => [codePageSegment(code), code]))
  return pages
}

/** The code page at /errors/<segment>/, if the segment is one. */
export function siteCodePage(segment: string): CodePage | undefined {
  const code = siteCodePages().get(segment)
  return code === undefined ? undefined : codePage(registryCode(code)!, loadRegistry(), loadCatalog())
}

/** The header search's record of each code page. */
export function codeSearchRecords(): CodeRecord[] {
  return [...siteCodePages().values()].map((code) => codeSearchRecord(registryCode(code)!))
}
