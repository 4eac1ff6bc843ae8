'use client'

import { useCallback, useEffect, useRef, useState } from 'react'
import { keepEnds, MAX_INPUT } from '@/lib/match/clean-text'
import { SEARCH_PARAM, SHARE_PARAM } from '@/lib/share/share-param'
import { DiagnosisView } from './diagnosis-view'
import { EXAMPLES } from './examples'
import { looksBinary } from './looks-binary'
import { PasteField } from './paste-field'
import { readFile } from './read-file'
import type { OcrProgress } from './recognize-image'
import { typingPause } from './typing-pause'
import { useDiagnosis } from './use-diagnosis'

// A cut paste is kept this far under the limit, so typing into it is not cut again (and lost).
const ROOM_TO_TYPE = 100_000
const CUT_NOTICE = `The text was longer than ${MAX_INPUT.toLocaleString('en')} characters: its start and its end were kept, and the middle was cut where the field says so.`
const isShareLink = (hash: string) => hash.startsWith(`#${SHARE_PARAM}=`)
const isQuery = (hash: string) => hash.startsWith(`#${SEARCH_PARAM}=`)

/** The text of a `#q=…` fragment. Browsers fill a search template form-encoded (a space as `+`); a malformed escape is kept as typed. */
function queryText(hash: string): string {
  const encoded = hash.slice(SEARCH_PARAM.length + 2).replace(/\+/g, ' ')
  try {
    return decodeURIComponent(encoded)
  } catch {
    return encoded
  }
}

/** The home page's paste box and diagnosis: everything here runs in the browser. */
export function PastePage() {
  const [text, setText] = useState('')
  const [refusals, setRefusals] = useState(0)
  const [ocr, setOcr] = useState<OcrProgress | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const { state, ask } = useDiagnosis()
  const pause = useRef<ReturnType<typeof setTimeout>>(undefined)

  const diagnose = useCallback(
    (value: string, at: 'typing' | 'paste') => {
      clearTimeout(pause.current)
      if (looksBinary(value)) {
        setMessage('That paste looks like binary data, not an error message, so it was not put in the field. Paste the error text, or a screenshot of it.')
        setRefusals((n) => n + 1)
        return
      }
      if (location.hash) history.replaceState(null, '', location.pathname + location.search)
      const cut = value.length > MAX_INPUT
      const kept = cut ? keepEnds(value, MAX_INPUT - ROOM_TO_TYPE) : value
      const empty = !kept.trim()
      setText(kept)
      // Typing into a cut text keeps the notice: the cut is still in the field.
      setMessage((shown) => (cut ? CUT_NOTICE : at === 'typing' && shown === CUT_NOTICE && !empty ? shown : null))
      if (empty) ask(null)
      else if (at === 'paste') ask({ kind: 'paste', text: kept })
      else pause.current = setTimeout(() => ask({ kind: 'paste', text: kept }), typingPause(kept.length))
    },
    [ask],
  )

  // A shared link shows the teammate's diagnosis; a query from the browser's address bar (the site
  // added as a search engine, opensearch.xml) is diagnosed as a paste. Browsers never send a fragment,
  // and diagnosing takes it out of the address. A link pasted into the address bar of a tab already on
  // this page changes only the fragment, so listen.
  useEffect(() => {
    const openFragment = () => {
      if (isShareLink(location.hash)) ask({ kind: 'link', hash: location.hash })
      else if (isQuery(location.hash)) diagnose(queryText(location.hash), 'paste')
    }
    openFragment()
    window.addEventListener('hashchange', openFragment)
    return () => window.removeEventListener('hashchange', openFragment)
  }, [ask, diagnose])

  const replaceWithRedacted = useCallback((redacted: string) => diagnose(redacted, 'paste'), [diagnose])

  const onFile = useCallback(
    async (file: File) => {
      setMessage(null)
      const read = await readFile(file, MAX_INPUT - ROOM_TO_TYPE)
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
      <PasteField text={text} refusals={refusals} onText={diagnose} onFile={onFile} ocr={ocr} message={message} />
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
      <DiagnosisView state={state} onUseRedacted={replaceWithRedacted} />
    </>
  )
}
