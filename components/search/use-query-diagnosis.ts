'use client'

import { useCallback, useEffect, useRef } from 'react'
import { useDiagnosis } from '@/components/paste/use-diagnosis'
import { looksLikeError } from '@/lib/search/looks-like-error'

// Long enough to wait out a burst of keystrokes, short enough to feel live (as on the paste page).
const TYPING_PAUSE_MS = 200

/**
 * The paste page's matcher, in the same worker, over what is typed or pasted into a search field
 * when it looks like an error. The worker (and the catalog it reads) starts only then, so a search
 * for words costs nothing more. The text goes to that worker, in this page, and nowhere else.
 */
export function useQueryDiagnosis() {
  const { state, ask } = useDiagnosis()
  const pause = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(pause.current), [])

  const diagnose = useCallback(
    (text: string, at: 'typing' | 'paste') => {
      clearTimeout(pause.current)
      if (!looksLikeError(text)) ask(null)
      else if (at === 'paste') ask({ kind: 'paste', text })
      else pause.current = setTimeout(() => ask({ kind: 'paste', text }), TYPING_PAUSE_MS)
    },
    [ask],
  )
  const diagnosis = state.status === 'ready' ? state.diagnosis : state.status === 'working' ? state.previous : undefined
  return { diagnosis, reading: state.status === 'working', failed: state.status === 'failed', diagnose }
}
