'use client'

import { useEffect, useRef, useState, type ClipboardEvent, type DragEvent } from 'react'
import type { OcrProgress } from './recognize-image'

type Props = {
  text: string
  /** Bumped when the page refuses what reached the field, so the field shows `text` again. */
  refusals: number
  onText: (text: string, at: 'typing' | 'paste') => void
  onFile: (file: File) => void
  ocr: OcrProgress | null
  message: string | null
}

/**
 * The field an error is pasted into. It also takes dropped or chosen .txt/.log files and
 * screenshots (an image pasted from the clipboard included); what to do with them is the page's job.
 */
export function PasteField({ text, refusals, onText, onFile, ocr, message }: Props) {
  const chooser = useRef<HTMLInputElement>(null)
  const [dragging, setDragging] = useState(false)
  const pasting = useRef(false)
  const field = useRef<HTMLTextAreaElement>(null)

  // The field is on screen before the page's scripts run: what was pasted into it by then is
  // still in the element when React takes over, and is matched now rather than lost.
  useEffect(() => {
    const early = field.current?.value
    if (early) onText(early, 'paste')
    // Once, on hydration: later text arrives through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // The field is not a controlled one: React writes a controlled textarea's whole text again as its
  // default value on every keystroke, which takes most of a second on a 2 MB paste. The page's text
  // is written in only when the page changed it (a cut, a redacted copy, an example, Clear) or refused
  // what was pasted. The
  // first run is skipped so that text pasted before hydration is read above, not overwritten.
  const hydrated = useRef(false)
  useEffect(() => {
    const element = field.current
    if (hydrated.current && element && element.value !== text) element.value = text
    hydrated.current = true
  }, [text, refusals])

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const image = [...event.clipboardData.files].find((f) => f.type.startsWith('image/'))
    if (image) {
      event.preventDefault()
      onFile(image)
    } else {
      // Leave the paste to the browser; the change that follows is matched at once, without the typing delay.
      pasting.current = true
    }
  }
  const onDrop = (event: DragEvent<HTMLTextAreaElement>) => {
    setDragging(false)
    const file = event.dataTransfer.files[0]
    if (!file) return // dropped text: the browser inserts it
    event.preventDefault()
    onFile(file)
  }

  return (
    <div>
      <label htmlFor="paste" className="block text-lg font-semibold">
        Paste an error message
      </label>
      <p id="paste-help" className="mt-1 mb-2 text-slate-700 dark:text-slate-300">
        The whole error from your terminal, log or console, or a screenshot of it. You can also drop a .txt or .log file.
      </p>
      <textarea
        id="paste"
        ref={field}
        onChange={(e) => {
          onText(e.target.value, pasting.current ? 'paste' : 'typing')
          pasting.current = false
        }}
        onPaste={onPaste}
        onDragOver={(e) => {
          if (e.dataTransfer.types.includes('Files')) {
            e.preventDefault()
            setDragging(true)
          }
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        aria-describedby="paste-help paste-privacy"
        spellCheck={false}
        autoComplete="off"
        rows={8}
        placeholder="An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::…"
        className={`block w-full resize-y rounded-lg border-2 bg-white p-3 font-mono text-sm text-slate-900 placeholder:text-slate-500 focus:border-sky-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-700 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400 ${dragging ? 'border-sky-700 border-dashed' : 'border-slate-400 dark:border-slate-600'}`}
      />
      <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
        <p id="paste-privacy" className="m-0 text-sm text-slate-700 dark:text-slate-300">
          Your text never leaves this browser: it is matched on this page and sent nowhere.
        </p>
        <div className="flex gap-2">
          <button
            type="button"
            onClick={() => chooser.current?.click()}
            className="rounded-md border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            Open a file or screenshot
          </button>
          <input
            ref={chooser}
            type="file"
            accept="image/*,.txt,.log,text/plain"
            className="sr-only"
            tabIndex={-1}
            aria-label="Error file or screenshot"
            onChange={(e) => {
              const file = e.target.files?.[0]
              if (file) onFile(file)
              e.target.value = ''
            }}
          />
          {text && (
            <button
              type="button"
              onClick={() => onText('', 'paste')}
              className="rounded-md border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
            >
              Clear
            </button>
          )}
        </div>
      </div>
      {ocr && (
        <div className="mt-3" role="status">
          <label htmlFor="ocr-progress" className="text-sm">
            Reading the screenshot in this browser: {ocr.status}
          </label>
          <progress id="ocr-progress" max={1} value={ocr.progress} className="mt-1 block h-2 w-full accent-sky-700" />
        </div>
      )}
      {message && (
        <p role="status" className="mt-3 mb-0 rounded-md border border-amber-600 p-2 text-sm" data-state="field-message">
          {message}
        </p>
      )}
    </div>
  )
}
