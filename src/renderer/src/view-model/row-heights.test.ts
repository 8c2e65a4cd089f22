import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RowHeights, rowsInView, scrollTopToShow } from './row-heights'

/** The same questions answered by walking the heights: what the tree must agree with. */
function naiveOffset(heights: number[], index: number): number {
  return heights.slice(0, index).reduce((sum, height) => sum + height, 0)
}
function naiveIndexAt(heights: number[], offset: number): number {
  let start = 0
  for (let index = 0; index < heights.length; index++) {
    if (offset < start + heights[index]!) return index
    start += heights[index]!
  }
  return heights.length - 1
}

describe('RowHeights', () => {
  it('uses estimates until rows are measured, then the measurements', () => {
    const heights = new RowHeights(4, (index) => 10 * (index + 1))
    expect(heights.total).toBe(100)
    expect(heights.offsetOf(2)).toBe(30)
    expect(heights.isMeasured(1)).toBe(false)
    expect(heights.measure(1, 50)).toBe(30)
    expect(heights.isMeasured(1)).toBe(true)
    expect(heights.offsetOf(2)).toBe(60)
    expect(heights.total).toBe(130)
    expect(heights.measure(1, 50)).toBe(0)
  })

  it('finds the row at an offset, clamping before the start and past the end', () => {
    const heights = new RowHeights(3, () => 100)
    expect(heights.indexAt(-5)).toBe(0)
    expect(heights.indexAt(0)).toBe(0)
    expect(heights.indexAt(99.5)).toBe(0)
    expect(heights.indexAt(100)).toBe(1)
    expect(heights.indexAt(250)).toBe(2)
    expect(heights.indexAt(10_000)).toBe(2)
    expect(new RowHeights(0, () => 1).indexAt(0)).toBe(-1)
  })

  it('agrees with a walk over the heights after any measurements', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 300 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 900 })), { maxLength: 60 }),
        fc.array(fc.integer({ min: -50, max: 200_000 }), { maxLength: 20 }),
        (estimates, measurements, offsets) => {
          const heights = new RowHeights(estimates.length, (index) => estimates[index]!)
          const actual = [...estimates]
          for (const [at, height] of measurements) {
            const index = at % estimates.length
            heights.measure(index, height)
            actual[index] = height
          }
          expect(heights.total).toBe(naiveOffset(actual, actual.length))
          for (let index = 0; index <= actual.length; index++) expect(heights.offsetOf(index)).toBe(naiveOffset(actual, index))
          for (const offset of offsets) {
            // Rows of height 0 cover nothing: the tree lands on the next row with a height, as the walk does.
            expect(heights.indexAt(offset)).toBe(naiveIndexAt(actual, offset))
          }
        },
      ),
    )
  })

  it('answers in logarithmic time on a million rows', () => {
    const heights = new RowHeights(1_000_000, (index) => 20 + (index % 7))
    const start = performance.now()
    for (let k = 0; k < 100_000; k++) {
      heights.measure((k * 7919) % 1_000_000, 30)
      heights.indexAt(k * 230)
    }
    expect(performance.now() - start).toBeLessThan(500)
  })
})

describe('rowsInView', () => {
  it('covers the view and the overscan on both sides', () => {
    const heights = new RowHeights(100, () => 50)
    expect(rowsInView(heights, 1000, 1500, 0)).toEqual({ start: 20, end: 31 })
    expect(rowsInView(heights, 1000, 1500, 100)).toEqual({ start: 18, end: 33 })
    expect(rowsInView(heights, 0, 300, 1000)).toEqual({ start: 0, end: 27 })
    expect(rowsInView(heights, 4900, 6000, 0)).toEqual({ start: 98, end: 100 })
    expect(rowsInView(new RowHeights(0, () => 50), 0, 300, 10)).toEqual({ start: 0, end: 0 })
  })
})

describe('scrollTopToShow', () => {
  const viewport = { height: 600, insetTop: 0, listTop: 40, maxScroll: 100_000 }

  it('centres a row shorter than the view', () => {
    const heights = new RowHeights(100, () => 100)
    // Row 10 spans 1040–1140 in the content; its middle 1090 at the view's middle 300.
    expect(scrollTopToShow(heights, 10, viewport)).toBe(790)
  })

  it('centres in the part of the view a sticky header leaves free', () => {
    const heights = new RowHeights(100, () => 100)
    expect(scrollTopToShow(heights, 10, { ...viewport, insetTop: 100 })).toBe(1090 - 100 - 250)
  })

  it('shows the start of a row taller than the view under the inset', () => {
    const heights = new RowHeights(100, () => 100)
    heights.measure(10, 900)
    expect(scrollTopToShow(heights, 10, { ...viewport, insetTop: 60 })).toBe(1040 - 60)
  })

  it('stays within what the content can scroll', () => {
    const heights = new RowHeights(100, () => 100)
    expect(scrollTopToShow(heights, 0, viewport)).toBe(0)
    expect(scrollTopToShow(heights, 99, { ...viewport, maxScroll: 9_500 })).toBe(9_500)
  })
})
