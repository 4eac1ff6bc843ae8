'use client'

import { useCallback, useEffect, useRef, useState } from 'react'
import type { Diagnosis } from '@/lib/diagnosis/types'
import type { DiagnoseRequest, DiagnoseResponse } from './diagnose-protocol'

export type DiagnosisState =
  | { status: 'empty' }
  | { status: 'working'; previous?: Diagnosis }
  | { status: 'ready'; diagnosis: Diagnosis }
  | { status: 'bad-link' }
  | { status: 'failed'; failure: string }

type Ask = { kind: 'paste'; text: string } | { kind: 'link'; hash: string }

/**
 * Runs the matcher in a worker, created on first use so the page's own script stays small. Only the
 * answer to the latest question is shown; while it is computed the previous diagnosis stays on
 * screen, so the cards do not flicker as the user edits.
 */
export function useDiagnosis() {
  const worker = useRef<Worker | null>(null)
  const latest = useRef(0)
  const [state, setState] = useState<DiagnosisState>({ status: 'empty' })

  useEffect(() => () => worker.current?.terminate(), [])

  const ask = useCallback((question: Ask | null) => {
    const id = ++latest.current
    if (!question) {
      setState({ status: 'empty' })
      return
    }
    if (!worker.current) {
      worker.current = new Worker(new URL('./diagnose.worker.ts', import.meta.url), { type: 'module' })
      worker.current.onmessage = ({ data }: MessageEvent<DiagnoseResponse>) => {
        if (data.id !== latest.current) return
        if ('failure' in data) setState({ status: 'failed', failure: data.failure })
        else if (data.diagnosis) setState({ status: 'ready', diagnosis: data.diagnosis })
        else setState({ status: 'bad-link' })
      }
    }
    setState((s) => ({ status: 'working', previous: s.status === 'ready' ? s.diagnosis : s.status === 'working' ? s.previous : undefined }))
    worker.current.postMessage({ id, ...question } satisfies DiagnoseRequest)
  }, [])

  return { state, ask }
}
