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
export type TableRow =
  | { kind: 'compared'; row: number }
  | {
      kind: 'run'
      /** The run's rows: [start, end) of the comparison's rows. */
      start: number
      end: number
      /** Shown, with this line above them to hide them again. */
      expanded: boolean
      /** "12 equal paragraphs", "3 hidden rows: 2 equal, 1 inserted". */
      label: string
    }

export interface RowView {
  rows: TableRow[]
  /** For each row of the comparison, the table line showing it, or its run's line. */
  positionOfRow: Int32Array
}

export function rowShown(row: KindedRow, filter: RowFilter): boolean {
  if (row.kind === 'equal') return !filter.changesOnly
  return filter.kinds.has(row.kind) || (row.moved === true && filter.kinds.has('moved'))
}

/** Whether the filter shows every row (nothing to collapse). */
export function showsEverything(filter: RowFilter): boolean {
  return !filter.changesOnly && CHANGE_KINDS.every((kind) => filter.kinds.has(kind))
}

function runLabel(compared: readonly KindedRow[], start: number, end: number): string {
  const counts = new Map<RowKind, number>()
  for (let index = start; index < end; index++) counts.set(compared[index]!.kind, (counts.get(compared[index]!.kind) ?? 0) + 1)
  const count = end - start
  if (counts.get('equal') === count) return count === 1 ? '1 equal paragraph' : `${count.toLocaleString('en')} equal paragraphs`
  const parts = [...counts].map(([kind, n]) => `${n.toLocaleString('en')} ${kind}`)
  return `${count.toLocaleString('en')} hidden ${count === 1 ? 'row' : 'rows'}: ${parts.join(', ')}`
}

/**
 * The table's lines for the comparison's rows: rows the filter hides stand together as runs,
 * each one line with its count ("12 equal paragraphs") until expanded (`expanded` holds the
 * first row of each expanded run). Linear in the rows.
 */
export function buildRowView(compared: readonly KindedRow[], filter: RowFilter, expanded: ReadonlySet<number>): RowView {
  const rows: TableRow[] = []
  const positionOfRow = new Int32Array(compared.length)
  const everything = showsEverything(filter)
  for (let index = 0; index < compared.length; ) {
    if (everything || rowShown(compared[index]!, filter)) {
      positionOfRow[index] = rows.length
      rows.push({ kind: 'compared', row: index })
      index++
      continue
    }
    const start = index
    while (index < compared.length && !rowShown(compared[index]!, filter)) index++
    const open = expanded.has(start)
    const line = rows.length
    rows.push({ kind: 'run', start, end: index, expanded: open, label: runLabel(compared, start, index) })
    for (let hidden = start; hidden < index; hidden++) {
      positionOfRow[hidden] = open ? rows.length : line
      if (open) rows.push({ kind: 'compared', row: hidden })
    }
  }
  return { rows, positionOfRow }
}

/** The first row of the collapsed run that hides `row`, or null when the row is shown. */
export function collapsedRunOf(view: RowView, row: number): number | null {
  const line = view.rows[view.positionOfRow[row]!]
  return line?.kind === 'run' && !line.expanded ? line.start : null
}
