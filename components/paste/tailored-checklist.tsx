'use client'

import { Link } from '@/components/site/link'
import type { DiagnosedCheck, UnfilledPlaceholder } from '@/lib/diagnosis/types'
import { CopyTextButton } from './copy-text-button'
import { useTicks } from './use-ticks'

/**
 * The guide's checks as a to-do list for this error: commands with the paste's values filled in,
 * the checks the facts point to first, and ticks remembered in this browser for this incident.
 */
export function TailoredChecklist({ slug, incident, code, checks }: { slug: string; incident: string; code: string; checks: DiagnosedCheck[] }) {
  const { ticked, toggle, reset } = useTicks(`${incident}:${slug}`)
  const done = checks.filter((c) => ticked.has(c.id)).length
  return (
    <section aria-label={`Checklist for ${code}`} className="mt-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h4 className="m-0 text-base font-semibold">
          Checklist{' '}
          <span className="font-normal text-slate-600 dark:text-slate-300">
            ({done} of {checks.length} done)
          </span>
        </h4>
        <button
          type="button"
          onClick={reset}
          disabled={done === 0}
          className="text-sm text-sky-800 underline disabled:text-slate-500 disabled:no-underline dark:text-sky-300 dark:disabled:text-slate-400"
        >
          Clear ticks
        </button>
      </div>
      <ol className="mt-2 space-y-3 p-0">
        {checks.map((check) => (
          <li
            key={check.id}
            data-check={check.id}
            className={`list-none rounded-md border p-3 ${check.startHere ? 'border-amber-500 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40' : 'border-slate-200 dark:border-slate-700'}`}
          >
            <div className="flex items-start gap-3">
              <input
                id={`tick-${slug}-${check.id}`}
                type="checkbox"
                checked={ticked.has(check.id)}
                onChange={(e) => toggle(check.id, e.target.checked)}
                className="mt-1 h-4 w-4 shrink-0 accent-sky-700"
              />
              <div className="min-w-0 flex-1">
                <label htmlFor={`tick-${slug}-${check.id}`} className="font-medium">
                  {check.title}
                </label>
                {check.startHere && <p className="mt-1 mb-0 text-sm font-medium text-amber-900 dark:text-amber-200">{check.startHere}</p>}
                {check.changesState && (
                  <p className="mt-2 mb-0 border-l-4 border-amber-600 pl-2 text-sm">
                    <strong>This command changes something:</strong> {check.changesState}
                  </p>
                )}
                {check.command && (
                  <div className="mt-2">
                    <pre className="m-0 overflow-x-auto rounded bg-slate-100 p-2 text-[0.8125rem] whitespace-pre-wrap break-all text-slate-900 dark:bg-slate-900 dark:text-slate-100">
                      <code>{check.command}</code>
                    </pre>
                    <div className="mt-1 text-sm">
                      <CopyTextButton text={check.command} label="Copy command" />
                    </div>
                    {check.unfilled.length > 0 && <StillToFill placeholders={check.unfilled} />}
                  </div>
                )}
                {/* A block of its own: with no command above it, an inline link ran into the title. */}
                <Link href={check.url} className="mt-1 block w-fit text-sm text-sky-800 underline dark:text-sky-300">
                  Why, and what the result means<span className="sr-only">: {check.title}</span>
                </Link>
              </div>
            </div>
          </li>
        ))}
      </ol>
    </section>
  )
}

/** What the paste could not fill: each placeholder still in the command, and the kind of value that goes there. */
function StillToFill({ placeholders }: { placeholders: UnfilledPlaceholder[] }) {
  return (
    <div className="mt-1 text-sm text-slate-600 dark:text-slate-300">
      <p className="m-0">The error did not say, so replace before running:</p>
      <ul className="m-0 mt-1 pl-5">
        {placeholders.map((p) => (
          <li key={p.name}>
            <code className="break-words">&lt;{p.name}&gt;</code> with the {p.description}
          </li>
        ))}
      </ul>
    </div>
  )
}
