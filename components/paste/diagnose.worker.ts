/// <reference lib="webworker" />
import type { PublicCatalog } from '@/lib/catalog/public-catalog'
import { diagnosePaste, diagnoseShared } from '@/lib/diagnosis/build-diagnosis'
import { match } from '@/lib/match/match'
import { decodeShare } from '@/lib/share/diagnosis-link'
import type { DiagnoseRequest, DiagnoseResponse } from './diagnose-protocol'
import { withChecklists } from './load-checklists'

/*
 * Matching runs here, off the page's thread, so a megabyte of log never freezes typing. The worker
 * fetches the public catalog once, and the checklists of the guides a paste matched; the paste
 * itself is only ever read, never sent anywhere.
 */
declare const self: DedicatedWorkerGlobalScope

let catalog: Promise<PublicCatalog> | undefined

/** The guides, and the registry of every AWS code, so a code without a guide is still known. */
function loadCatalog(): Promise<PublicCatalog> {
  catalog ??= fetch('/catalog.json').then(async (response) => {
    if (!response.ok) throw new Error(`the catalog could not be loaded (HTTP ${response.status})`)
    return (await response.json()) as PublicCatalog
  })
  catalog.catch(() => (catalog = undefined)) // let the next paste try again
  return catalog
}

self.onmessage = async ({ data }: MessageEvent<DiagnoseRequest>) => {
  let reply: DiagnoseResponse
  try {
    const { guides, registry } = await loadCatalog()
    if (data.kind === 'paste') {
      const result = match(data.text, guides, { registry })
      const matched = result.matches.flatMap((m) => (m.kind === 'guide' ? [m.slug] : []))
      reply = { id: data.id, diagnosis: diagnosePaste(result, await withChecklists(guides, matched), registry) }
    } else {
      const shared = decodeShare(data.hash)
      const named = shared?.matches.map((m) => m.slug) ?? []
      reply = { id: data.id, diagnosis: shared ? diagnoseShared(shared, await withChecklists(guides, named)) : null }
    }
  } catch (error) {
    reply = { id: data.id, failure: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(reply)
}
