/**
 * The codes the models do not carry, from lists AWS publishes: one JSON file per list in
 * data/registry/lists/. A list either names its codes, or takes them from enum values in a
 * service's model (CloudFormation's stack statuses), with a pattern choosing the ones that report failure.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CodeKind, CodeSource, Fault, RegistryList } from '../../lib/registry/types'
import { enumValues, type ModelService } from './read-models'

type ListedCode = { code: string; fault?: Fault; httpStatus?: number; tool?: string; url?: string }

export type PublishedList = RegistryList & {
  service: string | null
  /** The API version of a service the models lack (EC2), for its documentation links. */
  serviceVersion?: string
  kind: CodeKind
  codes?: ListedCode[]
  fromModelEnums?: { shapes: string[]; valuesMatching: string }
}

export async function readPublishedLists(dir: string): Promise<PublishedList[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort()
  return Promise.all(files.map(async (f) => JSON.parse(await readFile(join(dir, f), 'utf8')) as PublishedList))
}

/** Every code a list names, as registry sources. */
export function codesOfList(list: PublishedList, models: ModelService[]): { code: string; source: CodeSource }[] {
  const listed = list.codes ?? enumCodes(list, models)
  return listed.map(({ code, ...facts }) => ({
    code,
    source: { kind: list.kind, ...(list.service ? { service: list.service } : {}), ...facts, from: list.id },
  }))
}

function enumCodes(list: PublishedList, models: ModelService[]): ListedCode[] {
  const { shapes, valuesMatching } = list.fromModelEnums ?? { shapes: [], valuesMatching: '' }
  const model = models.find((m) => m.sdkId === list.service)?.model
  if (!model) throw new Error(`${list.id}: no model for service ${list.service} to read ${shapes.join(', ')} from`)
  const pattern = new RegExp(valuesMatching)
  const values = enumValues(model, shapes).filter((v) => pattern.test(v))
  if (values.length === 0) throw new Error(`${list.id}: no value of ${shapes.join(', ')} matches ${valuesMatching}`)
  return values.sort().map((code) => ({ code }))
}
