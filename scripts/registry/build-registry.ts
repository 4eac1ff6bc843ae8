/**
 * Regenerates data/registry/registry.json, every AWS error code as facts:
 *   npm run registry -- <models-dir> [--lists data/registry/lists] [--out data/registry/registry.json]
 * <models-dir> is a checkout of github.com/aws/api-models-aws (Smithy JSON, one directory per service).
 */
import { readFile, writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { assembleRegistry, serializeRegistry } from './assemble'
import { readPublishedLists } from './published-lists'
import { readModelFiles } from './read-models'
import type { NameExceptions } from './service-names'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lists: { type: 'string', default: 'data/registry/lists' },
    names: { type: 'string', default: 'data/registry/service-names.json' },
    out: { type: 'string', default: 'data/registry/registry.json' },
  },
})
const modelsDir = positionals[0]
if (!modelsDir) {
  console.error('usage: npm run registry -- <models-dir>   (a checkout of github.com/aws/api-models-aws)')
  process.exit(2)
}

const models = await readModelFiles(modelsDir)
if (models.length === 0) {
  console.error(`${modelsDir}: no service models found (expected <service>/service/<version>/<file>.json)`)
  process.exit(1)
}
const lists = await readPublishedLists(values.lists)
const names = JSON.parse(await readFile(values.names, 'utf8')) as NameExceptions
const registry = assembleRegistry(models, lists, names)
await writeFile(values.out, serializeRegistry(registry))

const pairs = new Set(registry.codes.flatMap((c) => c.sources.map((s) => `${s.service ?? s.tool}\u0000${c.code}`))).size
console.log(
  `registry: ${registry.services.length} services (${models.length} from models), ${registry.codes.length} codes, ${pairs} (service, code) pairs → ${values.out}`,
)
