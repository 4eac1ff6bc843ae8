/**
 * The copy buttons of guides and code pages: commands in code blocks, and links to sections and
 * checks. One delegated listener serves every button, from the first paint on, whether or not the
 * framework has booted. The result shows on the button and, for screen readers, in the page's
 * `[data-copy-status]` message.
 */
import { splitGuideHash, withFacts } from '@/lib/share/share-param'

const BUTTONS = '[data-copy], [data-copy-link]'
const SHOW_RESULT_MS = 1500

/** Copies what the button stands for and says how it went, in a word or two. */
async function copyFor(button: HTMLButtonElement): Promise<string | undefined> {
  const anchor = button.dataset.copyLink
  if (anchor !== undefined) {
    // A guide filled in with an error's facts passes them on: the teammate opens the check filled in too.
    const { share } = splitGuideHash(location.hash)
    const link = new URL(share ? withFacts(`#${anchor}`, share) : `#${anchor}`, location.href).href
    try {
      await navigator.clipboard.writeText(link)
      return 'Copied'
    } catch {
      // No clipboard: put the link where the reader can copy it.
      location.hash = new URL(link).hash
      return 'Link in address bar'
    }
  }
  const code = button.closest('[data-code-block]')?.querySelector('pre')
  if (!code) return undefined
  try {
    await navigator.clipboard.writeText(code.innerText.trimEnd())
    return 'Copied'
  } catch {
    const range = document.createRange()
    range.selectNodeContents(code)
    getSelection()?.removeAllRanges()
    getSelection()?.addRange(range)
    return 'Press Ctrl+C'
  }
}

export function wireCopyButtons() {
  // A button's own label, read before its first click: a second click while "Copied" shows must not make that the label.
  const labels = new WeakMap<HTMLButtonElement, string | null>()
  document.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>(BUTTONS)
    if (!button) return
    if (!labels.has(button)) labels.set(button, button.textContent)
    const result = await copyFor(button)
    if (!result) return
    const status = document.querySelector('[data-copy-status]')
    button.textContent = result
    if (status) status.textContent = result
    setTimeout(() => {
      button.textContent = labels.get(button) ?? null
      // Emptied so that the next copy is announced again.
      if (status) status.textContent = ''
    }, SHOW_RESULT_MS)
  })
}
