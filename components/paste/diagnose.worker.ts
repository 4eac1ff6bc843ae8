/// <reference lib="webworker" />
import type { PublicCatalog } from '@/lib/catalog/public-catalog'
import { diagnosePaste, diagnoseShared } from '@/lib/diagnosis/build-diagnosis'
import { match } from '@/lib/match/match'
import { decodeShare } from '@/lib/share/diagnosis-link'
import type { DiagnoseRequest, DiagnoseResponse } from './diagnose-protocol'

/*
 * Matching runs here, off the page's thread, so a megabyte of log never freezes typing. The worker
 * fetches the public catalog once; the paste itself is only ever read, never sent anywhere.
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
      reply = { id: data.id, diagnosis: diagnosePaste(match(data.text, guides, { registry }), guides, registry) }
    } else {
      const shared = decodeShare(data.hash)
      reply = { id: data.id, diagnosis: shared ? diagnoseShared(shared, guides) : null }
    }
  } catch (error) {
    reply = { id: data.id, failure: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(reply)
}
