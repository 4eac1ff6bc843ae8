/**
 * The one script that runs before the page paints, inline in <head>: a script file would block the
 * first paint for a round trip; the build's script policy allows this script by its hash.
 *
 * - <html data-scripts>: scripts run, so controls that need them (`.needs-script`) show from the
 *   first paint, and nothing shifts when React hydrates. Without JavaScript they stay hidden.
 * - <html data-theme>: a reader who chose dark never sees a flash of white. The choice, once made,
 *   is localStorage "theme" ("light" or "dark"); otherwise the system setting decides, also when it
 *   changes later. The theme toggle stores a choice and sends a "storage" event, the same event a
 *   change in another tab sends, so one function applies both.
 */
const SOURCE = `(function () {
  var root = document.documentElement
  root.dataset.scripts = ''
  var system = matchMedia('(prefers-color-scheme: dark)')
  function apply() {
    var choice = null
    try { choice = localStorage.getItem('theme') } catch (e) {}
    root.dataset.theme = choice === 'light' || choice === 'dark' ? choice : system.matches ? 'dark' : 'light'
  }
  apply()
  system.addEventListener('change', apply)
  addEventListener('storage', apply)
})()`

export function BeforePaintScript() {
  return <script dangerouslySetInnerHTML={{ __html: SOURCE }} />
}
