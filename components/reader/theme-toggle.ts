/**
 * The theme toggle in the header (`[data-theme-toggle]`), live from the first paint. BeforePaintScript
 * owns <html data-theme>; the button follows it, whoever changed it (this page, another tab, the system).
 */

/** The key BeforePaintScript reads: "light", "dark", or nothing to follow the system. */
const STORAGE_KEY = 'theme'
const TOGGLE = '[data-theme-toggle]'

const isDark = () => document.documentElement.dataset.theme === 'dark'

function choose(theme: 'light' | 'dark') {
  const systemTheme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
  try {
    // Choosing what the system shows means following the system again, also when it changes.
    if (theme === systemTheme) localStorage.removeItem(STORAGE_KEY)
    else localStorage.setItem(STORAGE_KEY, theme)
    dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }))
  } catch {
    // Storage turned off: the choice holds for this page only.
    document.documentElement.dataset.theme = theme
  }
}

/** The button says what it does now: pressed in the dark theme. */
function showState() {
  const dark = isDark()
  for (const button of document.querySelectorAll(TOGGLE)) {
    button.setAttribute('aria-pressed', String(dark))
    button.setAttribute('title', dark ? 'Switch to the light theme' : 'Switch to the dark theme')
  }
}

export function wireThemeToggle() {
  document.addEventListener('click', (event) => {
    if ((event.target as Element | null)?.closest(TOGGLE)) choose(isDark() ? 'light' : 'dark')
  })
  showState()
  new MutationObserver(showState).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
}
