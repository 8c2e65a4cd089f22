/**
 * Common runs of two integer sequences (paragraph ids, sentence ids, word keys), found with
 * bounded work. Each range is first trimmed of its common prefix and suffix; then diffed exactly
 * (Myers) when it is small or differs by few edits (Myers under a cap on its cost); else it is cut
 * at the elements that occur once on each side and keep their order (patience), and each piece
 * is handled the same way; a range without such anchors is diffed by Myers as far as its cap
 * allows, and on from there. Once the comparison's budget is spent, what is left stays
 * unmatched: the diff is coarser there, never wrong.
 */

/** a[a, a + length) equals b[b, b + length). */
export interface Run {
  a: number
  b: number
  length: number
}

/** How much work may still be done: diagonals tried and elements compared (Myers), elements counted (anchors). */
export interface Budget {
  remaining: number
}

/** Work every comparison may spend, whatever its size, and how much more per element compared. */
const BASE_BUDGET = 1 << 22
const BUDGET_PER_ELEMENT = 64

export function budgetFor(elements: number): Budget {
  return { remaining: BASE_BUDGET + BUDGET_PER_ELEMENT * elements }
}

/** Ranges up to this many elements (both sides) are diffed exactly, whatever it costs. */
const EXACT_RANGE = 512
/** The most work one Myers run may do on a larger range before it is cut into pieces instead. */
const RANGE_WORK = 1 << 21
/** The work a diff of few edits takes, per element: more means many edits, and a diff by pieces. */
const FEW_EDITS_WORK = 8
/** The longest edit script Myers looks for: its trace takes (MAX_EDITS + 1)² integers. */
const MAX_EDITS = 1024

type Sequence = Int32Array | number[]

/**
 * The runs a and b have in common, in order. Elements below 0 match each other but never
 * anchor a range.
 */
export function commonRuns(a: Sequence, b: Sequence, budget: Budget, aFrom = 0, aTo = a.length, bFrom = 0, bTo = b.length): Run[] {
  const runs: Run[] = []
  const ranges: number[] = [aFrom, aTo, bFrom, bTo]
  while (ranges.length > 0) {
    const b1 = ranges.pop()!
    const b0 = ranges.pop()!
    const a1 = ranges.pop()!
    const a0 = ranges.pop()!
    const [c0, c1, d0, d1] = trimmed(a, a0, a1, b, b0, b1, runs)
    if (c0 === c1 || d0 === d1) continue
    const size = c1 - c0 + (d1 - d0)
    if (myers(a, c0, c1, b, d0, d1, size <= EXACT_RANGE ? Infinity : RANGE_WORK, budget, runs, false)) continue
    // Looking for anchors costs a pass over the range, and is paid from the budget too: pieces
    // that keep yielding a single anchor cannot make the work quadratic.
    const anchors = budget.remaining >= size ? uniqueAnchors(a, c0, c1, b, d0, d1) : []
    budget.remaining -= size
    let pa = c0
    let pb = d0
    for (let i = 0; i < anchors.length; i += 2) {
      ranges.push(pa, anchors[i]!, pb, anchors[i + 1]!)
      runs.push({ a: anchors[i]!, b: anchors[i + 1]!, length: 1 })
      pa = anchors[i]! + 1
      pb = anchors[i + 1]! + 1
    }
    if (anchors.length > 0) {
      ranges.push(pa, c1, pb, d1)
      continue
    }
    // No anchors (text that repeats itself): a shortest script as far as Myers gets within its
    // cap, then the rest from there, as xdiff does; each step reaches at least as far as its cap.
    const reached = myers(a, c0, c1, b, d0, d1, RANGE_WORK, budget, runs, true)
    if (reached !== null && (reached[0] > c0 || reached[1] > d0)) ranges.push(reached[0], c1, reached[1], d1)
  }
  return joinedInOrder(runs)
}

/**
 * The runs a and b have in common when they differ by few edits (their common ends, then Myers
 * under the cap), or null when they differ by more. Needs only equality, so it works on strings
 * as they come: most documents compared differ in a few paragraphs.
 */
export function commonRunsIfFewEdits<T>(a: readonly T[], b: readonly T[], budget: Budget): Run[] | null {
  const runs: Run[] = []
  const [a0, a1, b0, b1] = trimmed(a, 0, a.length, b, 0, b.length, runs)
  const size = a1 - a0 + (b1 - b0)
  if (a0 < a1 && b0 < b1 && !myers(a, a0, a1, b, b0, b1, size <= EXACT_RANGE ? Infinity : FEW_EDITS_WORK * size, budget, runs, false)) return null
  return joinedInOrder(runs)
}

/** Pushes the common prefix and suffix of a[a0, a1) and b[b0, b1) as runs; returns what lies between. */
function trimmed<T>(a: ArrayLike<T>, a0: number, a1: number, b: ArrayLike<T>, b0: number, b1: number, runs: Run[]): [number, number, number, number] {
  let prefix = 0
  while (a0 + prefix < a1 && b0 + prefix < b1 && a[a0 + prefix] === b[b0 + prefix]) prefix++
  if (prefix > 0) runs.push({ a: a0, b: b0, length: prefix })
  a0 += prefix
  b0 += prefix
  let suffix = 0
  while (a1 - suffix > a0 && b1 - suffix > b0 && a[a1 - 1 - suffix] === b[b1 - 1 - suffix]) suffix++
  if (suffix > 0) runs.push({ a: a1 - suffix, b: b1 - suffix, length: suffix })
  return [a0, a1 - suffix, b0, b1 - suffix]
}

function joinedInOrder(runs: Run[]): Run[] {
  runs.sort((x, y) => x.a - y.a)
  const joined: Run[] = []
  for (const run of runs) {
    if (run.length === 0) continue
    const last = joined[joined.length - 1]
    if (last && last.a + last.length === run.a && last.b + last.length === run.b) last.length += run.length
    else joined.push(run)
  }
  return joined
}

// Scratch arrays shared by every call: a comparison makes thousands of small ones.
let trace = new Int32Array(1 << 12)
let frontier = new Int32Array(64)

/**
 * Myers' O(ND) algorithm on a[a0, a1) and b[b0, b1), doing at most maxWork (diagonals tried and
 * elements compared, which is near D² plus the matched runs, far below N × D when edits are few)
 * and looking for at most MAX_EDITS insertions and deletions. Pushes the runs of a shortest edit
 * script and returns the ends of both ranges. When that would take more, or the budget runs out,
 * returns null and pushes nothing; or, when `partial`, pushes the runs of a shortest script to
 * the point furthest along that it reached, and returns that point (offsets in a and b).
 */
function myers<T>(
  a: ArrayLike<T>,
  a0: number,
  a1: number,
  b: ArrayLike<T>,
  b0: number,
  b1: number,
  maxWork: number,
  budget: Budget,
  runs: Run[],
  partial: boolean,
): [number, number] | null {
  const n = a1 - a0
  const m = b1 - b0
  const limit = Math.min(n + m, MAX_EDITS)
  const allowed = Math.min(maxWork, budget.remaining)
  const offset = limit + 1
  if (frontier.length < 2 * limit + 3) frontier = new Int32Array(2 * limit + 3)
  const v = frontier
  v[offset + 1] = 0
  let work = 0
  let d = 0
  for (; d <= limit && work <= allowed; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1
      let y = x - k
      const start = x
      while (x < n && y < m && a[a0 + x] === b[b0 + y]) {
        x++
        y++
      }
      work += x - start + 1
      v[offset + k] = x
      if (x >= n && y >= m) {
        budget.remaining -= work
        backtrack(d, n, m, a0, b0, runs)
        return [a1, b1]
      }
    }
    const at = d * d
    if (trace.length < at + 2 * d + 1) {
      const larger = new Int32Array(Math.max(trace.length * 2, at + 2 * d + 1))
      larger.set(trace)
      trace = larger
    }
    trace.set(v.subarray(offset - d, offset + d + 1), at)
  }
  budget.remaining -= work
  if (!partial || d === 0) return null
  // The last round done is d - 1: the point furthest along that it reached inside the ranges.
  const last = d - 1
  let bestX = -1
  let bestK = 0
  for (let k = -last; k <= last; k += 2) {
    const x = v[offset + k]!
    const y = x - k
    if (x <= n && y >= 0 && y <= m && (bestX < 0 || 2 * x - k > 2 * bestX - bestK)) {
      bestX = x
      bestK = k
    }
  }
  if (bestX < 0) return null
  backtrack(last, bestX, bestX - bestK, a0, b0, runs)
  return [a0 + bestX, b0 + bestX - bestK]
}

/** The furthest x reached on diagonal k after d edits, as the trace kept it. */
function reached(d: number, k: number): number {
  return trace[d * d + k + d]!
}

/** Pushes the runs of the shortest script of `edits` edits that ends at (x, y), as the trace kept it. */
function backtrack(edits: number, x: number, y: number, a0: number, b0: number, runs: Run[]): void {
  for (let d = edits; d > 0; d--) {
    const k = x - y
    const down = k === -d || (k !== d && reached(d - 1, k - 1) < reached(d - 1, k + 1))
    const previousK = down ? k + 1 : k - 1
    const previousX = reached(d - 1, previousK)
    const snakeX = down ? previousX : previousX + 1
    if (x > snakeX) runs.push({ a: a0 + snakeX, b: b0 + snakeX - k, length: x - snakeX })
    x = previousX
    y = previousX - previousK
  }
  if (x > 0) runs.push({ a: a0, b: b0, length: x })
}

// Counts of each value in the range, by value; kept at zero between calls.
let countA = new Int32Array(1024)
let countB = new Int32Array(1024)
let positionB = new Int32Array(1024)

/**
 * Positions [a, b, a, b, …] of the values that occur exactly once in a[a0, a1) and once in
 * b[b0, b1), reduced to the longest run of them in the same order on both sides.
 */
function uniqueAnchors(a: Sequence, a0: number, a1: number, b: Sequence, b0: number, b1: number): number[] {
  let largest = 0
  for (let i = a0; i < a1; i++) if (a[i]! > largest) largest = a[i]!
  for (let j = b0; j < b1; j++) if (b[j]! > largest) largest = b[j]!
  if (countA.length <= largest) {
    const length = Math.max(largest + 1, countA.length * 2)
    countA = new Int32Array(length)
    countB = new Int32Array(length)
    positionB = new Int32Array(length)
  }
  for (let i = a0; i < a1; i++) if (a[i]! >= 0) countA[a[i]!]!++
  for (let j = b0; j < b1; j++) {
    const value = b[j]!
    if (value < 0) continue
    countB[value]!++
    positionB[value] = j
  }
  const candidates: number[] = []
  for (let i = a0; i < a1; i++) {
    const value = a[i]!
    if (value >= 0 && countA[value] === 1 && countB[value] === 1) candidates.push(i, positionB[value]!)
  }
  for (let i = a0; i < a1; i++) if (a[i]! >= 0) countA[a[i]!] = 0
  for (let j = b0; j < b1; j++) if (b[j]! >= 0) countB[b[j]!] = 0
  return longestInOrder(candidates)
}

/** The longest subsequence of [a, b, …] pairs (sorted by a) whose b also increase. */
function longestInOrder(pairs: number[]): number[] {
  const count = pairs.length / 2
  const tails: number[] = []
  const previous = new Int32Array(count).fill(-1)
  for (let i = 0; i < count; i++) {
    const value = pairs[2 * i + 1]!
    let low = 0
    let high = tails.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (pairs[2 * tails[mid]! + 1]! < value) low = mid + 1
      else high = mid
    }
    if (low > 0) previous[i] = tails[low - 1]!
    tails[low] = i
  }
  const chosen: number[] = []
  for (let i = tails[tails.length - 1] ?? -1; i !== -1; i = previous[i]!) chosen.push(i)
  const anchors: number[] = []
  for (let k = chosen.length - 1; k >= 0; k--) anchors.push(pairs[2 * chosen[k]!]!, pairs[2 * chosen[k]! + 1]!)
  return anchors
}
