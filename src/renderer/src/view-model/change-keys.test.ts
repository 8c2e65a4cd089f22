import { describe, expect, it } from 'vitest'
import { changeStep } from './change-keys'

const key = (key: string, code: string, modifiers: Partial<Record<'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
  key,
  code,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
})

describe('changeStep', () => {
  it('moves forward on N and F8, back on P and Shift+F8', () => {
    expect(changeStep(key('n', 'KeyN'))).toBe(1)
    expect(changeStep(key('F8', 'F8'))).toBe(1)
    expect(changeStep(key('p', 'KeyP'))).toBe(-1)
    expect(changeStep(key('F8', 'F8', { shiftKey: true }))).toBe(-1)
  })

  it('takes either case: Caps Lock or Shift', () => {
    expect(changeStep(key('N', 'KeyN'))).toBe(1)
    expect(changeStep(key('P', 'KeyP', { shiftKey: true }))).toBe(-1)
  })

  it('takes the key by its place on a layout without Latin letters, and a Latin N wherever it is', () => {
    expect(changeStep(key('т', 'KeyN'))).toBe(1)
    expect(changeStep(key('з', 'KeyP'))).toBe(-1)
    // AZERTY and others: the letter typed decides, not the place.
    expect(changeStep(key('n', 'KeyB'))).toBe(1)
    expect(changeStep(key('b', 'KeyN'))).toBeNull()
  })

  it('leaves shortcuts with modifiers and other keys alone', () => {
    expect(changeStep(key('n', 'KeyN', { ctrlKey: true }))).toBeNull()
    expect(changeStep(key('p', 'KeyP', { metaKey: true }))).toBeNull()
    expect(changeStep(key('n', 'KeyN', { altKey: true }))).toBeNull()
    expect(changeStep(key('x', 'KeyX'))).toBeNull()
    expect(changeStep(key('Enter', 'Enter'))).toBeNull()
  })
})
