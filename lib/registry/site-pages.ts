import { loadCatalog } from '../catalog/load'
import { ANY_SERVICE, codePage, codePageCodes, type CodePage } from './code-pages'
import { loadRegistry, registryCode } from './load'
import type { CodeRecord } from '../search/types'

let pageCodes: Set<string> | undefined

/** The codes with a page of their own under /errors/<code>/, at build time. */
export function siteCodePages(): Set<string> {
  pageCodes ??= new Set(codePageCodes(loadRegistry(), loadCatalog()))
  return pageCodes
}

/** The code page at /errors/<segment>/, if the segment is one. */
export function siteCodePage(segment: string): CodePage | undefined {
  const entry = siteCodePages().has(segment) ? registryCode(segment) : undefined
  return entry && codePage(entry, loadRegistry(), loadCatalog())
}

/** The header search's record of each code page: its code, and who returns it. */
export function codeSearchRecords(): CodeRecord[] {
  return [...siteCodePages()].map((code) => {
    const names = [...new Set(registryCode(code)!.sources.map((s) => s.service ?? s.tool ?? ANY_SERVICE))]
    const who = names.length > 2 ? `${names.slice(0, 2).join(', ')} and ${names.length - 2} more` : names.join(', ')
    return { kind: 'code', code, title: `${who} · code page, no guide yet` }
  })
}
