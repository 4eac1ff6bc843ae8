/**
 * Header search benchmark: time per keystroke while typing realistic queries, and the size of the
 * index file, at the real catalog and at a generated catalog of 1,000 guides.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { renderGuideBody } from '../../components/guide/guide-body'
import { buildCatalog } from '../../lib/content/build-catalog'
import type { GuideEntry } from '../../lib/catalog/types'
import { createSearch } from '../../lib/search/query'
import { codePageCodes, codeSearchRecord } from '../../lib/registry/code-pages'
import { loadRegistry, registryCode } from '../../lib/registry/load'
import { buildSearchIndex } from '../../lib/search/records'
import { CONTENT_DIR } from '../../lib/catalog/source'
import { percentile, type Row } from './table'
import { kilobytes, milliseconds as ms } from './units'
import type { CodeRecord } from '../../lib/search/types'
import { writeGeneratedGuides } from './generated-guides'

// What readers type: a misspelled message, a code being typed out, a half word, several words.
const QUERIES = ['acess denied', 'throttl', 'InvalidClientTokenId', 'kms key disabled', 'rate exceeded', 'no such bucket', 'expired token']

/** Every prefix of every query: the search runs once per keystroke. */
const KEYSTROKES = QUERIES.flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1)))

/**
 * Types every query key by key, `rounds` times, as a reader would. Each keystroke counts with its
 * median time over the rounds, so a busy machine's scheduling pauses drop out and what remains is
 * the spread between keystrokes: the median and p95 are over keystrokes.
 */
function timeKeystrokes(search: (query: string) => unknown, rounds: number): { median: number; p95: number } {
  for (const query of KEYSTROKES) search(query) // let the JIT settle before measuring
  const samples = KEYSTROKES.map((): number[] => [])
  for (let r = 0; r < rounds; r++) {
    KEYSTROKES.forEach((query, i) => {
      const started = performance.now()
      search(query)
      samples[i]!.push(performance.now() - started)
    })
  }
  const perKeystroke = samples
    .map((s) =>
      percentile(
        s.sort((a, b) => a - b),
        50,
      ),
    )
    .sort((a, b) => a - b)
  return { median: percentile(perKeystroke, 50), p95: percentile(perKeystroke, 95) }
}

function measure(label: string, catalog: GuideEntry[], rounds: number, sizeNote?: string, codePages: CodeRecord[] = []): Row[] {
  const index = buildSearchIndex(catalog, codePages)
  const json = JSON.stringify(index)
  const started = performance.now()
  const search = createSearch(index)
  const ready = performance.now() - started
  const perKey = timeKeystrokes(search, rounds)
  return [
    {
      measure: `search per keystroke, ${label} (${KEYSTROKES.length} keystrokes)`,
      value: `median ${ms(perKey.median)}, p95 ${ms(perKey.p95)}`,
      note: 'target: < 16 ms; each keystroke the median of its rounds',
    },
    {
      measure: `search index, ${label}`,
      value: `${index.records.length} records, ${kilobytes(Buffer.byteLength(json))}, ${kilobytes(gzipSync(json).length)} gzip`,
      note: sizeNote,
    },
    { measure: `search ready after loading the index, ${label}`, value: ms(ready), note: 'once, on first open' },
  ]
}

export async function benchSearch(): Promise<Row[]> {
  const real = await buildCatalog(CONTENT_DIR, { render: renderGuideBody })
  // The site's index holds a record for every code page too, as the build writes it.
  const codePages = codePageCodes(loadRegistry(), real).map((code) => codeSearchRecord(registryCode(code)!))
  const rows = measure(`${real.length} guides and ${codePages.length} code pages`, real, 20, undefined, codePages)
  const dir = await mkdtemp(join(tmpdir(), 'bench-guides-'))
  try {
    await writeGeneratedGuides(dir, 1000)
    rows.push(
      ...measure(
        '1,000 guides',
        await buildCatalog(dir, { render: renderGuideBody, root: dir }),
        10,
        'generated copies compress well; distinct guides would gzip to about 15 times the real index',
      ),
    )
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
  return rows
}
