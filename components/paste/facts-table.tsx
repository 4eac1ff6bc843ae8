import type { FactRow } from '@/lib/diagnosis/types'

// Facts written as words rather than identifiers read better in the body font.
const PROSE = new Set<FactRow['key']>(['denyReason', 'accessKeyKind'])

/** What the error says about the failing call, one row per fact, long ARNs wrapping rather than overflowing. */
export function FactsTable({ rows, caption }: { rows: FactRow[]; caption: string }) {
  if (!rows.length) return null
  return (
    <table className="mt-3 w-full border-collapse text-sm">
      <caption className="sr-only">{caption}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-t border-slate-200 align-top dark:border-slate-700">
            <th scope="row" className="w-36 py-1.5 pr-3 text-left font-medium text-slate-600 dark:text-slate-300">
              {row.label}
            </th>
            <td className={`py-1.5 ${PROSE.has(row.key) ? '' : 'font-mono text-[0.8125rem] break-all'}`} data-fact={row.key}>
              {row.value}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
