/**
 * Registers /sw.js, which keeps the pages a reader has used working offline. Only on pages the build
 * finished (their framework held for later, see boot-framework.ts): in development the worker would
 * serve stale files.
 *
 * A page read on a phone may never boot its framework online, so the worker would not have its files
 * to boot it offline. Once the worker controls the page, the page asks it to keep them (fixed,
 * content-hashed names, fetched once per deploy), unless the reader asks to save data.
 */
function register(heldFiles: string[]) {
  navigator.serviceWorker.register('/sw.js').catch(() => {
    // Private windows and some browsers refuse service workers; the site works the same without.
  })
  const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true
  if (!saveData && heldFiles.length > 0) navigator.serviceWorker.controller?.postMessage({ keep: heldFiles })
}

export function registerOfflineSupport(heldFiles: string[]) {
  if (!('serviceWorker' in navigator)) return
  // After the page's own files: the worker's first downloads must not compete with them.
  if (document.readyState === 'complete') register(heldFiles)
  else addEventListener('load', () => register(heldFiles), { once: true })
}
