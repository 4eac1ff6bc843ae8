import type { Check } from '@/lib/catalog/schema'
import { HighlightedCode } from './code-block'
import { CopyLinkButton } from './copy-link-button'
import { InlineCode } from './inline-code'

/**
 * The guide's diagnostic checklist, from its frontmatter. Each check is its own anchor (its id),
 * with a button that copies its link, so a teammate can be pointed at one step. Commands arrive highlighted at build time.
 */
export function Checklist({ checks, highlight }: { checks: Check[]; highlight: (code: string) => string }) {
  return (
    <ol className="checklist not-prose my-6 space-y-6 p-0">
      {checks.map((check, i) => (
        <li key={check.id} id={check.id} className="check scroll-mt-20 list-none rounded-lg border border-slate-200 p-4 dark:border-slate-700">
          <div className="relative">
            <h3 className="m-0 pr-24 text-lg font-semibold">
              <a href={`#${check.id}`} className="text-inherit no-underline hover:underline">
                <span className="mr-2 text-slate-600 dark:text-slate-300">{i + 1}.</span>
                {check.title}
              </a>
            </h3>
            <CopyLinkButton id={check.id} label={`check: ${check.title}`} />
          </div>
          <p className="mt-2 mb-0 leading-relaxed">
            <InlineCode text={check.why} />
          </p>
          {check.changesState && (
            <p className="mt-2 mb-0 rounded border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-sm dark:bg-amber-950/40" data-changes-state="">
              <strong>This command changes something:</strong> {check.changesState}
            </p>
          )}
          {check.command && <HighlightedCode html={highlight(check.command)} label="Copy command" />}
        </li>
      ))}
    </ol>
  )
}
