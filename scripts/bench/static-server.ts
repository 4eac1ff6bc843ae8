/**
 * The site as the README's start command serves it (`serve out` with `../serve.json`), on a free
 * loopback port, for the browser and load measurements.
 */
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'

export type StaticServer = { origin: string; close: () => void }

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((listening) => probe.listen(0, '127.0.0.1', listening))
  const { port } = probe.address() as { port: number }
  await new Promise((closed) => probe.close(closed))
  return port
}

/** Serves `dir` (out/, or another export with the project's serve.json one folder up). */
export async function serveOut(dir = 'out'): Promise<StaticServer> {
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const server = spawn(
    join('node_modules', '.bin', 'serve'),
    [dir, '--listen', `tcp://127.0.0.1:${port}`, '--config', '../serve.json', '--no-clipboard', '--no-port-switching'],
    { stdio: 'ignore' },
  )
  const close = () => void server.kill()
  for (let waited = 0; waited < 15_000; waited += 100) {
    if (
      await fetch(origin).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { origin, close }
    await new Promise((r) => setTimeout(r, 100))
  }
  close()
  throw new Error(`serve did not answer on ${origin} within 15 s`)
}
