import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareParagraphs } from './compare'
import { alignOnBase, gridRowChanged, gridRows, gridRowsOfParagraphs, layOutOnBase } from './multi'

const BASE = ['One: the ceasefire holds.', 'Two: forces withdraw by 20 November.', 'Three: the corridor stays open.', 'Four: refugees return.']

describe('alignOnBase', () => {
  it('gives every base paragraph a row and each document its cell there', () => {
    const edited = [BASE[0]!, 'Two: forces withdraw by 25 November.', BASE[2]!, BASE[3]!]
    const shorter = [BASE[0]!, BASE[1]!, BASE[3]!]
    const grid = alignOnBase(BASE.length, [compareParagraphs(BASE, edited), compareParagraphs(BASE, shorter)])
    expect(grid.map((row) => row.base)).toEqual([0, 1, 2, 3])
    expect(grid[1]!.cells.map((cell) => cell?.row.kind)).toEqual(['modified', 'equal'])
    expect(grid[2]!.cells.map((cell) => cell?.row.kind)).toEqual(['equal', 'deleted'])
    expect(grid.map(gridRowChanged)).toEqual([false, true, true, false])
  })

  it('puts insertions after the base paragraph they follow, side by side across documents', () => {
    const first = [BASE[0]!, 'An added note on monitoring by the centre.', BASE[1]!, BASE[2]!, BASE[3]!]
    const second = ['A preface of the agency about its sources.', ...BASE.slice(0, 1), 'Its own remark on the district of Lachin.', ...BASE.slice(1)]
    const grid = alignOnBase(BASE.length, [compareParagraphs(BASE, first), compareParagraphs(BASE, second)])
    expect(grid.map((row) => row.base)).toEqual([null, 0, null, 1, 2, 3])
    expect(grid[0]!.cells.map((cell) => cell?.row.right)).toEqual([undefined, [0]])
    expect(grid[2]!).toMatchObject({ after: 0 })
    expect(grid[2]!.cells.map((cell) => cell?.row.right)).toEqual([[1], [2]])
  })

  it('shows a merge once, at its first base paragraph', () => {
    const merged = [BASE[0]!, `${BASE[1]!} ${BASE[2]!}`, BASE[3]!]
    const grid = alignOnBase(BASE.length, [compareParagraphs(BASE, merged)])
    expect(grid[1]!.cells[0]).toMatchObject({ continued: false, row: { kind: 'merged', left: [1, 2] } })
    expect(grid[2]!.cells[0]).toMatchObject({ continued: true })
  })

  it("finds a move's two ends in a document's column: the row it is shown at, and the row it now stands beside", () => {
    const moved = [BASE[1]!, BASE[2]!, BASE[3]!, BASE[0]!]
    const grid = alignOnBase(BASE.length, [compareParagraphs(BASE, BASE), compareParagraphs(BASE, moved)])
    const rowOf = gridRowsOfParagraphs(grid, 1, moved.length)
    expect([...rowOf]).toEqual([1, 2, 3, 0])
    const origin = grid[0]!.cells[1]!.row
    expect(origin).toMatchObject({ kind: 'moved', right: [3], newPlace: { beside: 2, before: false } })
    const landing = grid[rowOf[origin.newPlace!.beside]!]!.cells[1]!.row
    expect(landing.arrivals).toEqual([{ left: [0], right: [3], before: false }])
    expect(rowOf[landing.arrivals![0]!.right[0]!]).toBe(0)
  })

  it('places every paragraph of every document exactly once', () => {
    const document = fc.array(fc.constantFrom(...BASE, 'Five: a new point.', 'Six: the parties meet.'), { maxLength: 7 })
    fc.assert(
      fc.property(document, fc.array(document, { minLength: 1, maxLength: 5 }), (base, others) => {
        const grid = alignOnBase(base.length, others.map((other) => compareParagraphs(base, other)))
        expect(grid.filter((row) => row.base !== null).map((row) => row.base)).toEqual(base.map((_, i) => i))
        others.forEach((other, k) => {
          const shown = grid.flatMap((row) => (row.cells[k] && !row.cells[k].continued ? row.cells[k].row.right : []))
          expect(shown.sort((a, b) => a - b)).toEqual(other.map((_, i) => i))
        })
      }),
      { numRuns: 150 },
    )
  })

  it('lays the grid out in numbers that name each cell by its row in its comparison', () => {
    const first = [BASE[0]!, 'An added note on monitoring by the centre.', `${BASE[1]!} ${BASE[2]!}`, BASE[3]!]
    const second = [BASE[0]!, BASE[1]!, BASE[3]!, 'A closing remark.']
    const comparisons = [compareParagraphs(BASE, first), compareParagraphs(BASE, second)]
    const layout = layOutOnBase(BASE.length, comparisons)
    expect([...layout.base]).toEqual([0, -1, 1, 2, 3, -1])
    expect([...layout.after]).toEqual([-1, 0, 0, 1, 2, 3])
    const grid = gridRows(layout, comparisons)
    grid.forEach((row, g) =>
      row.cells.forEach((cell, k) => {
        const at = layout.cells[g * layout.others + k]!
        expect(cell?.row ?? null).toBe(at < 0 ? null : comparisons[k]!.rows[at])
      }),
    )
    expect(grid[3]!.cells[0]).toMatchObject({ continued: true, row: { kind: 'merged' } })
  })
})
