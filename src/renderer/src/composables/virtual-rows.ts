import { nextTick, onBeforeUnmount, onMounted, ref, shallowRef, watch } from 'vue'
import { RowHeights, rowsInView, scrollTopToShow, type RowRange } from '../view-model/row-heights'

/** How a list finds the reader's place again in new rows: what a row stands for, and which row stands for it now. */
export interface PlaceKeeping<P> {
  of: (index: number) => P | null
  find: (place: P) => number
}

export interface VirtualRowsOptions<P = unknown> {
  /** How many rows the list has; a new count (or a new `version`) starts the measurements over. */
  count: () => number
  /** Changes when the rows are new even if their count is not (another comparison). */
  version?: () => unknown
  /**
   * Heights for rows never rendered, at the list's width: called once per width or list, the
   * function it returns once per row (so what every row needs is looked up once).
   */
  estimator: (width: number) => (index: number) => number
  /** Pixels rendered beyond each edge of the view, so a scroll shows rows already laid out. */
  overscan?: number
  /** New rows (another `version`) keep the row at the top of the view there, found again by its place; without, they start at the top. */
  place?: PlaceKeeping<P>
}

/** Attempts at landing a row: each renders the rows around it and measures them, usually two or three are enough. */
const MAX_LANDING_ATTEMPTS = 12

/**
 * A virtual list over a scrolling element: only the rows near the view are in the DOM, each
 * measured as it renders (ResizeObserver), with estimates for rows never rendered. The template
 * puts `scroller` on the scrolling element and `rows` on the element holding the rendered rows,
 * inside a spacer `totalHeight` high, shifted down by `offset`; each row carries `data-index`.
 * A row that changes height above the view moves the scroll position with it, so what is read
 * stays put.
 */
export function useVirtualRows<P>(options: VirtualRowsOptions<P>) {
  const scroller = ref<HTMLElement | null>(null)
  const rows = ref<HTMLElement | null>(null)
  const range = shallowRef<RowRange>({ start: 0, end: 0 })
  const totalHeight = ref(0)
  const offset = ref(0)
  const overscan = options.overscan ?? 600
  let heights = new RowHeights(0, () => 0)
  let width = 0
  let landingRun = 0
  const observed = new Set<HTMLElement>()
  /** The row at the top of the view, as a place, and how far into it the view starts: noted on every scroll, used when new rows come. */
  let topPlace: { place: P; into: number } | null = null

  /** Where the rows start inside the scrolled content (what stands above them: padding, a header). */
  function listTop(): number {
    if (!scroller.value || !rows.value?.parentElement) return 0
    const spacer = rows.value.parentElement.getBoundingClientRect().top
    return spacer - scroller.value.getBoundingClientRect().top + scroller.value.scrollTop
  }

  /** Height of what sticks over the top of the view: the sticky elements before the rows. */
  function insetTop(): number {
    let inset = 0
    for (const element of scroller.value?.querySelectorAll<HTMLElement>('[data-sticky-header]') ?? []) inset += element.getBoundingClientRect().height
    return inset
  }

  function reset(): void {
    const count = options.count()
    width = rows.value?.clientWidth ?? scroller.value?.clientWidth ?? 0
    heights = new RowHeights(count, options.estimator(width))
    for (const element of observed) heights.measure(rowIndex(element), element.getBoundingClientRect().height)
    update()
  }

  function update(): void {
    totalHeight.value = heights.total
    const element = scroller.value
    if (!element) return
    const top = element.scrollTop - listTop()
    const next = rowsInView(heights, top, top + element.clientHeight, overscan)
    offset.value = heights.offsetOf(next.start)
    if (next.start !== range.value.start || next.end !== range.value.end) range.value = next
    notePlace(top + insetTop())
  }

  function notePlace(top: number): void {
    if (!options.place) return
    const first = heights.indexAt(top)
    const place = first < 0 ? null : options.place.of(first)
    topPlace = place === null ? null : { place, into: Math.max(0, top - heights.offsetOf(first)) }
  }

  const rowIndex = (element: HTMLElement): number => Number(element.dataset.index)

  /** Takes rendered heights in; rows above the first one in view move the scroll position by what they grew. */
  function applyHeights(measured: [index: number, height: number][]): void {
    const element = scroller.value
    if (!element) return
    const firstInView = heights.indexAt(element.scrollTop - listTop() + insetTop())
    let shift = 0
    for (const [index, height] of measured) {
      if (index >= heights.count) continue
      const delta = heights.measure(index, height)
      if (index < firstInView) shift += delta
    }
    if (shift !== 0) element.scrollTop += shift
    update()
  }

  /**
   * Another width wraps every row anew: estimates from the new width, measurements from what is
   * rendered, and the row at the top of the view kept there (a pane that opens or closes beside
   * the table does not lose the reader's place).
   */
  function rewrap(): void {
    const element = scroller.value
    if (!element) return reset()
    const top = element.scrollTop - listTop() + insetTop()
    const anchor = heights.indexAt(top)
    const into = anchor < 0 ? 0 : (top - heights.offsetOf(anchor)) / Math.max(1, heights.height(anchor))
    reset()
    // Landed, not set: rows wrapped narrower make the list taller than the content drawn yet, which would clamp the position.
    if (anchor >= 0) void scrollToOffsetInto(anchor, into * heights.height(anchor))
  }

  const resizeObserver = new ResizeObserver((entries) => {
    const measured: [number, number][] = []
    for (const entry of entries) {
      const element = entry.target as HTMLElement
      // A row taken out of the DOM reports no height: it keeps the one it had.
      if (element === scroller.value || !element.isConnected) continue
      measured.push([rowIndex(element), entry.borderBoxSize[0]?.blockSize ?? element.getBoundingClientRect().height])
    }
    const newWidth = rows.value?.clientWidth ?? 0
    if (newWidth !== width && newWidth > 0) return rewrap()
    if (measured.length) applyHeights(measured)
    else update()
  })

  /** Observes the rows just rendered and lets go of those gone. */
  function track(): void {
    const current = new Set<HTMLElement>()
    for (const child of rows.value?.children ?? []) if (child instanceof HTMLElement && child.dataset.index !== undefined) current.add(child)
    for (const element of observed) {
      if (current.has(element)) continue
      resizeObserver.unobserve(element)
      observed.delete(element)
    }
    for (const element of current) {
      if (observed.has(element)) continue
      resizeObserver.observe(element)
      observed.add(element)
    }
  }

  /** Measures the rendered rows now, for a landing that cannot wait for the observer. */
  function measureRendered(): void {
    applyHeights([...observed].map((element) => [rowIndex(element), element.getBoundingClientRect().height]))
  }

  /**
   * Scrolls so that a row is in view, wherever it is: to its computed place, then again after
   * the rows around it are rendered and measured, until the place no longer moves. Never smooth:
   * a smooth scroll aims at estimates that change on the way.
   */
  function scrollToIndex(index: number): Promise<void> {
    return land(index, (element) =>
      scrollTopToShow(heights, index, {
        height: element.clientHeight,
        insetTop: insetTop(),
        listTop: listTop(),
        maxScroll: maxScroll(element),
      }),
    )
  }

  const maxScroll = (element: HTMLElement): number => listTop() + heights.total + bottomPadding() - element.clientHeight

  /** Scrolls so that the view starts `into` pixels into a row (at most its height), under what sticks at the top. */
  function scrollToOffsetInto(index: number, into: number): Promise<void> {
    return land(index, (element) => Math.min(maxScroll(element), listTop() + heights.offsetOf(index) + Math.min(into, Math.max(0, heights.height(index) - 1)) - insetTop()))
  }

  /** Scrolls to where `target` says a row is shown, again as the rows there are rendered and measured, until it stays. */
  async function land(index: number, target: (element: HTMLElement) => number): Promise<void> {
    const run = ++landingRun
    for (let attempt = 0; attempt < MAX_LANDING_ATTEMPTS; attempt++) {
      const element = scroller.value
      if (!element || index < 0 || index >= heights.count) return
      const wanted = Math.round(Math.max(0, target(element)))
      if (attempt > 0 && Math.abs(element.scrollTop - wanted) < 1) return
      element.scrollTop = wanted
      update()
      await nextTick()
      if (run !== landingRun) return
      track()
      measureRendered()
    }
  }

  /** Whether a row stands wholly in the view now (by the heights known). */
  function isInView(index: number): boolean {
    const element = scroller.value
    if (!element || index < 0 || index >= heights.count) return false
    const top = listTop() + heights.offsetOf(index)
    return top >= element.scrollTop + insetTop() && top + heights.height(index) <= element.scrollTop + element.clientHeight
  }

  /** Space the content keeps below the rows (the list's bottom padding). */
  function bottomPadding(): number {
    const element = scroller.value
    const spacer = rows.value?.parentElement
    if (!element || !spacer) return 0
    return element.scrollHeight - (listTop() + spacer.getBoundingClientRect().height)
  }

  watch([options.count, options.version ?? (() => null)], () => {
    // Where the reader was in the rows just replaced (noted before these props came).
    const kept = topPlace
    reset()
    const index = kept && options.place ? options.place.find(kept.place) : -1
    if (index >= 0) void scrollToOffsetInto(index, kept!.into)
    else if (scroller.value) scroller.value.scrollTop = 0
    void nextTick(track)
  })
  watch(range, () => void nextTick(track))

  onMounted(() => {
    if (scroller.value) {
      scroller.value.addEventListener('scroll', update, { passive: true })
      resizeObserver.observe(scroller.value)
    }
    reset()
    void nextTick(track)
  })
  onBeforeUnmount(() => {
    landingRun++
    scroller.value?.removeEventListener('scroll', update)
    resizeObserver.disconnect()
    observed.clear()
  })

  return { scroller, rows, range, totalHeight, offset, scrollToIndex, isInView }
}

/** The indexes of a range, for `v-for`. */
export function indexesOf(range: RowRange): number[] {
  return Array.from({ length: range.end - range.start }, (_, k) => range.start + k)
}
