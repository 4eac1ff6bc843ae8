/**
 * The paste matcher on the command line, with the same code the browser runs.
 *   npm run --silent match -- [--json] < error.txt     one paste: a readable diagnosis, or JSON
 *   npm run --silent match -- --trace < error.txt      the same, after every hit of every error pattern, kept or refused and why
 *   npm run --silent match -- --jsonl < cases.jsonl    one {"id","text"} per line in, one answer per line out
 * Guides are read from content/errors (or --content DIR).
 */
import { parseArgs } from 'node:util'
import { CONTENT_DIR, readEntries } from '../lib/catalog/source'
import { toMatcherGuide, toPublicEntry, type PublicGuide } from '../lib/catalog/public-catalog'
import { formatProblem } from '../lib/content/content-error'
import { diagnosePaste } from '../lib/diagnosis/build-diagnosis'
import { ERROR_PATTERNS } from '../lib/match/error-patterns'
import type { PatternHit } from '../lib/match/find-errors'
import { match } from '../lib/match/match'
import type { MatchResult } from '../lib/match/types'
import { compactRegistry } from '../lib/registry/compact'
import { loadRegistry } from '../lib/registry/load'

const { values: options } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    jsonl: { type: 'boolean', default: false },
    trace: { type: 'boolean', default: false },
    content: { type: 'string', default: CONTENT_DIR },
  },
})

async function stdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function readable(result: MatchResult, guides: PublicGuide[]): string {
  const out: string[] = []
  if (result.notAws) out.push(`This looks like an error from ${result.notAws.platform} ("${result.notAws.evidence}"), not from AWS.`)
  if (result.secrets.length)
    out.push(
      `Warning: the text holds ${result.secrets.length} secret value(s) (${[...new Set(result.secrets.map((s) => s.kind))].join(', ')}). Rotate them if they were shared. To share the error, use this copy:\n${result.redacted}\n`,
    )
  for (const u of result.unlisted) out.push(`${u.code}: no AWS list names this code; ${u.reason.detail}.`)
  if (!result.matches.length) {
    out.push('No confident match.')
    for (const s of result.suggestions) out.push(`  maybe: ${s.code} (${s.title}) /errors/${s.slug}/`)
    return out.join('\n')
  }
  for (const m of result.matches) {
    out.push(`\n${m.title}  [confidence ${m.confidence}]`, `  why: ${m.reason.detail}`, `  ${m.kind === 'guide' ? 'guide' : 'code page'}: /errors/${m.slug}/`)
    for (const note of m.notes) out.push(`  note: ${note}`)
    // Each match's own error's facts, as its card shows them.
    const facts = Object.entries(m.facts ?? {}).map(
      ([k, v]) => `    ${k}: ${typeof v === 'object' ? `${v.kind} deny${v.policyType ? ` in ${v.policyType} policy` : ''}` : v}`,
    )
    if (facts.length) out.push('  facts:', ...facts)
  }
  // The same tailored checklist as the paste page: facts filled in, the checks they point to first.
  const top = diagnosePaste(result, guides, registry).cards[0]!
  out.push(`\nChecklist for ${top.code}:`)
  top.checks.forEach((check, i) => {
    out.push(`  ${i + 1}. ${check.title}  (${check.url})`)
    if (check.startHere) out.push(`     ${check.startHere}`)
    if (check.command) out.push(...check.command.split('\n').map((l) => `       ${l}`))
  })
  return out.join('\n')
}

/** What each error pattern saw, in pattern order, then how the errors kept were merged into the ones the ranker read. */
function traced(hits: PatternHit[], result: MatchResult): string {
  const out = ['Error patterns (in the order they run):']
  ERROR_PATTERNS.forEach((pattern, i) => {
    const own = hits.filter((h) => h.pattern === i)
    out.push(`  #${i} ${pattern.format}: ${own.length ? `${own.length} hit(s)` : 'no hit'}`)
    for (const h of own)
      out.push(
        `    ${h.refused ? 'refused' : 'kept   '} ${JSON.stringify(h.text.slice(0, 80))} at ${h.span.start}–${h.span.end} as ${h.format}${h.refused ? `: ${h.refused}` : ''}`,
      )
  })
  out.push('', 'Errors after merging repeats (what the ranker reads):')
  if (!result.errors.length) out.push('  none')
  result.errors.forEach((e, i) =>
    out.push(`  [${i}] ${e.code} (${e.format}) at ${e.span.start}–${e.span.end}${e.wrappedIn === undefined ? '' : `, inside the message of [${e.wrappedIn}]`}`),
  )
  return out.join('\n')
}

const { entries, problems } = await readEntries(options.content)
if (problems.length) {
  console.error(`content check failed:\n${problems.map(formatProblem).join('\n')}`)
  process.exit(2)
}
const catalog = entries.map(toMatcherGuide)
// The same compact registry /catalog.json serves the paste page: every AWS code, with or without a guide.
const registry = compactRegistry(loadRegistry())
const input = await stdin()

if (options.jsonl) {
  const lines: string[] = []
  for (const line of input.split('\n')) {
    if (!line.trim()) continue
    const { id, text } = JSON.parse(line) as { id: string; text: string }
    const result = match(text, catalog, { registry })
    lines.push(
      JSON.stringify({
        id,
        matches: result.matches.map(({ kind, slug, code, codes, title, confidence }) => ({ kind, slug, code, codes, title, confidence })),
        ...(result.unlisted.length ? { unlisted: result.unlisted.map(({ code, family, word }) => ({ code, family, word })) } : {}),
        ...(result.notAws ? { notAws: result.notAws } : {}),
        facts: result.facts,
      }),
    )
  }
  process.stdout.write(`${lines.join('\n')}\n`)
} else {
  const hits: PatternHit[] = []
  const result = match(input, catalog, { registry, ...(options.trace ? { trace: (hit: PatternHit) => hits.push(hit) } : {}) })
  if (options.trace) console.log(`${traced(hits, result)}\n`)
  if (options.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
  else console.log(readable(result, entries.map(toPublicEntry)))
}
