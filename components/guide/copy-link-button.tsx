/**
 * Copies the full address of `#id`, to paste to a teammate, from the first paint (components/reader/copy-buttons.ts).
 * Without JavaScript it is not shown: the heading's own `#` link is there to copy by hand.
 * Sits at the top right of its (relatively positioned) container, beside the heading.
 */
export function CopyLinkButton({ id, label }: { id: string; label: string }) {
  return (
    <button
      type="button"
      data-copy-link={id}
      aria-label={`Copy link to ${label}`}
      className="needs-script absolute top-1 right-0 copy-button"
      // Its label shows how a copy went for a moment, perhaps while React hydrates.
      suppressHydrationWarning
    >
      Copy link
    </button>
  )
}
