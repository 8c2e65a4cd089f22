import { describe, expect, it } from 'vitest'
import { estimateTextHeight, everyRow, referencesIn } from './table-rows'

describe('everyRow', () => {
  it('shows each comparison row at its own position', () => {
    const model = everyRow(3)
    expect(model.rows).toEqual([
      { kind: 'compared', row: 0 },
      { kind: 'compared', row: 1 },
      { kind: 'compared', row: 2 },
    ])
    expect(model.positionOf(2)).toBe(2)
    expect(model.positionOf(3)).toBe(-1)
    expect(model.positionOf(-1)).toBe(-1)
  })
})

describe('estimateTextHeight', () => {
  const metrics = { charWidth: 8, lineHeight: 24 }
  it('counts the lines a text wraps to', () => {
    expect(estimateTextHeight(0, 400, metrics)).toBe(0)
    expect(estimateTextHeight(50, 400, metrics)).toBe(24)
    expect(estimateTextHeight(51, 400, metrics)).toBe(48)
    // A column narrower than a character still sets one per line.
    expect(estimateTextHeight(3, 2, metrics)).toBe(72)
  })
})

describe('referencesIn', () => {
  it('gathers the references of the given paragraphs, in their order', () => {
    const grouped = new Map([
      [1, ['a', 'b']],
      [3, ['c']],
    ])
    expect(referencesIn(grouped, [3, 2, 1])).toEqual(['c', 'a', 'b'])
    expect(referencesIn(grouped, [])).toEqual([])
  })
})
