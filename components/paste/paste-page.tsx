'use client'

import { useCallback, useEffect, useRef, useState } from 'react'
import { MAX_INPUT } from '@/lib/match/clean-text'
import { SHARE_PARAM } from '@/lib/share/share-param'
import { DiagnosisView } from './diagnosis-view'
import { EXAMPLES } from './examples'
import { looksBinary } from './looks-binary'
import { PasteField } from './paste-field'
import { readFile } from './read-file'
import type { OcrProgress } from './recognize-image'
import { useDiagnosis } from './use-diagnosis'

// Long enough to wait out a burst of keystrokes, short enough to feel live.
const TYPING_PAUSE_MS = 200
const CUT_NOTICE = `The text was cut to its first ${MAX_INPUT.toLocaleString('en')} characters.`

/** The home page's paste box and diagnosis: everything here runs in the browser. */
export function PastePage() {
  const [text, setText] = useState('')
  const [ocr, setOcr] = useState<OcrProgress | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const { state, ask } = useDiagnosis()
  const pause = useRef<ReturnType<typeof setTimeout>>(undefined)

  // A shared link: show the teammate's diagnosis (the fragment never reached the server).
  useEffect(() => {
    if (location.hash.startsWith(`#${SHARE_PARAM}=`)) ask({ kind: 'link', hash: location.hash })
  }, [ask])

  const diagnose = useCallback(
    (value: string, at: 'typing' | 'paste') => {
      clearTimeout(pause.current)
      if (looksBinary(value)) {
        setMessage('That paste looks like binary data, not an error message, so it was not put in the field. Paste the error text, or a screenshot of it.')
        return
      }
      if (location.hash) history.replaceState(null, '', location.pathname + location.search)
      const cut = value.length > MAX_INPUT
      const kept = cut ? value.slice(0, MAX_INPUT) : value
      setText(kept)
      setMessage(cut ? CUT_NOTICE : null)
      if (!kept.trim()) ask(null)
      else if (at === 'paste') ask({ kind: 'paste', text: kept })
      else pause.current = setTimeout(() => ask({ kind: 'paste', text: kept }), TYPING_PAUSE_MS)
    },
    [ask],
  )

  const onFile = useCallback(
    async (file: File) => {
      setMessage(null)
      const read = await readFile(file, MAX_INPUT)
      if (read.kind === 'refused') return setMessage(read.reason)
      if (read.kind === 'text') {
        diagnose(read.text, 'paste')
        if (read.cut) setMessage(CUT_NOTICE)
        return
      }
      setOcr({ status: 'starting', progress: 0 })
      try {
        const { recognizeImage } = await import('./recognize-image')
        const recognized = await recognizeImage(read.image, setOcr)
        if (recognized.trim()) diagnose(recognized, 'paste')
        else setMessage('No text could be read in that image. Try a sharper screenshot, or paste the text itself.')
      } catch (error) {
        setMessage(`The screenshot could not be read: ${error instanceof Error ? error.message : String(error)}`)
      } finally {
        setOcr(null)
      }
    },
    [diagnose],
  )

  return (
    <>
      <PasteField text={text} onText={diagnose} onFile={onFile} ocr={ocr} message={message} />
      {state.status === 'empty' && !text && (
        // Example buttons do nothing without script.
        <p className="needs-script mt-3 flex flex-wrap items-center gap-2 text-sm">
          <span>Or try an example:</span>
          {EXAMPLES.map((e) => (
            <button
              key={e.label}
              type="button"
              onClick={() => diagnose(e.text, 'paste')}
              className="rounded-full border border-slate-400 px-3 py-1 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
            >
              {e.label}
            </button>
          ))}
        </p>
      )}
      <DiagnosisView state={state} onUseRedacted={(redacted) => diagnose(redacted, 'paste')} />
    </>
  )
}
