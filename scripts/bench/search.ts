/**
 * Header search benchmark: time per keystroke while typing realistic queries, and the size of the
 * index file, at the real catalog and at a generated catalog of 1,000 guides.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { buildCatalog } from '../../lib/content/build-catalog'
import type { GuideEntry } from '../../lib/catalog/types'
import { createSearch } from '../../lib/search/query'
import { buildSearchIndex } from '../../lib/search/records'
import { ms, time, type Row } from '../bench-matcher'
import { writeGeneratedGuides } from './generated-guides'

// What readers type: a misspelled message, a code being typed out, a half word, several words.
const QUERIES = ['acess denied', 'throttl', 'InvalidClientTokenId', 'kms key disabled', 'rate exceeded', 'no such bucket', 'expired token']

/** Every prefix of every query: the search runs once per keystroke. */
const KEYSTROKES = QUERIES.flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1)))

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`

function measure(label: string, catalog: GuideEntry[], rounds: number): Row[] {
  const index = buildSearchIndex(catalog)
  const json = JSON.stringify(index)
  const started = performance.now()
  const search = createSearch(index)
  const ready = performance.now() - started
  const perKey = time(KEYSTROKES, search, rounds)
  return [
    { measure: `search per keystroke, ${label} (${KEYSTROKES.length} keystrokes)`, value: `median ${ms(perKey.median)}, p95 ${ms(perKey.p95)}`, note: 'target: < 16 ms' },
    { measure: `search index, ${label}`, value: `${index.records.length} records, ${kb(Buffer.byteLength(json))}, ${kb(gzipSync(json).length)} gzip` },
    { measure: `search ready after loading the index, ${label}`, value: ms(ready), note: 'once, on first open' },
  ]
}

export async function benchSearch(): Promise<Row[]> {
  const real = await buildCatalog('content/errors')
  const rows = measure(`${real.length} guides`, real, 20)
  const dir = await mkdtemp(join(tmpdir(), 'bench-guides-'))
  try {
    await writeGeneratedGuides(dir, 1000)
    rows.push(...measure('1,000 guides', await buildCatalog(dir, dir), 10))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
  return rows
}
