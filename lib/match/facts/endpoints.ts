import { isBucketName } from './names'
import { isRegion } from './region'
import { knownService } from './service-names'
import type { Sighting } from './pick'

type Host = { index: number; service?: string; region?: string; bucket?: string }

const HOST_SUFFIX = '.amazonaws.com'
const HOST_CHAR = /[a-z0-9.-]/

/**
 * Reads `<svc>.<region>.amazonaws.com`, `<bucket>.s3.<region>.amazonaws.com`,
 * `<bucket>.s3-<region>.amazonaws.com` and `<region>.queue.amazonaws.com`. Found by `indexOf` and a
 * bounded scan backwards, so a long run of host characters is not rescanned from every position.
 */
function* hosts(text: string): Generator<Host> {
  let from = 0
  let floor = 0
  for (;;) {
    const at = text.indexOf(HOST_SUFFIX, from)
    if (at < 0) return
    let start = at
    while (start > Math.max(floor, at - 255) && HOST_CHAR.test(text.charAt(start - 1))) start--
    from = at + HOST_SUFFIX.length
    floor = from
    const labels = text
      .slice(start, at)
      .replace(/^[.-]+/, '')
      .split('.')
      .filter((label) => label !== '')
    if (labels.length === 0) continue
    yield { index: start, ...readHost(labels) }
  }
}

function readHost(labels: string[]): Omit<Host, 'index'> {
  const regionAt = labels.findIndex((label) => isRegion(label) || (label.startsWith('s3-') && isRegion(label.replace(/^s3-(?:website-)?/, ''))))
  let serviceAt: number
  let region: string | undefined
  if (regionAt < 0) {
    serviceAt = labels.length - 1
  } else {
    const label = labels[regionAt] ?? ''
    if (label.startsWith('s3-')) {
      region = label.replace(/^s3-(?:website-)?/, '')
      serviceAt = regionAt
    } else {
      region = label
      serviceAt = regionAt - 1
      if (labels[serviceAt] === 'dualstack') serviceAt--
      // Legacy SQS hosts put the region first: `us-east-2.queue.amazonaws.com`.
      if (serviceAt < 0) serviceAt = regionAt + 1
    }
  }
  const serviceLabel = labels[serviceAt]
  const service = serviceLabel === undefined ? undefined : serviceLabel.startsWith('s3-') ? 's3' : serviceLabel.replace(/-fips$/, '')
  let bucket: string | undefined
  if (service === 's3' && serviceAt > 0) {
    const before = labels.slice(0, serviceAt)
    // PrivateLink hosts put the endpoint ID between the bucket and `s3`.
    const vpce = before.findIndex((label) => label.startsWith('vpce-'))
    const name = (vpce < 0 ? before : before.slice(0, vpce)).join('.')
    if (isBucketName(name)) bucket = name
  }
  return {
    ...(service !== undefined ? { service } : {}),
    ...(region !== undefined ? { region } : {}),
    ...(bucket !== undefined ? { bucket } : {}),
  }
}

/** What the AWS hosts in the text tell: the first known service, the first region and the first bucket, each from whichever host names it. */
export function endpointFacts(text: string): { service?: string; region?: string; bucket?: Sighting } {
  let service: string | undefined
  let region: string | undefined
  let bucket: Sighting | undefined
  for (const host of hosts(text)) {
    if (service === undefined && host.service !== undefined) service = knownService(host.service)
    if (region === undefined && host.region !== undefined) region = host.region.toLowerCase()
    if (bucket === undefined && host.bucket !== undefined) bucket = { index: host.index, value: host.bucket }
    if (service !== undefined && region !== undefined && bucket !== undefined) break
  }
  return { service, region, bucket }
}
