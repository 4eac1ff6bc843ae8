// Sets the colour theme on <html data-theme> before the page paints, so a reader who chose dark
// never sees a flash of white: the layout loads this file as a blocking script in <head>. The
// reader's choice, once made, is localStorage "theme" ("light" or "dark"); otherwise the system
// setting decides, also when it changes later. The theme toggle stores a choice and sends a
// "storage" event, the same event a change in another tab sends, so one function applies both.
;(function () {
  const system = matchMedia('(prefers-color-scheme: dark)')
  function apply() {
    let choice = null
    try {
      choice = localStorage.getItem('theme')
    } catch {
      // Storage turned off: follow the system.
    }
    document.documentElement.dataset.theme = choice === 'light' || choice === 'dark' ? choice : system.matches ? 'dark' : 'light'
  }
  apply()
  system.addEventListener('change', apply)
  addEventListener('storage', apply)
})()
