/**
 * Matcher benchmark: time per paste at three sizes, and accuracy on the real pasted errors, next
 * to a plain fuse.js search of the whole paste over the same catalog (the baseline to beat).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Fuse from 'fuse.js'
import { realCatalog } from '../../lib/catalog/source'
import { match } from '../../lib/match/match'
import type { MatcherGuide } from '../../lib/match/types'
import { compactRegistry } from '../../lib/registry/compact'
import { loadRegistry } from '../../lib/registry/load'
import { percentile, type Row } from './table'
import { milliseconds as ms } from './units'

type Case = { id: string; text: string; code: string; accept: string[] }

const CASES = join(import.meta.dirname, '..', '..', 'lib', 'match', '__fixtures__', 'real-errors.jsonl')

function time(inputs: string[], run: (text: string) => unknown, rounds: number): { median: number; p95: number } {
  for (const text of inputs.slice(0, 3)) run(text) // let the JIT settle before measuring
  const samples: number[] = []
  for (let r = 0; r < rounds; r++) {
    for (const text of inputs) {
      const started = performance.now()
      run(text)
      samples.push(performance.now() - started)
    }
  }
  samples.sort((a, b) => a - b)
  return { median: percentile(samples, 50), p95: percentile(samples, 95) }
}

/** Real pastes grouped by size, padded with ordinary log lines to reach the larger sizes. */
function inputsBySize(cases: Case[]) {
  const filler = (i: number) => `2026-11-23T10:${String(i % 60).padStart(2, '0')}:00Z INFO worker-${i % 7} processed batch ${i} in ${(i * 37) % 1000} ms\n`
  const pad = (text: string, size: number) => {
    let out = ''
    for (let i = 0; out.length < size - text.length; i++) out += filler(i)
    const half = Math.floor(out.length / 2)
    return out.slice(0, half) + text + '\n' + out.slice(half)
  }
  const short = cases.filter((c) => c.text.length >= 150 && c.text.length <= 600).map((c) => c.text)
  return {
    '~300 B': short,
    '~5 KB': short.slice(0, 20).map((t) => pad(t, 5_000)),
    '1 MB': short.slice(0, 3).map((t) => pad(t, 1_000_000)),
  }
}

function fuseBaseline(catalog: MatcherGuide[]) {
  const fuse = new Fuse(catalog, { keys: ['codes', 'title', 'phrases', 'searchTerms', 'summary'], ignoreLocation: true, includeScore: true })
  return (text: string) => fuse.search(text, { limit: 1 })
}

export async function benchMatcher(): Promise<Row[]> {
  const { matcher: catalog } = await realCatalog()
  // What the paste page reads: the guides and the registry of every AWS code.
  const registry = compactRegistry(loadRegistry())
  const cases = readFileSync(CASES, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Case)
  const fuse = fuseBaseline(catalog)
  const rows: Row[] = [{ measure: 'catalog', value: `${catalog.length} guides, ${catalog.reduce((n, g) => n + g.codes.length, 0)} codes` }]

  for (const [size, inputs] of Object.entries(inputsBySize(cases))) {
    const rounds = size === '1 MB' ? 3 : 20
    const ours = time(inputs, (t) => match(t, catalog, { registry }), rounds)
    rows.push({
      measure: `match() per paste, ${size} (${inputs.length} pastes)`,
      value: `median ${ms(ours.median)}, p95 ${ms(ours.p95)}`,
      note: 'target: 1 MB well under 1 s',
    })
    // fuse.js grows with pattern length × catalog size: a 1 MB pattern takes many minutes, so the
    // baseline's largest input is the first 100 KB of the paste.
    const baseInputs = size === '1 MB' ? inputs.slice(0, 1).map((t) => t.slice(0, 100_000)) : inputs
    const base = time(baseInputs, fuse, 1)
    rows.push({
      measure: `plain fuse.js over whole paste, ${size === '1 MB' ? 'first 100 KB of 1 MB' : size}`,
      value: `median ${ms(base.median)}, p95 ${ms(base.p95)}`,
      note: 'baseline',
    })
  }

  const covered = (c: Case) => c.accept.some((code) => catalog.some((g) => g.codes.includes(code)))
  const score = (answer: (c: Case) => string[] | undefined) => {
    let right = 0
    let coveredRight = 0
    for (const c of cases) {
      const codes = answer(c)
      const ok = c.code === 'NONE' ? !codes : !!codes?.some((k) => c.accept.includes(k))
      if (ok) right++
      if (ok && covered(c)) coveredRight++
    }
    return `${((100 * right) / cases.length).toFixed(1)}% of ${cases.length} (${coveredRight}/${cases.filter(covered).length} whose error has a guide)`
  }
  rows.push({ measure: 'accuracy on real pastes: match()', value: score((c) => match(c.text, catalog, { registry }).matches[0]?.codes) })
  rows.push({ measure: 'accuracy on real pastes: plain fuse.js', value: score((c) => fuse(c.text)[0]?.item.codes), note: 'baseline' })
  return rows
}
