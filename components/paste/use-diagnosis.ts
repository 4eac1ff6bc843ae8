'use client'

import { useEffect, useState } from 'react'
import { createDiagnoser, type DiagnosisState } from './diagnoser'

export type { DiagnosisState } from './diagnoser'

/** The matcher's worker for one component (created on the first question, so the page's own script stays small), and its latest answer. */
export function useDiagnosis() {
  const [state, setState] = useState<DiagnosisState>({ status: 'empty' })
  const [{ ask, stop }] = useState(() => createDiagnoser(setState))
  useEffect(() => stop, [stop])
  return { state, ask }
}
