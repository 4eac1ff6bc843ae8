/**
 * `npm run bench`: measured figures, printed as one table. Speed and size goals are checked here,
 * never by timed tests.
 */
import { benchMatcher, type Row } from './bench-matcher'
import { benchSearch } from './bench/search'

const sections: [string, () => Promise<Row[]>][] = [
  ['Matcher', benchMatcher],
  ['Header search', benchSearch],
]

const lines: string[] = []
for (const [name, run] of sections) {
  const rows = await run()
  lines.push(`\n${name}`, ...rows.map((r) => `  ${r.measure.padEnd(48)} ${r.value}${r.note ? `   (${r.note})` : ''}`))
}
console.log(`AWS Error Guide benchmark, ${new Date().toISOString()}, Node ${process.version}${lines.join('\n')}`)
