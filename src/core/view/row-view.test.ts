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
    expect(view.rows).toEqual(rows.map((_, row) => ({ kind: 'compared', row })))
    expect([...view.positionOfRow]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8])
  })

  it('collapses runs of equal rows into one line with their count', () => {
    const view = buildRowView(rows, changesOnly, new Set())
    expect(view.rows).toEqual([
      { kind: 'run', start: 0, end: 2, expanded: false, label: '2 equal paragraphs' },
      { kind: 'compared', row: 2 },
      { kind: 'run', start: 3, end: 4, expanded: false, label: '1 equal paragraph' },
      { kind: 'compared', row: 4 },
      { kind: 'compared', row: 5 },
      { kind: 'run', start: 6, end: 9, expanded: false, label: '3 equal paragraphs' },
    ])
    expect([...view.positionOfRow]).toEqual([0, 0, 1, 2, 3, 4, 5, 5, 5])
    expect(collapsedRunOf(view, 7)).toBe(6)
    expect(collapsedRunOf(view, 4)).toBeNull()
  })

  it('shows an expanded run under its line, which stays to collapse it again', () => {
    const view = buildRowView(rows, changesOnly, new Set([6]))
    expect(view.rows.slice(5)).toEqual([
      { kind: 'run', start: 6, end: 9, expanded: true, label: '3 equal paragraphs' },
      { kind: 'compared', row: 6 },
      { kind: 'compared', row: 7 },
      { kind: 'compared', row: 8 },
    ])
    expect(view.positionOfRow[7]).toBe(7)
    expect(collapsedRunOf(view, 7)).toBeNull()
  })

  it('hides the kinds of change the filter leaves out, and says what a run holds', () => {
    const kinds = new Set<ChangeKind>(['modified'])
    const view = buildRowView(rows, { changesOnly: true, kinds }, new Set())
    expect(view.rows).toEqual([
      { kind: 'run', start: 0, end: 2, expanded: false, label: '2 equal paragraphs' },
      { kind: 'compared', row: 2 },
      { kind: 'run', start: 3, end: 9, expanded: false, label: '6 hidden rows: 4 equal, 1 inserted, 1 split' },
    ])
  })

  it('counts a split that moved as a move', () => {
    const view = buildRowView(rows, { changesOnly: true, kinds: new Set<ChangeKind>(['moved']) }, new Set())
    expect(view.rows.filter((line) => line.kind === 'compared')).toEqual([{ kind: 'compared', row: 5 }])
  })

  it('filters kinds with the equal rows shown', () => {
    const view = buildRowView(rows, { changesOnly: false, kinds: new Set<ChangeKind>(['inserted']) }, new Set())
    expect(view.rows.map((line) => (line.kind === 'compared' ? line.row : line.label))).toEqual([0, 1, '1 hidden row: 1 modified', 3, 4, '1 hidden row: 1 split', 6, 7, 8])
  })
})
