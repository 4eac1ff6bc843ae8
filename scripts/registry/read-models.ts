/**
 * Reads the AWS API models (aws/api-models-aws: Smithy JSON, one file per service under
 * <service>/service/<version>/) into the facts the registry keeps: each service, and each error
 * code it returns with status, fault, retry traits and the operations that list it.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CodeSource, Fault } from '../../lib/registry/types'

type Traits = Record<string, unknown>
type Shape = {
  type: string
  version?: string
  traits?: Traits
  errors?: { target: string }[]
  input?: { target: string }
  operations?: { target: string }[]
  resources?: { target: string }[]
  members?: Record<string, { target?: string; traits?: Traits }>
}
export type SmithyModel = { shapes: Record<string, Shape> }

/** A service as its model describes it, before CLI and documentation names are worked out. */
export type ModelService = { sdkId: string; version: string; title?: string; model: SmithyModel }

/** Every model file: the newest version directory of each service. */
export async function readModelFiles(modelsDir: string): Promise<ModelService[]> {
  const services: ModelService[] = []
  for (const entry of (await readdir(modelsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const versionsDir = join(modelsDir, entry.name, 'service')
    const versions = await readdir(versionsDir).catch(() => [] as string[])
    const newest = versions.sort().at(-1)
    if (!newest) continue
    const files = (await readdir(join(versionsDir, newest))).filter((f) => f.endsWith('.json'))
    for (const file of files) {
      const model = JSON.parse(await readFile(join(versionsDir, newest, file), 'utf8')) as SmithyModel
      const [, service] = Object.entries(model.shapes).find(([, s]) => s.type === 'service') ?? []
      const info = service?.traits?.['aws.api#service'] as { sdkId?: string } | undefined
      if (!service || !info?.sdkId) continue
      services.push({ sdkId: info.sdkId, version: service.version ?? newest, title: service.traits?.['smithy.api#title'] as string | undefined, model })
    }
  }
  return services
}

export const shapeName = (id: string) => id.slice(id.indexOf('#') + 1)

/** Operation shape ids reachable from the service shape, directly or through its resources. */
export function reachableOperations(model: SmithyModel): string[] {
  const shapes = model.shapes
  const serviceId = Object.keys(shapes).find((id) => shapes[id]!.type === 'service')!
  const operations = new Set<string>()
  const visit = (id: string) => {
    const shape = shapes[id]
    if (!shape) return
    if (shape.type === 'operation') operations.add(id)
    for (const ref of [...(shape.operations ?? []), ...(shape.resources ?? [])]) visit(ref.target)
    // Resource lifecycle operations (create, read, …) are members named by their role.
    for (const key of ['create', 'put', 'read', 'update', 'delete', 'list'] as const) {
      const target = (shape as Record<string, unknown>)[key] as { target: string } | undefined
      if (target) visit(target.target)
    }
  }
  visit(serviceId)
  return [...operations]
}

/** Each error shape with the operations that list it. A service-level `errors` list applies to every operation. */
function operationErrors(model: SmithyModel): { serviceErrors: Set<string>; byError: Map<string, Set<string>> } {
  const shapes = model.shapes
  const service = Object.values(shapes).find((s) => s.type === 'service')!
  const byError = new Map<string, Set<string>>()
  for (const id of reachableOperations(model)) {
    for (const { target } of shapes[id]!.errors ?? []) {
      byError.set(target, (byError.get(target) ?? new Set()).add(shapeName(id)))
    }
  }
  return { serviceErrors: new Set((service.errors ?? []).map((e) => e.target)), byError }
}

/** Whether the service speaks the query protocol, or JSON that keeps query error codes (SQS). */
function speaksQuery(model: SmithyModel): boolean {
  const traits = Object.values(model.shapes).find((s) => s.type === 'service')?.traits ?? {}
  return 'aws.protocols#awsQuery' in traits || 'aws.protocols#awsQueryCompatible' in traits
}

/**
 * The codes one service's model declares. The wire code is the shape name, except where the
 * service speaks the query protocol (or is compatible with it): there `awsQueryError` gives the
 * code and its status. Other services' models may carry `awsQueryError` too, but their JSON
 * responses name the shape. Without a status in the model, Smithy's defaults apply (400 client, 500 server).
 */
export function codesOfModel(service: ModelService): { code: string; source: CodeSource }[] {
  const { serviceErrors, byError } = operationErrors(service.model)
  const query = speaksQuery(service.model)
  const found: { code: string; source: CodeSource }[] = []
  for (const [id, shape] of Object.entries(service.model.shapes)) {
    const traits = shape.traits ?? {}
    const fault = traits['smithy.api#error'] as Fault | undefined
    if (!fault) continue
    const queryError = query ? (traits['aws.protocols#awsQueryError'] as { code: string; httpResponseCode?: number } | undefined) : undefined
    const retry = traits['smithy.api#retryable'] as { throttling?: boolean } | undefined
    const name = shapeName(id)
    const code = queryError?.code ?? name
    const operations = [...(byError.get(id) ?? [])].sort()
    const source: CodeSource = {
      kind: 'api',
      service: service.sdkId,
      httpStatus: queryError?.httpResponseCode ?? (traits['smithy.api#httpError'] as number | undefined) ?? (fault === 'server' ? 500 : 400),
      fault,
      ...(retry ? { retryable: true as const } : {}),
      ...(retry?.throttling ? { throttling: true as const } : {}),
      ...(operations.length ? { operations } : {}),
      ...(serviceErrors.has(id) ? { allOperations: true as const } : {}),
      ...(code !== name ? { shape: name } : {}),
      from: 'model',
    }
    found.push({ code, source })
  }
  return found
}

/** The values of the named enum shapes of a model (`StackStatus` → `CREATE_FAILED`, …). */
export function enumValues(model: SmithyModel, shapeNames: string[]): string[] {
  const values = Object.entries(model.shapes)
    .filter(([id, shape]) => shape.type === 'enum' && shapeNames.includes(shapeName(id)))
    .flatMap(([, shape]) => Object.values(shape.members ?? {}).map((m) => m.traits?.['smithy.api#enumValue'] as string))
  return [...new Set(values)]
}
