/**
 * Heights and offsets of the rows of a virtual list, without the DOM: a row measured on screen
 * keeps its measured height, a row never rendered has an estimate. Offsets are prefix sums kept
 * in a Fenwick tree, so a measurement, an offset and "which row is at this offset" each cost
 * O(log n) whatever the length of the list (a comparison of a million words has tens of
 * thousands of rows, a change list a hundred thousand).
 */
export class RowHeights {
  private readonly heights: Float64Array
  private readonly measuredRows: Uint8Array
  /** Fenwick tree over `heights`, 1-based: tree[i] sums the heights of rows (i − lowbit(i), i]. */
  private readonly tree: Float64Array
  private sum = 0

  constructor(
    readonly count: number,
    estimate: (index: number) => number,
  ) {
    this.heights = new Float64Array(count)
    this.measuredRows = new Uint8Array(count)
    this.tree = new Float64Array(count + 1)
    for (let index = 0; index < count; index++) {
      const height = Math.max(0, estimate(index))
      this.heights[index] = height
      this.sum += height
      // Linear build: each node adds its sum to its parent once it is complete.
      const node = index + 1
      const nodeSum = this.tree[node]! + height
      this.tree[node] = nodeSum
      const parent = node + (node & -node)
      if (parent <= count) this.tree[parent] = this.tree[parent]! + nodeSum
    }
  }

  get total(): number {
    return this.sum
  }

  height(index: number): number {
    return this.heights[index] ?? 0
  }

  isMeasured(index: number): boolean {
    return this.measuredRows[index] === 1
  }

  /** Records a row's height as rendered; returns by how much it differs from what was assumed. */
  measure(index: number, height: number): number {
    if (index < 0 || index >= this.count) return 0
    this.measuredRows[index] = 1
    const delta = height - this.heights[index]!
    if (delta === 0) return 0
    this.heights[index] = height
    this.sum += delta
    for (let node = index + 1; node <= this.count; node += node & -node) this.tree[node] = this.tree[node]! + delta
    return delta
  }

  /** Where a row starts: the heights of the rows before it. */
  offsetOf(index: number): number {
    let offset = 0
    for (let node = Math.min(Math.max(index, 0), this.count); node > 0; node -= node & -node) offset += this.tree[node]!
    return offset
  }

  /** The row that covers `offset` (the first at or before 0, the last past the end); −1 when there are none. */
  indexAt(offset: number): number {
    if (this.count === 0) return -1
    // Walks the tree down from its highest power of two: the most rows whose heights sum to at most offset.
    let node = 0
    let remaining = offset
    for (let step = 1 << Math.floor(Math.log2(this.count)); step > 0; step >>= 1) {
      const next = node + step
      if (next <= this.count && this.tree[next]! <= remaining) {
        node = next
        remaining -= this.tree[next]!
      }
    }
    return Math.min(node, this.count - 1)
  }
}

export interface RowRange {
  /** First row to render. */
  start: number
  /** One past the last row to render. */
  end: number
}

/** The rows that cover [top, bottom) of the list, with `overscan` pixels more on each side. */
export function rowsInView(heights: RowHeights, top: number, bottom: number, overscan: number): RowRange {
  if (heights.count === 0 || bottom <= top) return { start: 0, end: 0 }
  const start = heights.indexAt(Math.max(0, top - overscan))
  const end = heights.indexAt(bottom + overscan) + 1
  return { start, end: Math.min(end, heights.count) }
}

export interface Viewport {
  /** Height of the scrolling area. */
  height: number
  /** What stays stuck over the top of the area (a sticky header): rows under it are not in view. */
  insetTop: number
  /** Where the list starts inside the scrolled content. */
  listTop: number
  /** The largest scroll position the content allows. */
  maxScroll: number
}

/**
 * The scroll position that shows a row: centred in the free part of the area, or its top just
 * under the inset when it is taller than that part (so its start is what is seen).
 */
export function scrollTopToShow(heights: RowHeights, index: number, viewport: Viewport): number {
  const rowTop = viewport.listTop + heights.offsetOf(index)
  const rowHeight = heights.height(index)
  const free = viewport.height - viewport.insetTop
  const wanted = rowHeight >= free ? rowTop - viewport.insetTop : rowTop + rowHeight / 2 - viewport.insetTop - free / 2
  return Math.round(Math.min(Math.max(0, wanted), Math.max(0, viewport.maxScroll)))
}
