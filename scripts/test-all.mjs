#!/usr/bin/env node
// Every check the project has, in one command (`npm test`): typecheck, lint, formatting, unit tests, the
// content check, the OCR assets, the static build with its per-page script policies, the link check
// over it, and the browser tests against the exported site.
// Ends with one line, `tests: N passed, N failed`, counting every test of every suite
// (a step without its own tests, such as the typecheck, counts as one).
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const REPORTS = '.test-reports'
rmSync(REPORTS, { recursive: true, force: true })
mkdirSync(REPORTS, { recursive: true })
const bin = (name) => join('node_modules', '.bin', name)
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' }

const totals = { passed: 0, failed: 0 }
const summary = []
// Named again after the summary, so a log cut to its last lines (as CI shows it) still says what failed.
const failures = []

/**
 * Runs one step and says how it went. Its output goes straight to the terminal; with `held`, for a
 * step run beside others, it is kept and printed whole when the step ends, so steps do not interleave.
 */
function run(name, command, args, { extraEnv = {}, held = false } = {}) {
  const heading = `\n▶ ${name}: ${[command, ...args].join(' ')}`
  if (!held) console.log(heading)
  const started = Date.now()
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: held ? 'pipe' : 'inherit', env: { ...env, ...extraEnv } })
    let output = ''
    if (held) for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => (output += chunk))
    child.on('close', (status) => {
      if (held) console.log(`${heading}\n${output}`)
      done({ name, ok: status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) })
    })
  })
}

function record(name, passed, failed, seconds, note = '') {
  totals.passed += passed
  totals.failed += failed
  summary.push(
    `${failed === 0 ? 'ok  ' : 'FAIL'} ${name.padEnd(12)} ${String(passed).padStart(4)} passed ${String(failed).padStart(3)} failed  ${seconds}s${note ? `  ${note}` : ''}`,
  )
}

async function single(name, command, args) {
  const { ok, seconds } = await run(name, command, args)
  record(name, ok ? 1 : 0, ok ? 0 : 1, seconds)
  return ok
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
}

// The three static checks read files only, so they run side by side; each one's output is printed
// whole when it ends. `npm run format` fixes what the formatting check finds (.prettierrc.json).
await Promise.all(
  [
    ['typecheck', bin('tsc'), ['--noEmit']],
    ['lint', bin('eslint'), ['--max-warnings', '0', '.']],
    ['format', bin('prettier'), ['--check', '.']],
  ].map(([name, command, args]) => run(name, command, args, { held: true })),
).then((steps) => steps.forEach(({ name, ok, seconds }) => record(name, ok ? 1 : 0, ok ? 0 : 1, seconds)))

// The content check reads the guides on one core while the unit tests finish on the other: it runs
// beside them, its output held until it ends.
const contentStep = run('content', bin('tsx'), ['scripts/build-content.ts'], { held: true })
{
  const out = join(REPORTS, 'vitest.json')
  const { seconds } = await run('unit', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${out}`])
  const report = readJson(out)
  // A test file that fails to load fails the run without failing any one test: count it once.
  const unloadable = report && !report.success && report.numFailedTests === 0 ? 1 : 0
  for (const file of report?.testResults ?? []) {
    for (const test of file.assertionResults ?? [])
      if (test.status === 'failed') failures.push(`unit  ${file.name.replace(`${process.cwd()}/`, '')} › ${test.fullName}`)
    if (file.status === 'failed' && !(file.assertionResults ?? []).length) failures.push(`unit  ${file.name} did not load: ${file.message ?? ''}`.slice(0, 300))
  }
  if (report) record('unit', report.numPassedTests, report.numFailedTests + unloadable, seconds)
  else record('unit', 0, 1, seconds, 'no report: vitest did not run')
}

const { ok: contentOk, seconds: contentSeconds } = await contentStep
record('content', contentOk ? 1 : 0, contentOk ? 0 : 1, contentSeconds)
const buildOk =
  contentOk &&
  (await single('assets', 'npm', ['run', '--silent', 'assets'])) &&
  (await single('build', bin('next'), ['build'])) &&
  (await single('finish pages', bin('tsx'), ['scripts/finish-pages/finish-pages.ts']))
if (!contentOk) record('build', 0, 1, '0.0', 'not run: the content check failed')
if (buildOk) await single('links', bin('tsx'), ['scripts/check-links.ts'])
else record('links', 0, 1, '0.0', 'not run: no exported site')

if (buildOk && existsSync('out/index.html')) {
  const out = join(REPORTS, 'playwright.json')
  const { seconds } = await run('e2e', bin('playwright'), ['test'], { extraEnv: { PLAYWRIGHT_JSON_OUTPUT_NAME: out } })
  const report = readJson(out)
  const stats = report?.stats
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? [])
        if (test.status === 'unexpected') failures.push(`e2e   ${spec.file}:${spec.line} › ${[...titles, spec.title].join(' › ')}`)
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title])
  }
  for (const suite of report?.suites ?? []) walk(suite, [])
  if (stats) record('e2e', stats.expected + stats.flaky, stats.unexpected, seconds, stats.skipped ? `${stats.skipped} skipped` : '')
  else record('e2e', 0, 1, seconds, 'no report: playwright did not run')
} else {
  record('e2e', 0, 1, '0.0', 'not run: no exported site')
}

console.log(`\n${summary.join('\n')}`)
if (failures.length) console.log(`\nfailed:\n${failures.map((f) => `  ${f}`).join('\n')}`)
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`)
process.exit(totals.failed === 0 ? 0 : 1)
