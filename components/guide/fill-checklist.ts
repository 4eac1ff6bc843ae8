import type { DiagnosedCheck } from '@/lib/diagnosis/types'

type Undo = () => void

/**
 * Shows a guide's own checklist (HTML highlighted at build time) tailored to one error: each
 * command line the facts change is replaced by its filled text, and the checks the facts point to
 * say "Start here". The checks come from lib/diagnosis, as on the paste page; this only puts them
 * into the page. Returns a function that puts the page back as it was.
 */
export function fillChecklist(checks: DiagnosedCheck[]): Undo {
  const undo: Undo[] = []
  for (const check of checks) {
    const item = document.getElementById(check.id)
    if (!item?.matches('ol.checklist > li')) continue
    if (check.command !== undefined) undo.push(...fillCommand(item, check.command))
    if (check.startHere) undo.push(markStart(item, check.startHere))
  }
  return () => undo.reverse().forEach((step) => step())
}

/** Line by line, so the lines the facts leave alone keep their colours. */
function fillCommand(item: HTMLElement, command: string): Undo[] {
  const filled = command.split('\n')
  const undo: Undo[] = []
  item.querySelectorAll<HTMLElement>('[data-code-block] pre .line').forEach((line, i) => {
    const text = filled[i]
    if (text === undefined || line.textContent === text) return
    const original = [...line.childNodes]
    const value = document.createElement('span')
    value.className = 'filled-line'
    value.textContent = text
    line.replaceChildren(value)
    undo.push(() => line.replaceChildren(...original))
  })
  return undo
}

function markStart(item: HTMLElement, reason: string): Undo {
  const note = document.createElement('p')
  note.className = 'start-here'
  note.textContent = reason
  item.firstElementChild?.after(note) // under the check's title
  item.dataset.startHere = ''
  return () => {
    note.remove()
    delete item.dataset.startHere
  }
}
