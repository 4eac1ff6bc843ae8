import { arnsIn, regionOfArns, repairWrappedArns } from './arn'
import { endpointFacts } from './endpoints'
import { joinHardWraps } from './hard-wraps'
import { isRegion, regionInProse } from './region'

export type KeyInOtherRegion = { keyArn: string; keyRegion: string; callRegion: string }

/**
 * A KMS key (or alias) ARN in an error whose Region is not the Region the call went to. KMS keys
 * are Regional, and services report a key they cannot reach there as denied or not found, so the
 * two Regions side by side explain an error no policy change would fix. The call's Region is read
 * with the key ARNs taken out: the endpoint it reached, then another ARN of the error, then a
 * Region in the text (`--region`).
 */
export function kmsKeyInOtherRegion(text: string): KeyInOtherRegion | undefined {
  // Most errors name no KMS ARN: spare them the passes below.
  if (!text.includes(':kms:')) return undefined
  const flat = repairWrappedArns(joinHardWraps(text).replace(/\s+/g, ' '))
  const arns = arnsIn(flat)
  const key = arns.find((arn) => arn.service === 'kms' && /^(?:key|alias)\//.test(arn.resource) && isRegion(arn.region))
  if (!key) return undefined
  let rest = flat
  for (const arn of [...arns].reverse()) rest = rest.slice(0, arn.index) + ' ' + rest.slice(arn.end)
  const others = arns.filter((arn) => arn.service !== 'kms')
  const callRegion = endpointFacts(rest).region ?? regionOfArns(...others) ?? regionInProse(rest)
  const keyRegion = key.region.toLowerCase()
  return callRegion && callRegion !== keyRegion ? { keyArn: key.text, keyRegion, callRegion } : undefined
}
