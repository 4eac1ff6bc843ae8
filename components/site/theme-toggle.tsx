'use client'

import { useSyncExternalStore } from 'react'

/** The key BeforePaintScript reads: "light", "dark", or nothing to follow the system. */
const STORAGE_KEY = 'theme'

/** BeforePaintScript owns <html data-theme>; the button follows it, whoever changed it. */
function onThemeChange(notify: () => void) {
  const observer = new MutationObserver(notify)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
  return () => observer.disconnect()
}

const isDark = () => document.documentElement.dataset.theme === 'dark'
// The server cannot know the theme; until hydration the icon follows it through CSS.
const notKnownYet = () => null

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

/** Dark theme on or off; the first choice overrides the system setting, the next one returns to it. */
export function ThemeToggle() {
  const dark = useSyncExternalStore<boolean | null>(onThemeChange, isDark, notKnownYet)
  return (
    <button
      type="button"
      aria-pressed={dark === true}
      aria-label="Dark theme"
      title={dark ? 'Switch to the light theme' : 'Switch to the dark theme'}
      onClick={() => choose(dark ? 'light' : 'dark')}
      className="needs-script ml-4 rounded-md border border-slate-300 p-1.5 text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
    >
      {/* A sun in the dark theme, a moon in the light one. */}
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        width="18"
        height="18"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        className="hidden dark:block"
      >
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </svg>
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        width="18"
        height="18"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        className="dark:hidden"
      >
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
      </svg>
    </button>
  )
}
