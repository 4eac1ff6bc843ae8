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
 */
export function createDiagnoser(report: (next: (state: DiagnosisState) => DiagnosisState) => void): Diagnoser {
  let worker: Worker | undefined
  let latest = 0
  return {
    ask(question) {
      const id = ++latest
      if (!question) return report(() => ({ status: 'empty' }))
      if (!worker) {
        worker = new Worker(new URL('./diagnose.worker.ts', import.meta.url), { type: 'module' })
        worker.onmessage = ({ data }: MessageEvent<DiagnoseResponse>) => {
          if (data.id !== latest) return
          if ('failure' in data) report(() => ({ status: 'failed', failure: data.failure }))
          else if (data.diagnosis) report(() => ({ status: 'ready', diagnosis: data.diagnosis! }))
          else report(() => ({ status: 'bad-link' }))
        }
      }
      report((s) => ({ status: 'working', previous: s.status === 'ready' ? s.diagnosis : s.status === 'working' ? s.previous : undefined }))
      worker.postMessage({ id, ...question } satisfies DiagnoseRequest)
    },
    stop: () => worker?.terminate(),
  }
}
