import type { Diagnosis } from '@/lib/diagnosis/types'
import type { DiagnoseRequest, DiagnoseResponse } from './diagnose-protocol'

export type DiagnosisState =
  | { status: 'empty' }
  | { status: 'working'; previous?: Diagnosis }
  | { status: 'ready'; diagnosis: Diagnosis }
  | { status: 'bad-link' }
  | { status: 'failed'; failure: string }

export type Ask = { kind: 'paste'; text: string } | { kind: 'link'; hash: string }

export type Diagnoser = { ask: (question: Ask | null) => void; stop: () => void }

/**
 * Runs the matcher in a worker, created on the first question. Only the answer to the latest
 * question is reported; while it is computed the previous diagnosis stays, so what shows does not
 * flicker as the user edits. `report` receives each change of state as a function of the last.
 *
 * The worker gets one question at a time. A question asked while it works waits, replacing any
 * older one waiting: matching a long paste takes seconds, and a worker that answered every edit in
 * turn would fall further behind with each, using a core for answers nobody will see.
 */
export function createDiagnoser(report: (next: (state: DiagnosisState) => DiagnosisState) => void): Diagnoser {
  let worker: Worker | undefined
  let latest = 0
  let working = false
  let waiting: DiagnoseRequest | undefined
  const send = (request: DiagnoseRequest) => {
    working = true
    worker!.postMessage(request)
  }
  return {
    ask(question) {
      const id = ++latest
      waiting = undefined
      if (!question) return report(() => ({ status: 'empty' }))
      if (!worker) {
        worker = new Worker(new URL('./diagnose.worker.ts', import.meta.url), { type: 'module' })
        worker.onmessage = ({ data }: MessageEvent<DiagnoseResponse>) => {
          working = false
          const next = waiting
          waiting = undefined
          if (next) send(next)
          if (data.id !== latest) return
          if ('failure' in data) report(() => ({ status: 'failed', failure: data.failure }))
          else if (data.diagnosis) report(() => ({ status: 'ready', diagnosis: data.diagnosis! }))
          else report(() => ({ status: 'bad-link' }))
        }
      }
      report((s) => ({ status: 'working', previous: s.status === 'ready' ? s.diagnosis : s.status === 'working' ? s.previous : undefined }))
      const request = { id, ...question } satisfies DiagnoseRequest
      if (working) waiting = request
      else send(request)
    },
    stop: () => worker?.terminate(),
  }
}
