import { describe, expect, it } from 'vitest'
import { buildRowView, CHANGE_KINDS, collapsedRunOf, type ChangeKind, type KindedRow, type RowFilter } from './row-view'

const ALL = new Set(CHANGE_KINDS)
const rows: KindedRow[] = [
  { kind: 'equal' },
  { kind: 'equal' },
  { kind: 'modified' },
  { kind: 'equal' },
  { kind: 'inserted' },
  { kind: 'split', moved: true },
  { kind: 'equal' },
  { kind: 'equal' },
  { kind: 'equal' },
]
const changesOnly: RowFilter = { changesOnly: true, kinds: ALL }

describe('the row view', () => {
  it('shows every row when nothing is filtered', () => {
    const view = buildRowView(rows, { changesOnly: false, kinds: ALL }, new Set())
    expect(view.items).toEqual(rows.map((_, row) => ({ type: 'row', row })))
    expect([...view.itemOfRow]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8])
  })

  it('collapses runs of equal rows into one line with their count', () => {
    const view = buildRowView(rows, changesOnly, new Set())
    expect(view.items).toEqual([
      { type: 'run', start: 0, end: 2, expanded: false, label: '2 equal paragraphs' },
      { type: 'row', row: 2 },
      { type: 'run', start: 3, end: 4, expanded: false, label: '1 equal paragraph' },
      { type: 'row', row: 4 },
      { type: 'row', row: 5 },
      { type: 'run', start: 6, end: 9, expanded: false, label: '3 equal paragraphs' },
    ])
    expect([...view.itemOfRow]).toEqual([0, 0, 1, 2, 3, 4, 5, 5, 5])
    expect(collapsedRunOf(view, 7)).toBe(6)
    expect(collapsedRunOf(view, 4)).toBeNull()
  })

  it('shows an expanded run under its line, which stays to collapse it again', () => {
    const view = buildRowView(rows, changesOnly, new Set([6]))
    expect(view.items.slice(5)).toEqual([
      { type: 'run', start: 6, end: 9, expanded: true, label: '3 equal paragraphs' },
      { type: 'row', row: 6 },
      { type: 'row', row: 7 },
      { type: 'row', row: 8 },
    ])
    expect(view.itemOfRow[7]).toBe(7)
    expect(collapsedRunOf(view, 7)).toBeNull()
  })

  it('hides the kinds of change the filter leaves out, and says what a run holds', () => {
    const kinds = new Set<ChangeKind>(['modified'])
    const view = buildRowView(rows, { changesOnly: true, kinds }, new Set())
    expect(view.items).toEqual([
      { type: 'run', start: 0, end: 2, expanded: false, label: '2 equal paragraphs' },
      { type: 'row', row: 2 },
      { type: 'run', start: 3, end: 9, expanded: false, label: '6 rows hidden: 4 equal, 1 inserted, 1 split' },
    ])
  })

  it('counts a split that moved as a move', () => {
    const view = buildRowView(rows, { changesOnly: true, kinds: new Set<ChangeKind>(['moved']) }, new Set())
    expect(view.items.filter((item) => item.type === 'row')).toEqual([{ type: 'row', row: 5 }])
  })

  it('filters kinds with the equal rows shown', () => {
    const view = buildRowView(rows, { changesOnly: false, kinds: new Set<ChangeKind>(['inserted']) }, new Set())
    expect(view.items.map((item) => (item.type === 'row' ? item.row : item.label))).toEqual([0, 1, '1 row hidden: 1 modified', 3, 4, '1 row hidden: 1 split', 6, 7, 8])
  })
})
