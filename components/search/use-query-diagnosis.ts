'use client'

import { useCallback, useEffect, useRef, useState } from 'react'
import type { Diagnoser, DiagnosisState } from '@/components/paste/diagnoser'
import { typingPause } from '@/components/paste/typing-pause'
import { looksLikeError } from '@/lib/search/looks-like-error'

/**
 * The paste page's matcher, in the same worker, over what is typed or pasted into a search field
 * when it looks like an error. The worker, the catalog it reads and the code that runs it load only
 * then, so a search for words costs a page nothing more. The text goes to that worker, in this
 * page, and nowhere else.
 */
export function useQueryDiagnosis() {
  const [state, setState] = useState<DiagnosisState>({ status: 'empty' })
  const diagnoser = useRef<Promise<Diagnoser>>(undefined)
  const pause = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(
    () => () => {
      clearTimeout(pause.current)
      void diagnoser.current?.then((d) => d.stop())
    },
    [],
  )

  const diagnose = useCallback((text: string, at: 'typing' | 'paste') => {
    clearTimeout(pause.current)
    if (!looksLikeError(text)) {
      if (diagnoser.current) void diagnoser.current.then((d) => d.ask(null))
      return
    }
    // Working from now on, also while the code that asks the worker loads: Enter waits for the answer.
    setState((s) => (s.status === 'working' ? s : { status: 'working', previous: s.status === 'ready' ? s.diagnosis : undefined }))
    diagnoser.current ??= import('@/components/paste/diagnoser').then(({ createDiagnoser }) => createDiagnoser(setState))
    const ask = () => void diagnoser.current!.then((d) => d.ask({ kind: 'paste', text }))
    if (at === 'paste') ask()
    else pause.current = setTimeout(ask, typingPause(text.length))
  }, [])
  const diagnosis = state.status === 'ready' ? state.diagnosis : state.status === 'working' ? state.previous : undefined
  return { diagnosis, reading: state.status === 'working', failed: state.status === 'failed', diagnose }
}
