/**
 * `npm run build`, one step at a time, so the benchmark can say where build time goes. The steps are
 * read from package.json, so a step added to the build is measured without touching the benchmark.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { timedCommand } from './run-command'
import { seconds } from './units'

export type StepTime = { step: string; ms: number }

export async function timedBuild(cwd: string): Promise<StepTime[]> {
  const { scripts } = JSON.parse(await readFile(join(cwd, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  const steps = scripts.build!.split('&&').map((s) => s.trim())
  const times: StepTime[] = []
  for (const step of steps) times.push({ step: step.replace(/^npm run /, ''), ms: await timedCommand(step, cwd) })
  return times
}

/** `34.0 s (content 6.1 s · next build 27.2 s · csp 0.7 s)` */
export function describeBuild(times: StepTime[]): string {
  const total = times.reduce((sum, t) => sum + t.ms, 0)
  return `${seconds(total)} (${times.map((t) => `${t.step} ${seconds(t.ms)}`).join(' · ')})`
}
