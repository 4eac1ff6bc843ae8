/**
 * Where the copy buttons of a page say how a copy went, for screen readers. The buttons themselves
 * are in the markup (code-block.tsx, copy-link-button.tsx); components/reader/copy-buttons.ts gives
 * them their behaviour from the first paint, without the framework, and writes the result here.
 */
export function CopyButtons() {
  return <p role="status" data-copy-status="" className="sr-only" suppressHydrationWarning />
}
