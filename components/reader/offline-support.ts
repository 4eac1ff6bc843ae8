/**
 * Registers /sw.js, which keeps the pages a reader has used working offline. Only on pages the build
 * finished (their framework held for later, see boot-framework.ts): in development the worker would
 * serve stale files.
 */
function register() {
  navigator.serviceWorker.register('/sw.js').catch(() => {
    // Private windows and some browsers refuse service workers; the site works the same without.
  })
}

export function registerOfflineSupport() {
  if (!('serviceWorker' in navigator)) return
  // After the page's own files: the worker's first downloads must not compete with them.
  if (document.readyState === 'complete') register()
  else addEventListener('load', register, { once: true })
}
