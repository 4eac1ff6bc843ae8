/** True while the reader is typing somewhere: "/" is then a character, not a shortcut. */
function isTypingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/** "/" (outside text fields) and Ctrl+K or ⌘K (anywhere) open the header search. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingIn(event.target)
  return commandK || slash
}
