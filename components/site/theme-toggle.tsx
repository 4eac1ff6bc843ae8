/**
 * Dark theme on or off; the first choice overrides the system setting, the next one returns to it.
 * The markup only: components/reader/theme-toggle.ts gives it its behaviour from the first paint,
 * without the framework. Shown only when scripts run (`needs-script`).
 */
export function ThemeToggle() {
  return (
    // The reader script sets aria-pressed and the title from the theme before React boots, and keeps them.
    <button
      type="button"
      data-theme-toggle=""
      aria-pressed="false"
      aria-label="Dark theme"
      title="Switch to the dark theme"
      suppressHydrationWarning
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
