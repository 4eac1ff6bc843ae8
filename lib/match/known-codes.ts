import { codeKey, codeSpellings } from './normalize-code'
import type { KnownCodes } from './types'

/** A registry code as a printed code names it, with what the registry says of it. */
export type KnownCode = {
  code: string
  /** False when it took normalising (a class suffix added or dropped, a prefix removed) to find it. */
  exact: boolean
  family: string
  kind: string
  /** Who returns it, as the SDKs name them; `*` stands for every service (a common error). */
  services: string[]
}

const lookups = new WeakMap<KnownCodes, Map<string, string>>()

/** Registry spellings by lower-cased code, built once per registry object. */
function lookupOf(known: KnownCodes): Map<string, string> {
  let lookup = lookups.get(known)
  if (!lookup) lookups.set(known, (lookup = new Map(Object.keys(known.codes).map((code) => [codeKey(code), code]))))
  return lookup
}

/**
 * The registry code a printed code is, if any. A service prefix is dropped only from a class name
 * (`Lambda.TooManyRequestsException`) or a `Client.`/`AWS.` decoration: from a dotted code
 * (`InvalidWidget.NotFound`) it would leave a bare suffix that names some other service's code.
 */
export function knownCode(known: KnownCodes | undefined, printed: string): KnownCode | undefined {
  if (!known) return undefined
  const lookup = lookupOf(known)
  const spellings = codeSpellings(printed)
  const dottedCode = /^(?!Client\.|Server\.|AWS\.)[A-Za-z]\w*\.[\w.]+$/.test(printed) && !/(?:Exception|Error|Fault)$/.test(printed)
  for (const [i, spelling] of spellings.entries()) {
    if (dottedCode && !spelling.includes('.')) continue
    const code = lookup.get(codeKey(spelling))
    const entry = code === undefined ? undefined : known.codes[code]
    if (code === undefined || !entry) continue
    const [services, , , family, kind] = entry
    return {
      code,
      exact: i === 0,
      family: known.families[family] ?? 'validation',
      kind: known.kinds[kind] ?? 'api',
      services: services.map((s) => known.services[s] ?? '*'),
    }
  }
  return undefined
}

/** How a code page's match is titled: the code and who returns it. */
export function knownCodeTitle({ code, services }: KnownCode): string {
  const names = services.map((s) => (s === '*' ? 'any AWS service' : s))
  const who = names.length > 2 ? `${names.slice(0, 2).join(', ')} and ${names.length - 2} more` : names.join(', ')
  return `${code} (${who}), no guide yet`
}
