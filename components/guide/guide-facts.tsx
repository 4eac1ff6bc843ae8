import { FAMILIES } from '@/lib/catalog/families'
import { formatDate, formatHttpStatus, SKILL_LEVELS } from '@/lib/catalog/format'
import type { GuideEntry } from '@/lib/catalog/types'

/** The guide's catalog entry at a glance, under its title. */
export function GuideFacts({ guide }: { guide: GuideEntry }) {
  const rows: [string, React.ReactNode][] = [
    [
      guide.codes.length > 1 ? 'Codes' : 'Code',
      <ul key="codes" className="flex flex-wrap gap-1.5">
        {guide.codes.map((code) => (
          <li key={code} className="max-w-full min-w-0">
            {/* break-word, not anywhere: a code moves to the next line whole, and breaks only if no line can hold it. */}
            <code className="rounded bg-slate-100 px-1.5 py-0.5 text-[0.8125rem] [overflow-wrap:break-word] dark:bg-slate-800">{code}</code>
          </li>
        ))}
      </ul>,
    ],
    ['Family', FAMILIES[guide.family].label],
    ['Services', guide.services.join(', ')],
    ['HTTP status', formatHttpStatus(guide.httpStatus)],
    ['Skill level', SKILL_LEVELS[guide.skillLevel]],
    ['Time to fix', guide.timeToFix],
    [
      'Last reviewed',
      <time key="reviewed" dateTime={guide.lastReviewed}>
        {formatDate(guide.lastReviewed)}
      </time>,
    ],
  ]
  return (
    // On a phone, each term sits above its value, so codes get the full width.
    <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_minmax(0,1fr)] sm:gap-y-2 rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-700">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium text-slate-600 dark:text-slate-300">{term}</dt>
          <dd className="m-0">{value}</dd>
        </div>
      ))}
    </dl>
  )
}
