/**
 * Runs a shell command as npm scripts do (the project's binaries on PATH, no telemetry) and says how
 * long it took. Its output is kept and shown only if it fails, so the table stays readable.
 */
import { spawn } from 'node:child_process'
import { delimiter, resolve } from 'node:path'

export async function timedCommand(command: string, cwd: string): Promise<number> {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PATH: `${resolve(cwd, 'node_modules', '.bin')}${delimiter}${process.env.PATH}` }
  const started = performance.now()
  const child = spawn(command, { cwd, env, shell: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk))
  const code = await new Promise<number | null>((done) => child.on('close', done))
  if (code !== 0) throw new Error(`\`${command}\` failed in ${cwd} (exit ${code}):\n${output.slice(-4000)}`)
  return performance.now() - started
}
