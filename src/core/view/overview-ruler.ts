import type { RowKind } from '../compare/align'
import { CHANGE_KINDS, type ChangeKind } from './row-view'

/**
 * A stretch of the overview ruler: the ruler is cut into as many stretches as it has room for
 * marks, each standing for the same share of the comparison's rows, so a mark is at its place in
 * the whole document whatever the number of changes; what falls into one stretch is one mark.
 */
export interface RulerMark {
  /** Where the stretch begins and how tall it is: shares of the ruler's height, 0 to 1. */
  top: number
  height: number
  /** The first entry (change or match) in the stretch, and how many it holds. */
  first: number
  count: number
  /** The kinds of change in the stretch, in the filter's order (empty for matches). */
  kinds: ChangeKind[]
}

/**
 * Marks for entries in row order (`rowOf` their row, `kindOf` their kind for changes), on a
 * ruler of `stretches` stretches over `rowCount` rows. Linear in the entries.
 */
export function rulerMarks<T>(entries: readonly T[], rowOf: (entry: T) => number, rowCount: number, stretches: number, kindOf?: (entry: T) => RowKind): RulerMark[] {
  const marks: RulerMark[] = []
  if (rowCount === 0 || stretches < 1) return marks
  const height = 1 / stretches
  let open: { mark: RulerMark; stretch: number; kinds: Set<RowKind> } | null = null
  const close = (): void => {
    if (!open) return
    open.mark.kinds = CHANGE_KINDS.filter((kind) => open!.kinds.has(kind))
    marks.push(open.mark)
  }
  entries.forEach((entry, index) => {
    const stretch = Math.min(stretches - 1, Math.floor((rowOf(entry) / rowCount) * stretches))
    if (open?.stretch !== stretch) {
      close()
      open = { mark: { top: stretch * height, height, first: index, count: 0, kinds: [] }, stretch, kinds: new Set() }
    }
    open.mark.count++
    if (kindOf) open.kinds.add(kindOf(entry))
  })
  close()
  return marks
}

/** The row at a share (0 to 1) of the ruler's height: where a click on the ruler between marks goes. */
export function rowAtShare(share: number, rowCount: number): number {
  return Math.max(0, Math.min(rowCount - 1, Math.floor(share * rowCount)))
}
