import { describe, expect, it } from 'vitest'
import type { RowKind } from '../compare/align'
import { rowAtShare, rulerMarks } from './overview-ruler'

interface Change {
  row: number
  kind: RowKind
}

describe('the overview ruler', () => {
  const changes: Change[] = [
    { row: 0, kind: 'deleted' },
    { row: 1, kind: 'inserted' },
    { row: 50, kind: 'modified' },
    { row: 99, kind: 'moved' },
  ]

  it('puts each change at its share of the rows, one mark per stretch with its kinds', () => {
    const marks = rulerMarks(changes, (change) => change.row, 100, 10, (change) => change.kind)
    expect(marks).toEqual([
      { top: 0, height: 0.1, first: 0, count: 2, kinds: ['inserted', 'deleted'] },
      { top: 0.5, height: 0.1, first: 2, count: 1, kinds: ['modified'] },
      { top: 0.9, height: 0.1, first: 3, count: 1, kinds: ['moved'] },
    ])
  })

  it('marks matches without kinds, and as many stretches as the ruler has room for', () => {
    const rows = Array.from({ length: 100_000 }, (_, row) => row)
    const marks = rulerMarks(rows, (row) => row, 100_000, 300)
    expect(marks).toHaveLength(300)
    expect(marks.every((mark) => mark.kinds.length === 0)).toBe(true)
    expect(marks.reduce((sum, mark) => sum + mark.count, 0)).toBe(100_000)
  })

  it('has no marks for an empty comparison', () => {
    expect(rulerMarks(changes, (change) => change.row, 0, 10)).toEqual([])
  })

  it('turns a click between marks into the row at that height', () => {
    expect(rowAtShare(0.5, 100)).toBe(50)
    expect(rowAtShare(1, 100)).toBe(99)
    expect(rowAtShare(-0.1, 100)).toBe(0)
  })
})
