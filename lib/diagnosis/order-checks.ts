import { PLACEHOLDERS, type Placeholder } from '../catalog/placeholders'
import type { GuideCheck } from '../catalog/public-catalog'
import { signalReason, type Signal } from '../catalog/signals'
import { fillCommand, placeholderValues, unfilledIn } from './fill-placeholders'
import type { Facts } from '../match/types'
import type { DiagnosedCheck } from './types'

/**
 * The checklist of a guide (or of a code page, which has the same shape) tailored to one paste:
 * commands filled with the facts, and the checks the facts point to moved to the top (in the order of the signals, strongest first), each saying why.
 */
export function orderChecks(guide: { url: string; checks: GuideCheck[] }, facts: Facts, signals: Signal[]): DiagnosedCheck[] {
  const rankOf = (firstWhen: Signal[] | undefined) => {
    const ranks = (firstWhen ?? []).map((s) => signals.indexOf(s)).filter((r) => r >= 0)
    return ranks.length ? Math.min(...ranks) : Infinity
  }
  const checks = guide.checks.map((check, position) => {
    const rank = rankOf(check.firstWhen)
    const command = check.command === undefined ? undefined : fillCommand(check.command, placeholderValues(facts, check.reads)).trimEnd()
    const diagnosed: DiagnosedCheck = {
      id: check.id,
      title: check.title,
      url: `${guide.url}#${check.id}`,
      ...(command === undefined ? {} : { command }),
      ...(check.changesState ? { changesState: check.changesState } : {}),
      // Placeholders in a comment are prose, not something to replace.
      unfilled: command === undefined ? [] : unfilledIn(command).map((name) => ({ name, description: PLACEHOLDERS[name as Placeholder].description })),
      ...(rank < Infinity ? { startHere: `Start here: ${signalReason(signals[rank]!)}.` } : {}),
    }
    return { diagnosed, rank, position }
  })
  return checks.sort((a, b) => a.rank - b.rank || a.position - b.position).map((c) => c.diagnosed)
}
