import type { Comparison, ComparisonRow } from './compare'

/** One base document is compared with at most this many others at once. */
export const MAX_OTHERS = 5

/** What one compared document shows beside a base paragraph (or beside another's insertion). */
export interface GridCell {
  row: ComparisonRow
  /** The row also covers earlier base paragraphs (a merge): shown once, at its first. */
  continued: boolean
}

export interface GridRow {
  /** The base paragraph of this row, or null for paragraphs the others inserted after `after`. */
  base: number | null
  /** For insertion rows: the base paragraph they follow (-1: before the first). */
  after: number
  /** One cell per compared document, in order; null where it has nothing here. */
  cells: (GridCell | null)[]
}

/**
 * The grid as numbers: what the comparison worker computes and hands the window, whose decoding
 * of typed arrays costs nothing (a grid of objects would be decoded object by object, or laid
 * out on the window's thread).
 */
export interface GridLayout {
  /** Documents compared with the base: the cells of each row. */
  others: number
  /** Each grid row's base paragraph; −1 for rows of insertions. */
  base: Int32Array
  /** Each grid row's `after`: for insertion rows, the base paragraph they follow (−1: before the first). */
  after: Int32Array
  /** Cell k of grid row g, at g × others + k: the index of the row of comparison k shown there, or −1 (nothing). */
  cells: Int32Array
  /** 1 where that row also covers earlier base paragraphs (a merge), shown at its first. */
  continued: Uint8Array
}

/**
 * Lays out comparisons of one base document with several others as one grid aligned on the
 * base's paragraphs: each base paragraph is a row, and each document's cell holds the row of its
 * comparison that pairs (or deletes) that paragraph. What a document inserted stands in rows of
 * its own right after the base paragraph it follows, side by side with the other documents'
 * insertions at the same place. Linear in the rows, in typed arrays: no object per cell.
 */
export function layOutOnBase(baseCount: number, comparisons: readonly { rows: readonly ComparisonRow[] }[]): GridLayout {
  const others = comparisons.length
  // Per document: the row at each base paragraph, and its inserted rows grouped by the base paragraph they follow.
  const cellAt = comparisons.map(() => new Int32Array(baseCount).fill(-1))
  const continuedAt = comparisons.map(() => new Uint8Array(baseCount))
  // insertedAfter[k][p + 1]: how many inserted rows of document k follow base paragraph p; inserted[k]: those rows, by p.
  const insertedAfter = comparisons.map(() => new Int32Array(baseCount + 1))
  const inserted = comparisons.map(() => [] as number[])
  comparisons.forEach(({ rows }, k) => {
    let lastBase = -1
    rows.forEach((row, index) => {
      if (row.left.length === 0) {
        // lastBase never decreases: the inserted rows come grouped by the place they follow, in order.
        insertedAfter[k]![lastBase + 1]!++
        inserted[k]!.push(index)
        return
      }
      row.left.forEach((base, at) => {
        cellAt[k]![base] = index
        continuedAt[k]![base] = at > 0 ? 1 : 0
      })
      // A moved row stands at its base place; insertions follow the base order too.
      lastBase = Math.max(lastBase, row.left[row.left.length - 1]!)
    })
  })

  const depthAfter = new Int32Array(baseCount + 1)
  let count = baseCount
  for (let place = 0; place <= baseCount; place++) {
    for (let k = 0; k < others; k++) depthAfter[place] = Math.max(depthAfter[place]!, insertedAfter[k]![place]!)
    count += depthAfter[place]!
  }
  const layout: GridLayout = {
    others,
    base: new Int32Array(count),
    after: new Int32Array(count),
    cells: new Int32Array(count * others).fill(-1),
    continued: new Uint8Array(count * others),
  }
  const nextInserted = new Int32Array(others)
  let g = 0
  const insertionRows = (after: number): void => {
    const depth = depthAfter[after + 1]!
    for (let j = 0; j < depth; j++, g++) {
      layout.base[g] = -1
      layout.after[g] = after
      for (let k = 0; k < others; k++) if (j < insertedAfter[k]![after + 1]!) layout.cells[g * others + k] = inserted[k]![nextInserted[k]!++]!
    }
  }
  insertionRows(-1)
  for (let base = 0; base < baseCount; base++) {
    layout.base[g] = base
    layout.after[g] = base - 1
    for (let k = 0; k < others; k++) {
      layout.cells[g * others + k] = cellAt[k]![base]!
      layout.continued[g * others + k] = continuedAt[k]![base]!
    }
    g++
    insertionRows(base)
  }
  return layout
}

/** The grid's rows as objects over the comparisons' rows: what the tables, the change list and reports read. */
export function gridRows(layout: GridLayout, comparisons: readonly Comparison[]): GridRow[] {
  const { others } = layout
  const rows = new Array<GridRow>(layout.base.length)
  for (let g = 0; g < rows.length; g++) {
    const cells = new Array<GridCell | null>(others)
    for (let k = 0; k < others; k++) {
      const at = layout.cells[g * others + k]!
      cells[k] = at < 0 ? null : { row: comparisons[k]!.rows[at]!, continued: layout.continued[g * others + k] === 1 }
    }
    const base = layout.base[g]!
    rows[g] = { base: base < 0 ? null : base, after: layout.after[g]!, cells }
  }
  return rows
}

/**
 * For each paragraph of compared document k (of `count`), the grid row that shows it, or −1: where
 * a move's other end stands in that document's column (a moved paragraph is shown at its base
 * place, and marked where it arrived). One pass over the grid.
 */
export function gridRowsOfParagraphs(grid: readonly GridRow[], k: number, count: number): Int32Array {
  const rowOf = new Int32Array(count).fill(-1)
  grid.forEach((gridRow, g) => {
    const cell = gridRow.cells[k]
    if (cell && !cell.continued) for (const paragraph of cell.row.right) rowOf[paragraph] = g
  })
  return rowOf
}

/** The grid of comparisons of one base with several others, as rows (`layOutOnBase`, then `gridRows`). */
export function alignOnBase(baseCount: number, comparisons: Comparison[]): GridRow[] {
  return gridRows(layOutOnBase(baseCount, comparisons), comparisons)
}

/** Whether a grid row shows any change in any document. */
export function gridRowChanged(row: GridRow): boolean {
  return row.cells.some((cell) => cell !== null && cell.row.kind !== 'equal')
}
