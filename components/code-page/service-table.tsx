import type { CodePageService } from '@/lib/registry/code-pages'
import { retryText } from './describe'

/** Operations that list the code, each linked to its page in the service's API reference. */
function Operations({ service }: { service: CodePageService }) {
  if (service.allOperations) return <>every operation</>
  if (service.operations.length === 0) return <>{service.moreOperations > 0 ? `${service.moreOperations} operations` : 'not listed'}</>
  return (
    <>
      {service.operations.map((op, i) => (
        <span key={op.name}>
          {i > 0 && ', '}
          <a href={op.url} rel="noreferrer" className="[overflow-wrap:anywhere]">
            {op.name}
          </a>
        </span>
      ))}
      {service.moreOperations > 0 && <> and {service.moreOperations} more</>}
    </>
  )
}

/** One row per service (or tool) that produces the code, with the facts its model or list gives. */
export function ServiceTable({ services }: { services: CodePageService[] }) {
  return (
    <div className="not-prose overflow-x-auto" tabIndex={0} role="region" aria-label="Services that return this code">
      <table className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-600">
            <th scope="col" className="py-2 pr-4">
              Service
            </th>
            <th scope="col" className="py-2 pr-4">
              HTTP
            </th>
            <th scope="col" className="py-2 pr-4">
              Fault
            </th>
            <th scope="col" className="py-2 pr-4">
              SDKs retry it
            </th>
            <th scope="col" className="py-2">
              Operations
            </th>
          </tr>
        </thead>
        <tbody>
          {services.map((s) => (
            <tr key={`${s.name}-${s.source.url}`} className="border-b border-slate-200 align-top dark:border-slate-700">
              <th scope="row" className="py-2 pr-4 font-medium">
                {s.name}
                {s.cli && <span className="block font-mono text-xs font-normal text-slate-600 dark:text-slate-300">aws {s.cli}</span>}
              </th>
              <td className="py-2 pr-4">{s.httpStatus ?? '—'}</td>
              <td className="py-2 pr-4">{s.fault ?? '—'}</td>
              <td className="py-2 pr-4">
                {retryText(s)}
                {s.throttling && ' (throttling)'}
              </td>
              <td className="py-2">
                <Operations service={s} />
                <span className="mt-1 block text-xs text-slate-600 dark:text-slate-300">
                  Source:{' '}
                  <a href={s.source.url} rel="noreferrer">
                    {s.source.title}
                  </a>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
