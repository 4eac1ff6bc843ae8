/**
 * Serving under load: autocannon for 10 s against a guide page, served by the README's start
 * command (`serve out` with `../serve.json`) on loopback.
 */
import autocannon from 'autocannon'
import type { Row } from './table'
import { serveOut } from './static-server'
import { againstTarget } from './target'

const GUIDE = '/errors/access-denied/'
const SECONDS = 10
const CONNECTIONS = 10

export async function benchServing(): Promise<Row[]> {
  const server = await serveOut()
  try {
    // Asking for gzip as browsers do: serve then compresses every response, as it would for real visitors.
    const result = await autocannon({ url: server.origin + GUIDE, duration: SECONDS, connections: CONNECTIONS, headers: { 'accept-encoding': 'gzip' } })
    const failures = result.errors + result.timeouts + result.non2xx
    return [
      {
        measure: `${GUIDE} for ${SECONDS} s, ${CONNECTIONS} connections, gzip`,
        value: `${Math.round(result.requests.average)} requests/s (mean), ${result.requests.total} in all`,
      },
      { measure: 'latency p50 · p99', value: `${result.latency.p50} ms · ${result.latency.p99} ms` },
      {
        measure: 'errors · timeouts · non-2xx',
        value: `${result.errors} · ${result.timeouts} · ${result.non2xx}`,
        note: againstTarget('zero errors', failures === 0),
      },
    ]
  } finally {
    server.close()
  }
}
