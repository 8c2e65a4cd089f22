import { describe, expect, it } from 'vitest'
import { listKeyTarget } from './list-keys'

describe('listKeyTarget', () => {
  it('moves by one, to the ends and by a page, within the list', () => {
    expect(listKeyTarget('ArrowDown', 3, 10, 4)).toBe(4)
    expect(listKeyTarget('ArrowUp', 3, 10, 4)).toBe(2)
    expect(listKeyTarget('Home', 3, 10, 4)).toBe(0)
    expect(listKeyTarget('End', 3, 10, 4)).toBe(9)
    expect(listKeyTarget('PageDown', 3, 10, 4)).toBe(7)
    expect(listKeyTarget('PageDown', 8, 10, 4)).toBe(9)
    expect(listKeyTarget('PageUp', 3, 10, 4)).toBe(0)
    expect(listKeyTarget('ArrowDown', 9, 10, 4)).toBe(9)
  })

  it('starts at the first option when there is no cursor yet', () => {
    expect(listKeyTarget('ArrowDown', -1, 10, 4)).toBe(0)
    expect(listKeyTarget('ArrowUp', -1, 10, 4)).toBe(0)
  })

  it('leaves other keys and empty lists alone', () => {
    expect(listKeyTarget('Enter', 3, 10, 4)).toBeNull()
    expect(listKeyTarget('a', 3, 10, 4)).toBeNull()
    expect(listKeyTarget('ArrowDown', -1, 0, 4)).toBeNull()
  })
})
