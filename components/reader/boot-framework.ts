/**
 * Boots the framework when the reader needs it, not on every load.
 *
 * The build (scripts/finish-pages/framework-on-demand.ts) holds each page's framework scripts: its
 * chunk files in a <template data-framework>, its inline scripts (the page's React payload) in a
 * file beside the page that the template names. The page is complete HTML, and reading it neither
 * downloads that payload nor runs framework code. They are fetched and started (re-created, so the
 * page's script policy checks them by their hashes as before) when the reader shows intent to use
 * what needs them:
 *
 * - focus in a field (the header search, the paste box, the /errors filter), or the search shortcut;
 * - a click on a button the reader script does not answer itself (the example pastes, a file),
 *   clicked again for the reader once the page is live; an image pasted or a file dropped, likewise;
 * - an address with something for the page to read: a query (`/errors/?q=`), facts in the fragment
 *   (`#diagnosis=…`), or a fragment that names no element (an old anchor the page redirects);
 * - a page that asks for it at load (`<meta name="framework-boot" content="load">`: the 404 page);
 * - idle time after load on a desktop-class device (a fine pointer that hovers) that does not ask to
 *   save data: there booting costs the reader nothing they notice, and the search then answers the
 *   first key at once. Phones boot on intent only.
 *
 * Nothing typed or pasted before boot is lost: the fields keep their text, and the components read
 * it when they hydrate.
 */
import { isSearchShortcut } from '@/components/search/search-shortcut'
import { SHARE_PARAM } from '@/lib/share/share-param'

const HELD = 'template[data-framework]'
// Buttons the reader script answers without the framework.
const ANSWERED_HERE = '[data-copy], [data-copy-link], [data-theme-toggle]'
const FIELDS = 'input, textarea, select'
const IDLE_TIMEOUT_MS = 3000

const root = document.documentElement
const hydrated = () => root.hasAttribute('data-hydrated')

let booted = false

/** The page's held inline scripts, from the file the template names. */
async function heldInlineScripts(held: HTMLTemplateElement): Promise<HTMLScriptElement[]> {
  const url = held.dataset.payload
  if (!url) return []
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: ${response.status}`)
  const parsed = document.createElement('template')
  parsed.innerHTML = await response.text()
  return [...parsed.content.querySelectorAll('script')]
}

/**
 * Starts the held scripts: the inline ones first, in their order, as they ran before any async chunk
 * loaded; then the chunk files, loading async as they were built. If the payload cannot be fetched
 * (offline, never fetched before) the page stays a page to read, and the next intent tries again.
 */
async function bootFramework() {
  if (booted) return
  const held = document.querySelector<HTMLTemplateElement>(HELD)
  if (!held) return
  booted = true
  let inline: HTMLScriptElement[]
  try {
    inline = await heldInlineScripts(held)
  } catch {
    booted = false
    return
  }
  for (const original of [...inline, ...held.content.querySelectorAll('script')]) {
    const script = document.createElement('script')
    for (const { name, value } of original.attributes) script.setAttribute(name, value)
    script.text = original.text
    document.body.append(script)
  }
  held.remove()
}

/** Runs `action` once React has taken over the page (HydrationMark sets the mark). */
function afterHydration(action: () => void) {
  if (hydrated()) return action()
  new MutationObserver((_, observer) => {
    if (!hydrated()) return
    observer.disconnect()
    action()
  }).observe(root, { attributes: true, attributeFilter: ['data-hydrated'] })
}

function transferOf(files: File[]): DataTransfer {
  const transfer = new DataTransfer()
  for (const file of files) transfer.items.add(file)
  return transfer
}

/** What the address asks of the page: facts to fill in, a query to read, or an old anchor to follow. */
function addressNeedsFramework(): boolean {
  if (location.search !== '') return true
  const fragment = location.hash.slice(1)
  if (fragment === '') return false
  if (fragment.split('&').some((part) => part.startsWith(`${SHARE_PARAM}=`))) return true
  try {
    return document.getElementById(decodeURIComponent(fragment)) === null
  } catch {
    return true
  }
}

/** After the first frame, as the framework's scripts started before this script existed; at once in a hidden tab, which gets no frames. */
function bootAfterPaint() {
  if (document.visibilityState === 'hidden') bootFramework()
  else requestAnimationFrame(() => setTimeout(bootFramework, 0))
}

function bootWhenIdle() {
  const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true
  if (saveData || !matchMedia('(hover: hover) and (pointer: fine)').matches) return
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(bootFramework, { timeout: IDLE_TIMEOUT_MS }) : setTimeout(bootFramework, 0))
  if (document.readyState === 'complete') idle()
  else addEventListener('load', idle, { once: true })
}

function wireIntents() {
  document.addEventListener('focusin', (event) => {
    if ((event.target as Element | null)?.matches?.(FIELDS)) bootFramework()
  })
  document.addEventListener('keydown', (event) => {
    if (hydrated() || !isSearchShortcut(event)) return
    const search = document.querySelector<HTMLInputElement>('form[role="search"] input')
    if (!search) return
    event.preventDefault()
    search.focus()
    search.select()
  })
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest('button')
    if (hydrated() || !button || button.matches(ANSWERED_HERE)) return
    bootFramework()
    afterHydration(() => button.isConnected && button.click())
  })
  // An image pasted or a file dropped into the paste box before boot: handed over once the page is live.
  document.addEventListener('paste', (event) => {
    const files = [...(event.clipboardData?.files ?? [])]
    if (hydrated() || files.length === 0 || !event.target) return
    event.preventDefault()
    bootFramework()
    const target = event.target
    afterHydration(() => target.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: transferOf(files) })))
  })
  document.addEventListener('dragover', (event) => {
    if (hydrated() || !(event.target as Element | null)?.closest?.('textarea') || !event.dataTransfer?.types.includes('Files')) return
    event.preventDefault() // lets the file drop here rather than open in the tab
    bootFramework()
  })
  document.addEventListener('drop', (event) => {
    const field = (event.target as Element | null)?.closest?.('textarea')
    const files = [...(event.dataTransfer?.files ?? [])]
    if (hydrated() || !field || files.length === 0) return
    event.preventDefault()
    bootFramework()
    afterHydration(() => field.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transferOf(files) })))
  })
  addEventListener('hashchange', () => addressNeedsFramework() && bootFramework())
}

/** The files the page holds for its framework (its chunks and its payload): none on a page the build did not finish (development). */
export function heldScriptFiles(): string[] {
  const held = document.querySelector<HTMLTemplateElement>(HELD)
  if (!held) return []
  const chunks = [...held.content.querySelectorAll('script[src]')].map((script) => script.getAttribute('src')!)
  return held.dataset.payload ? [...chunks, held.dataset.payload] : chunks
}

/** Wires the boot of a page whose framework the build held; false for a page that holds none (development). */
export function bootFrameworkIfHeld(): boolean {
  if (document.querySelector(HELD) === null) return false
  wireIntents()
  if (document.querySelector('meta[name="framework-boot"][content="load"]') || addressNeedsFramework()) bootAfterPaint()
  else bootWhenIdle()
  return true
}
