/**
 * Reads services from botocore's data directory (botocore/data/<service>/<version>/service-2.json,
 * with paginators-1.json and waiters-2.json beside it): the newest version of each.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { BotocoreService } from './cli-operations'

async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T
  } catch {
    return undefined
  }
}

export async function readBotocoreServices(dataDir: string): Promise<BotocoreService[]> {
  const services: BotocoreService[] = []
  for (const entry of (await readdir(dataDir, { withFileTypes: true })).filter((e) => e.isDirectory())) {
    const versions = (await readdir(join(dataDir, entry.name), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name)
    const newest = versions.sort().at(-1)
    if (!newest) continue
    const dir = join(dataDir, entry.name, newest)
    const service = await readJson<BotocoreService['service']>(join(dir, 'service-2.json'))
    if (!service) continue
    services.push({
      name: entry.name,
      service,
      paginators: await readJson<BotocoreService['paginators']>(join(dir, 'paginators-1.json')),
      waiters: await readJson<BotocoreService['waiters']>(join(dir, 'waiters-2.json')),
    })
  }
  return services
}
