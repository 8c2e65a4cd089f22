import type { ComparisonRow } from '../../../core/compare/compare'
import type { GridRow } from '../../../core/compare/multi'

/**
 * Where the analyst is reading, in terms that outlive a comparison: a paragraph of a document.
 * Other options, swapped sides or another base make other rows; the paragraph is found again in
 * them, so the table stays on it.
 */
export interface ReadingPlace {
  path: string
  paragraph: number
}

/** The place a row of a pair stands for: its first left paragraph, or its first right one (an inserted row). */
export function pairPlaceOf(row: ComparisonRow, leftPath: string, rightPath: string): ReadingPlace | null {
  if (row.left.length) return { path: leftPath, paragraph: row.left[0]! }
  if (row.right.length) return { path: rightPath, paragraph: row.right[0]! }
  return null
}

/** The row of a pair showing a place's paragraph, on whichever side its document now stands; −1 when neither shows it. */
export function pairRowOf(rows: readonly ComparisonRow[], place: ReadingPlace, leftPath: string, rightPath: string): number {
  const side = place.path === leftPath ? 'left' : place.path === rightPath ? 'right' : null
  if (side === null) return -1
  return rows.findIndex((row) => row[side].includes(place.paragraph))
}

/** The place a row of the multi-document grid stands for: its base paragraph, else the first paragraph of a document in it. */
export function gridPlaceOf(row: GridRow, paths: readonly string[]): ReadingPlace | null {
  if (row.base !== null) return { path: paths[0]!, paragraph: row.base }
  const k = row.cells.findIndex((cell) => cell !== null && cell.row.right.length > 0)
  return k < 0 ? null : { path: paths[k + 1]!, paragraph: row.cells[k]!.row.right[0]! }
}

/** The grid row showing a place's paragraph, whichever column its document now has; −1 when none shows it. */
export function gridRowOf(grid: readonly GridRow[], place: ReadingPlace, paths: readonly string[]): number {
  const column = paths.indexOf(place.path)
  if (column < 0) return -1
  if (column === 0) return grid.findIndex((row) => row.base === place.paragraph)
  return grid.findIndex((row) => row.cells[column - 1]?.row.right.includes(place.paragraph) === true)
}

/**
 * The index of the change standing at a comparison row, in a list of changes in row order; −1
 * when that row shows no change (now equal, or hidden by the filter). The current change is kept
 * across comparing again by its place, found again as a row, then as a change here.
 */
export function changeAtRow(changes: readonly { row: number }[], row: number): number {
  let low = 0
  let high = changes.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const at = changes[middle]!.row
    if (at === row) return middle
    if (at < row) low = middle + 1
    else high = middle - 1
  }
  return -1
}
