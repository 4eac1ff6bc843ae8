/**
 * Copies the full address of `#id`, to paste to a teammate, once the copy-buttons script is live.
 * Without JavaScript it is not shown: the heading's own `#` link is there to copy by hand.
 * Sits at the top right of its (relatively positioned) container, beside the heading.
 */
export function CopyLinkButton({ id, label }: { id: string; label: string }) {
  return (
    <button
      type="button"
      data-copy-link={id}
      aria-label={`Copy link to ${label}`}
      className="needs-script absolute top-1 right-0 rounded border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
    >
      Copy link
    </button>
  )
}
