/** What a key press says, as the browser reports it (KeyboardEvent's fields). */
export interface KeyPress {
  key: string
  code: string
  shiftKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
}

/**
 * Which way a key moves through the changes: N or F8 forward, P or Shift+F8 back, in either case
 * (Caps Lock, Shift) and on any keyboard layout (by the key's place when it types no Latin letter).
 */
export function changeStep(press: KeyPress): 1 | -1 | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null
  if (press.key === 'F8') return press.shiftKey ? -1 : 1
  const latin = /^[a-z]$/i.test(press.key)
  const letter = latin ? press.key.toLowerCase() : press.code === 'KeyN' ? 'n' : press.code === 'KeyP' ? 'p' : ''
  return letter === 'n' ? 1 : letter === 'p' ? -1 : null
}
