/**
 * `npm run bench`: measured figures, printed as one Markdown table that README's "Performance"
 * section takes as it is. Speed and size goals are checked here, never by timed tests.
 * Build time runs before the page sections: they measure the out/ it has just built.
 */
import { cpus } from 'node:os'
import { benchMatcher } from './bench/matcher'
import { benchSearch } from './bench/search'
import { benchBuildTime } from './bench/build-time'
import { benchLighthouse } from './bench/lighthouse'
import { benchPageWeight } from './bench/page-weight'
import { benchServing } from './bench/serving'
import type { Row } from './bench/table'

const sections: [string, () => Promise<Row[]>][] = [
  ['Matcher', benchMatcher],
  ['Header search', benchSearch],
  ['Build time', benchBuildTime],
  ['Page weight', benchPageWeight],
  ['Lighthouse (mobile)', benchLighthouse],
  ['Serving', benchServing],
]

const table: string[][] = [['Measure', 'Figure', 'Target or note']]
for (const [name, run] of sections) {
  console.error(`measuring: ${name}`)
  table.push([`**${name}**`, '', ''], ...(await run()).map((r) => [r.measure, r.value, r.note ?? ''].map((cell) => cell.replaceAll('|', '\\|'))))
}

const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)))
const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`
console.log(`AWS Error Guide benchmark, ${new Date().toISOString()}, Node ${process.version}, ${machine}\n`)
console.log([line(table[0]!), line(widths.map((w) => '-'.repeat(w))), ...table.slice(1).map(line)].join('\n'))
