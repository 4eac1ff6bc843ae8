/**
 * `npm run bench`: measured figures, printed as one Markdown table that README's "Performance"
 * section takes as it is. Speed and size goals are checked here, never by timed tests.
 * Build time runs before the page sections: they measure the out/ it has just built.
 * `npm run bench -- --only lighthouse` runs the sections whose name starts so, on the out/ in place.
 */
import { cpus } from 'node:os'
import { parseArgs } from 'node:util'
import { benchMatcher } from './bench/matcher'
import { benchSearch } from './bench/search'
import { benchBuildTime } from './bench/build-time'
import { benchLighthouse } from './bench/lighthouse'
import { benchPageWeight } from './bench/page-weight'
import { removeFrameworkFloor } from './bench/framework-floor'
import { benchServing } from './bench/serving'
import { benchPasteTyping } from './bench/paste-typing'
import type { Row } from './bench/table'

const sections: [string, () => Promise<Row[]>][] = [
  ['Matcher', benchMatcher],
  ['Header search', benchSearch],
  ['Build time', benchBuildTime],
  ['Page weight', benchPageWeight],
  ['Lighthouse (mobile)', benchLighthouse],
  ['Paste page', () => benchPasteTyping()],
  ['Serving', benchServing],
]

const { only } = parseArgs({ options: { only: { type: 'string' } } }).values
const chosen = sections.filter(([name]) => only === undefined || name.toLowerCase().startsWith(only.toLowerCase()))
if (chosen.length === 0) throw new Error(`no section named ${only}: ${sections.map(([name]) => name).join(', ')}`)

const table: string[][] = [['Measure', 'Figure', 'Target or note']]
try {
  for (const [name, run] of chosen) {
    console.error(`measuring: ${name}`)
    table.push([`**${name}**`, '', ''], ...(await run()).map((r) => [r.measure, r.value, r.note ?? ''].map((cell) => cell.replaceAll('|', '\\|'))))
  }
} finally {
  // Page weight and Lighthouse both measure the empty page; it is built once and removed here.
  await removeFrameworkFloor()
}

const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)))
const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`
console.log(`AWS Error Guide benchmark, ${new Date().toISOString()}, Node ${process.version}, ${machine}\n`)
console.log([line(table[0]!), line(widths.map((w) => '-'.repeat(w))), ...table.slice(1).map(line)].join('\n'))
