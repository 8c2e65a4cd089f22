import { describe, expect, it } from 'vitest'
import { compareParagraphs } from '../../../core/compare/compare'
import { alignOnBase } from '../../../core/compare/multi'
import { changeAtRow, gridPlaceOf, gridRowOf, pairPlaceOf, pairRowOf } from './reading-place'

const A = ['Intro.', 'The Parties agree.', 'Old text here.', 'Closing words.']
const B = ['Intro.', 'New paragraph first.', 'The parties agree.', 'Closing words.']
const C = ['Intro.', 'Closing words.', 'The Parties agree.']

describe('reading places', () => {
  it('finds a pair row again after the sides are swapped and the options change', () => {
    const before = compareParagraphs(A, B).rows
    const at = before.findIndex((row) => row.left.includes(1))
    const place = pairPlaceOf(before[at]!, 'a', 'b')!
    expect(place).toEqual({ path: 'a', paragraph: 1 })

    const swapped = compareParagraphs(B, A, { ignoreCase: true }).rows
    const found = pairRowOf(swapped, place, 'b', 'a')
    expect(swapped[found]!.right).toContain(1)
    expect(swapped[found]!.kind).toBe('equal')
    expect(pairRowOf(swapped, place, 'x', 'y')).toBe(-1)
  })

  it('stands an inserted row for its right paragraph', () => {
    const rows = compareParagraphs(A, B).rows
    const inserted = rows.find((row) => row.kind === 'inserted')!
    expect(pairPlaceOf(inserted, 'a', 'b')).toEqual({ path: 'b', paragraph: inserted.right[0] })
  })

  it('finds a grid row again under another base', () => {
    const paths = ['a', 'b', 'c']
    const grid = alignOnBase(A.length, [compareParagraphs(A, B), compareParagraphs(A, C)])
    const place = gridPlaceOf(grid[gridRowOf(grid, { path: 'a', paragraph: 3 }, paths)]!, paths)!
    expect(place).toEqual({ path: 'a', paragraph: 3 })

    const rebased = ['c', 'a', 'b']
    const regrid = alignOnBase(C.length, [compareParagraphs(C, A), compareParagraphs(C, B)])
    const found = regrid[gridRowOf(regrid, place, rebased)]!
    expect(found.cells[0]!.row.right).toContain(3)
    expect(found.base).toBe(1)
  })

  it('finds the change standing at a row, or none', () => {
    const changes = [{ row: 2 }, { row: 5 }, { row: 9 }, { row: 40 }]
    expect(changes.map((change) => changeAtRow(changes, change.row))).toEqual([0, 1, 2, 3])
    expect([0, 3, 10, 41, -1].map((row) => changeAtRow(changes, row))).toEqual([-1, -1, -1, -1, -1])
    expect(changeAtRow([], 0)).toBe(-1)
  })

  it('keeps the current change of a pair across an option change by its place', () => {
    const before = compareParagraphs(A, B).rows
    const modified = before.findIndex((row) => row.kind === 'modified')
    const place = pairPlaceOf(before[modified]!, 'a', 'b')!
    const after = compareParagraphs(A, B, { ignorePunctuation: true }).rows
    const changes = after.flatMap((row, index) => (row.kind === 'equal' ? [] : [{ row: index }]))
    expect(after[changes[changeAtRow(changes, pairRowOf(after, place, 'a', 'b'))]!.row]!.left).toEqual(before[modified]!.left)
    // Equal now (the case ignored): no change stands there any more.
    const ignoringCase = compareParagraphs(A, B, { ignoreCase: true }).rows
    const caseChanges = ignoringCase.flatMap((row, index) => (row.kind === 'equal' ? [] : [{ row: index }]))
    const parties = pairPlaceOf(before.find((row) => row.left.includes(1))!, 'a', 'b')!
    expect(changeAtRow(caseChanges, pairRowOf(ignoringCase, parties, 'a', 'b'))).toBe(-1)
  })
})
