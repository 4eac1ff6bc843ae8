import { isRegion } from './region'

/** An ARN in the paste, split into its parts; `index` and `end` are where it sits in the flattened text. */
export type Arn = {
  text: string
  index: number
  end: number
  service: string
  region: string
  account: string
  resource: string
}

const PARTITION = 'aws(?:-cn|-us-gov)?'
// People redact the region or account by hand (`<account id>`, `{region}`, `$ACCT`, `<>`), and those
// ARNs still name the service, the resource and often the region, so the fields accept placeholders.
const ARN_FIELD = '(?:<[^<>:]{0,40}>|\\{[^{}:\\s]{0,40}\\}|[^:\\s"\'<>{}]{0,40})'
// The three alternatives start with different characters, so the repetition cannot backtrack
// ambiguously. `</` is refused so an ARN inside an XML element stops at its closing tag.
const ARN_RESOURCE = '(?:[^\\s"\'<>{}()\\[\\],;\\\\|`]|<[^<>\\s/]{0,40}>|\\{[^{}\\s]{0,40}\\}){1,2048}'
const ARN_SOURCE = `arn:${PARTITION}:([a-z0-9-]{1,40}):(${ARN_FIELD}):(${ARN_FIELD}):(${ARN_RESOURCE})`
const ARN_ALL = new RegExp(ARN_SOURCE, 'g')
const ARN_STICKY = new RegExp(ARN_SOURCE, 'y')

// Hard wraps land inside ARNs too; a region split after its hyphen (`us-east-\n 1:…`) is the one
// break that can be repaired without guessing, because a region never ends in a hyphen.
const WRAPPED_ARN_REGION = new RegExp(`(arn:${PARTITION}:[a-z0-9-]{1,40}:(?:us-gov|us|eu|ap|sa|ca|me|af|il|mx|cn)-[a-z]{3,12}-) (?=\\d:)`, 'g')

function parseArn(match: RegExpExecArray): Arn | undefined {
  const [whole, service, region, account, resource] = match
  if (service === undefined || region === undefined || account === undefined || resource === undefined) return undefined
  // Sentence punctuation after an ARN belongs to the sentence, not to the resource.
  let cut = 0
  while (cut < resource.length && /[.:]/.test(resource.charAt(resource.length - 1 - cut))) cut++
  if (cut === resource.length) return undefined
  return {
    text: whole.slice(0, whole.length - cut),
    index: match.index,
    end: match.index + whole.length - cut,
    service,
    region,
    account,
    resource: resource.slice(0, resource.length - cut),
  }
}

/** The ARN that starts exactly at `position`, if one does. */
export function arnAt(text: string, position: number): Arn | undefined {
  ARN_STICKY.lastIndex = position
  const match = ARN_STICKY.exec(text)
  return match ? parseArn(match) : undefined
}

/** Every ARN in the text, in order. */
export function arnsIn(text: string): Arn[] {
  const arns: Arn[] = []
  for (const match of text.matchAll(ARN_ALL)) {
    const arn = parseArn(match)
    if (arn) arns.push(arn)
  }
  return arns
}

/** Hard-wrapped pastes: a region split after its hyphen is joined again before ARNs are read. */
export function repairWrappedArns(text: string): string {
  return text.replace(WRAPPED_ARN_REGION, '$1')
}

/** The 12-digit account of an ARN, when it has one (redacted and empty accounts do not count). */
export function accountOf(arn: Arn | undefined): string | undefined {
  return arn && /^\d{12}$/.test(arn.account) ? arn.account : undefined
}

/** The region of the first ARN that names a real one. */
export function regionOfArns(...arns: (Arn | undefined)[]): string | undefined {
  return arns.find((arn) => arn !== undefined && isRegion(arn.region))?.region.toLowerCase()
}
