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
 * Lays out comparisons of one base document with several others as one grid aligned on the
 * base's paragraphs: each base paragraph is a row, and each document's cell holds the row of its
 * comparison that pairs (or deletes) that paragraph. What a document inserted stands in rows of
 * its own right after the base paragraph it follows, side by side with the other documents'
 * insertions at the same place.
 */
export function alignOnBase(baseCount: number, comparisons: Comparison[]): GridRow[] {
  const byBase = comparisons.map(() => new Map<number, GridCell>())
  // insertions[k].get(i): the inserted rows of document k that follow base paragraph i.
  const insertions = comparisons.map(() => new Map<number, ComparisonRow[]>())
  comparisons.forEach((comparison, k) => {
    let lastBase = -1
    for (const row of comparison.rows) {
      if (row.left.length === 0) {
        const list = insertions[k]!.get(lastBase)
        if (list) list.push(row)
        else insertions[k]!.set(lastBase, [row])
        continue
      }
      row.left.forEach((base, at) => byBase[k]!.set(base, { row, continued: at > 0 }))
      // A moved row stands at its base place; insertions follow the base order too.
      lastBase = Math.max(lastBase, row.left[row.left.length - 1]!)
    }
  })

  const grid: GridRow[] = []
  const insertionRows = (after: number): void => {
    const lists = insertions.map((byPlace) => byPlace.get(after) ?? [])
    const depth = Math.max(0, ...lists.map((list) => list.length))
    for (let j = 0; j < depth; j++) {
      grid.push({ base: null, after, cells: lists.map((list) => (list[j] ? { row: list[j]!, continued: false } : null)) })
    }
  }
  insertionRows(-1)
  for (let base = 0; base < baseCount; base++) {
    grid.push({ base, after: base - 1, cells: byBase.map((cells) => cells.get(base) ?? null) })
    insertionRows(base)
  }
  return grid
}

/** Whether a grid row shows any change in any document. */
export function gridRowChanged(row: GridRow): boolean {
  return row.cells.some((cell) => cell !== null && cell.row.kind !== 'equal')
}
