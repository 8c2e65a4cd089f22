import type { RowKind } from '../compare/align'

export type ChangeKind = Exclude<RowKind, 'equal'>

/** The kinds of change, in the order the filter offers them. */
export const CHANGE_KINDS: readonly ChangeKind[] = ['modified', 'moved', 'inserted', 'deleted', 'split', 'merged']

/** What a row of a comparison is, for the view: its kind, and whether a split or merge also moved. */
export interface KindedRow {
  kind: RowKind
  moved?: true
}

/** Which rows the table shows: every row or the changes only, and which kinds of change. */
export interface RowFilter {
  changesOnly: boolean
  kinds: ReadonlySet<ChangeKind>
}

/** One line of the table: a row of the comparison, or a run of rows the filter hides. */
export type ViewItem =
  | { type: 'row'; row: number }
  | {
      type: 'run'
      /** The run's rows: [start, end) of the comparison's rows. */
      start: number
      end: number
      /** Shown, with this line above them to hide them again. */
      expanded: boolean
      /** "12 equal paragraphs", "3 rows hidden: 2 equal, 1 inserted". */
      label: string
    }

export interface RowView {
  items: ViewItem[]
  /** For each row of the comparison, the index of the item showing it, or of its run's line. */
  itemOfRow: Int32Array
}

export function rowShown(row: KindedRow, filter: RowFilter): boolean {
  if (row.kind === 'equal') return !filter.changesOnly
  return filter.kinds.has(row.kind) || (row.moved === true && filter.kinds.has('moved'))
}

/** Whether the filter shows every row (nothing to collapse). */
export function showsEverything(filter: RowFilter): boolean {
  return !filter.changesOnly && CHANGE_KINDS.every((kind) => filter.kinds.has(kind))
}

function runLabel(rows: readonly KindedRow[], start: number, end: number): string {
  const counts = new Map<RowKind, number>()
  for (let index = start; index < end; index++) counts.set(rows[index]!.kind, (counts.get(rows[index]!.kind) ?? 0) + 1)
  const count = end - start
  const equal = counts.get('equal') ?? 0
  if (equal === count) return count === 1 ? '1 equal paragraph' : `${count.toLocaleString('en')} equal paragraphs`
  const parts = [...counts].map(([kind, n]) => `${n.toLocaleString('en')} ${kind}`)
  return `${count.toLocaleString('en')} ${count === 1 ? 'row' : 'rows'} hidden: ${parts.join(', ')}`
}

/**
 * The table's lines: rows the filter hides stand together as runs, each one line with its count
 * ("12 equal paragraphs") until expanded (`expanded` holds the first row of each such run).
 */
export function buildRowView(rows: readonly KindedRow[], filter: RowFilter, expanded: ReadonlySet<number>): RowView {
  const items: ViewItem[] = []
  const itemOfRow = new Int32Array(rows.length)
  const everything = showsEverything(filter)
  for (let index = 0; index < rows.length; ) {
    if (everything || rowShown(rows[index]!, filter)) {
      itemOfRow[index] = items.length
      items.push({ type: 'row', row: index })
      index++
      continue
    }
    const start = index
    while (index < rows.length && !rowShown(rows[index]!, filter)) index++
    const open = expanded.has(start)
    const line = items.length
    items.push({ type: 'run', start, end: index, expanded: open, label: runLabel(rows, start, index) })
    for (let hidden = start; hidden < index; hidden++) {
      itemOfRow[hidden] = open ? items.length : line
      if (open) items.push({ type: 'row', row: hidden })
    }
  }
  return { items, itemOfRow }
}

/** The first row of the collapsed run that hides `row`, or null when the row is shown. */
export function collapsedRunOf(view: RowView, row: number): number | null {
  const item = view.items[view.itemOfRow[row]!]
  return item?.type === 'run' && !item.expanded ? item.start : null
}
