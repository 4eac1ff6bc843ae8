// Long enough to wait out a burst of keystrokes, short enough to feel live.
const SHORT_TEXT_PAUSE_MS = 200
// The browser's own work for a keystroke grows with the text in the field (it lays the text out
// again), so on a long paste the gaps between a reader's keys grow too, and matching such a text
// takes about a second per megabyte. 0.25 ms per thousand characters waits out those longer gaps:
// a 2 MB paste waits 0.7 s instead of starting a match of seconds at every key.
const MS_PER_CHARACTER = 1 / 4000

/** How long typing must pause before the text is matched. */
export function typingPause(textLength: number): number {
  return SHORT_TEXT_PAUSE_MS + Math.round(textLength * MS_PER_CHARACTER)
}
