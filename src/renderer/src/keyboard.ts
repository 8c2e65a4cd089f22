import type { AppCommand, PaneName } from '../../shared/commands'

/** What the renderer needs of a key press; a KeyboardEvent has it. */
export interface KeyPress {
  key: string
  code: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

const PANE_KEYS: Record<string, PaneName> = { Digit1: 'library', Digit2: 'changes', Digit3: 'citation' }

/**
 * The app's own keys (the accelerators of `ACCELERATORS`), whatever the keyboard layout: panes
 * by the physical digit keys, since Shift+1 types "!" on one layout and "1" on another.
 * `typing` is true in a text field, where plain keys are text.
 */
export function commandForKey(press: KeyPress, typing: boolean): AppCommand | null {
  const command = press.ctrlKey || press.metaKey
  if (command && !press.altKey) {
    if (press.shiftKey && PANE_KEYS[press.code]) return { type: 'toggle-pane', pane: PANE_KEYS[press.code]! }
    if (!press.shiftKey && press.key.toLowerCase() === 'o') return { type: 'open-folder' }
    if (press.key === 'Enter') return { type: 'compare' }
    return null
  }
  if (press.key === 'F1' && !command && !press.altKey) return { type: 'keyboard-help' }
  if (press.key === '?' && !typing && !press.altKey) return { type: 'keyboard-help' }
  return null
}

/** Whether keys typed into this element are text (so plain letters are not commands). */
export function isTextField(element: EventTarget | null): boolean {
  if (!(element instanceof HTMLElement)) return false
  if (element.isContentEditable || element.tagName === 'TEXTAREA') return true
  if (element.tagName !== 'INPUT') return false
  // Check boxes, radio buttons and buttons take no letters: N after ticking documents is for the comparison.
  return !['checkbox', 'radio', 'button', 'submit', 'range', 'reset', 'color', 'file'].includes((element as HTMLInputElement).type)
}
