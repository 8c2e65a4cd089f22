import { describe, expect, it } from 'vitest'
import { commandForKey, type KeyPress } from './keyboard'

const press = (key: string, code: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({ key, code, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers })

describe('commandForKey', () => {
  it('toggles the panes by the digit keys whatever the layout types with Shift', () => {
    expect(commandForKey(press('!', 'Digit1', { ctrlKey: true, shiftKey: true }), false)).toEqual({ type: 'toggle-pane', pane: 'library' })
    expect(commandForKey(press('2', 'Digit2', { metaKey: true, shiftKey: true }), true)).toEqual({ type: 'toggle-pane', pane: 'changes' })
    expect(commandForKey(press('#', 'Digit3', { ctrlKey: true, shiftKey: true }), false)).toEqual({ type: 'toggle-pane', pane: 'citation' })
  })

  it('leaves AltGr (Ctrl+Alt) combinations to the keyboard: they type characters', () => {
    expect(commandForKey(press('@', 'Digit2', { ctrlKey: true, altKey: true }), true)).toBeNull()
    expect(commandForKey(press('o', 'KeyO', { ctrlKey: true, altKey: true }), false)).toBeNull()
  })

  it('opens a folder with Ctrl+O in either case, compares with Ctrl+Enter', () => {
    expect(commandForKey(press('O', 'KeyO', { ctrlKey: true }), false)).toEqual({ type: 'open-folder' })
    expect(commandForKey(press('Enter', 'Enter', { ctrlKey: true }), true)).toEqual({ type: 'compare' })
    expect(commandForKey(press('o', 'KeyO'), false)).toBeNull()
  })

  it('shows the keyboard help with F1 anywhere and ? outside text fields', () => {
    expect(commandForKey(press('F1', 'F1'), true)).toEqual({ type: 'keyboard-help' })
    expect(commandForKey(press('?', 'Slash', { shiftKey: true }), false)).toEqual({ type: 'keyboard-help' })
    expect(commandForKey(press('?', 'Slash', { shiftKey: true }), true)).toBeNull()
  })
})
