import { paragraphNumber } from '../text/paragraphs'
import { sameKeys, type AnalysedSide, type Interner } from './analysis'
import { candidateEdges, pairSimilarity, type Anchors, type Free } from './candidates'
import { maximumMatching, type Edge } from './matching'
import type { CompareOptions } from './options'
import { budgetFor, commonRuns, commonRunsIfFewEdits } from './sequence-diff'
import { containment, shingleSketch, termVectors } from './similarity'

export type RowKind = 'equal' | 'modified' | 'moved' | 'split' | 'merged' | 'inserted' | 'deleted'

/** How each kind of row is named on screen and in reports. */
export const ROW_KIND_LABELS: Record<RowKind, string> = {
  equal: 'Equal', modified: 'Modified', moved: 'Moved', split: 'Split', merged: 'Merged', inserted: 'Inserted', deleted: 'Deleted',
}

/**
 * Receives the aligned rows in order: paragraph indexes on the left (empty for an insertion; two
 * or more when merged) and on the right (empty for a deletion; two or more when split), and for
 * split and merged rows, whether their paragraphs also changed place.
 */
export type RowVisitor = (kind: RowKind, left: number[], right: number[], moved: boolean) => void

/** Paragraphs split or merged: several on one side with one on the other. */
interface Group {
  left: number[]
  right: number[]
  moved: boolean
}

/**
 * Which paragraph goes with which. Pairs of one paragraph with one are kept in arrays by
 * paragraph (a long document has tens of thousands of them); only splits and merges are objects.
 */
class Pairing {
  /** The right paragraph paired one-to-one with each left one, or -1. */
  readonly leftPartner: Int32Array
  readonly rightPartner: Int32Array
  /** By left paragraph of a one-to-one pair: the two are equal. */
  readonly exact: Uint8Array
  /** By left paragraph of a one-to-one pair: it changed place (a group says so itself). */
  readonly moved: Uint8Array
  /** The split or merge each paragraph belongs to, or -1. */
  readonly leftGroup: Int32Array
  readonly rightGroup: Int32Array
  readonly groups: Group[] = []

  constructor(leftCount: number, rightCount: number) {
    this.leftPartner = new Int32Array(leftCount).fill(-1)
    this.rightPartner = new Int32Array(rightCount).fill(-1)
    this.exact = new Uint8Array(leftCount)
    this.moved = new Uint8Array(leftCount)
    this.leftGroup = new Int32Array(leftCount).fill(-1)
    this.rightGroup = new Int32Array(rightCount).fill(-1)
  }

  get leftCount(): number {
    return this.leftPartner.length
  }

  get rightCount(): number {
    return this.rightPartner.length
  }

  pair(left: number, right: number, exact: boolean): void {
    this.leftPartner[left] = right
    this.rightPartner[right] = left
    this.exact[left] = exact ? 1 : 0
  }

  leftFree(left: number): boolean {
    return this.leftPartner[left] === -1 && this.leftGroup[left] === -1
  }

  rightFree(right: number): boolean {
    return this.rightPartner[right] === -1 && this.rightGroup[right] === -1
  }

  /** Turns the pair of `left` into a group that also holds the given paragraphs. */
  group(left: number[], right: number[]): void {
    for (const l of left) this.leftPartner[l] = -1
    for (const r of right) this.rightPartner[r] = -1
    const index = this.groups.length
    this.groups.push({ left, right, moved: false })
    for (const l of left) this.leftGroup[l] = index
    for (const r of right) this.rightGroup[r] = index
  }

  /** The same pairing seen from the other side. */
  mirrored(): Pairing {
    const mirror = new Pairing(this.rightCount, this.leftCount)
    for (let l = 0; l < this.leftCount; l++) {
      const r = this.leftPartner[l]!
      if (r === -1) continue
      mirror.pair(r, l, this.exact[l] === 1)
      mirror.moved[r] = this.moved[l]!
    }
    for (const group of this.groups) {
      mirror.group(group.right, group.left)
      mirror.groups[mirror.groups.length - 1]!.moved = group.moved
    }
    return mirror
  }
}

/** How much of a fragment must stand in a paragraph for the two to count as split or merged. */
const SPLIT_CONTAINMENT = 0.6

/** Flags, by position, of the longest subsequence of `values` that increases. */
function longestIncreasing(values: Int32Array): Uint8Array {
  const kept = new Uint8Array(values.length)
  let increasing = true
  for (let i = 1; i < values.length && increasing; i++) increasing = values[i - 1]! < values[i]!
  if (increasing) return kept.fill(1)
  const tails = new Int32Array(values.length)
  let length = 0
  const previous = new Int32Array(values.length).fill(-1)
  for (let i = 0; i < values.length; i++) {
    let low = 0
    let high = length
    while (low < high) {
      const mid = (low + high) >> 1
      if (values[tails[mid]!]! < values[i]!) low = mid + 1
      else high = mid
    }
    if (low > 0) previous[i] = tails[low - 1]!
    tails[low] = i
    if (low === length) length++
  }
  for (let i = length > 0 ? tails[length - 1]! : -1; i !== -1; i = previous[i]!) kept[i] = 1
  return kept
}

/** The equal pairs that keep their order on both sides, in order: the frame the gaps lie in. */
function anchorsInOrder(pairing: Pairing): Anchors {
  const lefts = new Int32Array(pairing.leftCount)
  const rights = new Int32Array(pairing.leftCount)
  let count = 0
  for (let l = 0; l < pairing.leftCount; l++) {
    if (pairing.exact[l] === 0) continue
    lefts[count] = l
    rights[count++] = pairing.leftPartner[l]!
  }
  const kept = longestIncreasing(rights.subarray(0, count))
  let anchors = 0
  for (let i = 0; i < count; i++) {
    if (kept[i] === 0) continue
    lefts[anchors] = lefts[i]!
    rights[anchors++] = rights[i]!
  }
  return { left: lefts.subarray(0, anchors), right: rights.subarray(0, anchors) }
}

/**
 * The share of the pairing's time each step has ended at, measured on a million words (30%
 * edited): pairing equal texts; analysing the paragraphs left free (most of pairing equal
 * paragraphs); pairing those equal under the options; describing the free ones (term vectors,
 * sketches) and pairing them by similarity, about a third each.
 */
const PAIRING_STEPS = { equalTexts: 0.05, analysed: 0.3, equal: 0.33, free: 0.67, similar: 1 }

/**
 * Equal paragraphs pair first, and without analysis: paragraph texts become ids, and their
 * bounded diff gives the equal paragraphs in order; a text left over once on each side pairs
 * (it moved); then the rest are analysed and pair the same way when equal under the options.
 */
function pairEqual(left: AnalysedSide, right: AnalysedSide, pairing: Pairing, onProgress: (done: number) => void): void {
  const budget = budgetFor(left.length + right.length)
  let runs = commonRunsIfFewEdits(left.texts, right.texts, budget)
  if (!runs) {
    const idOfText = new Map<string, number>()
    const ids = (texts: string[]): Int32Array => {
      const result = new Int32Array(texts.length)
      for (let i = 0; i < texts.length; i++) {
        let id = idOfText.get(texts[i]!)
        if (id === undefined) {
          id = idOfText.size
          idOfText.set(texts[i]!, id)
        }
        result[i] = id
      }
      return result
    }
    runs = commonRuns(ids(left.texts), ids(right.texts), budget)
  }
  for (const run of runs) for (let i = 0; i < run.length; i++) pairing.pair(run.a + i, run.b + i, true)
  pairMoved(pairing, right.texts, left.texts, (l, r) => left.texts[l] === right.texts[r])
  onProgress(PAIRING_STEPS.equalTexts)
  analyseFree(left, right, pairing, (done) => onProgress(PAIRING_STEPS.equalTexts + (PAIRING_STEPS.analysed - PAIRING_STEPS.equalTexts) * done))
  pairMoved(pairing, (r) => right.get(r).hash, (l) => left.get(l).hash, (l, r) => sameKeys(left.get(l), right.get(r)))
}

/**
 * Analyses the paragraphs no equal text paired, on both sides: what the rest of the pairing
 * reads, and most of the time of pairing equal paragraphs. Done here in a loop of its own (each
 * analysis is kept) so that its progress can be told.
 */
function analyseFree(left: AnalysedSide, right: AnalysedSide, pairing: Pairing, onProgress: (done: number) => void): void {
  const free: [AnalysedSide, number][] = []
  for (let r = 0; r < right.length; r++) if (pairing.rightFree(r)) free.push([right, r])
  // In the order pairMoved reads them, which stops where no right paragraph is free: terms are numbered as first met.
  if (free.length === 0) return
  for (let l = 0; l < left.length; l++) if (pairing.leftFree(l)) free.push([left, l])
  const every = Math.max(1, Math.floor(free.length / 20))
  free.forEach(([side, index], done) => {
    side.get(index)
    if ((done + 1) % every === 0) onProgress((done + 1) / free.length)
  })
}

/**
 * Pairs the free paragraphs whose key (text, or hash) is left over exactly once on each side and
 * that `same` confirms: an equal paragraph that moved. A key left over more than once is
 * boilerplate repeated word for word; which copy goes with which is left to similarity, which
 * pairs them by their order.
 */
function pairMoved<K>(
  pairing: Pairing,
  rightKey: ((r: number) => K) | readonly K[],
  leftKey: ((l: number) => K) | readonly K[],
  same: (l: number, r: number) => boolean,
): void {
  const keyOf = (keys: ((index: number) => K) | readonly K[], index: number): K => (typeof keys === 'function' ? keys(index) : keys[index]!)
  // For each key: the one free right paragraph that has it, or -1 when several have.
  const rightWithKey = new Map<K, number>()
  for (let r = 0; r < pairing.rightCount; r++) {
    if (!pairing.rightFree(r)) continue
    const key = keyOf(rightKey, r)
    rightWithKey.set(key, rightWithKey.has(key) ? -1 : r)
  }
  if (rightWithKey.size === 0) return
  const leftWithKey = new Map<K, number>()
  for (let l = 0; l < pairing.leftCount; l++) {
    if (!pairing.leftFree(l)) continue
    const key = keyOf(leftKey, l)
    if (rightWithKey.has(key)) leftWithKey.set(key, leftWithKey.has(key) ? -1 : l)
  }
  for (const [key, l] of leftWithKey) {
    const r = rightWithKey.get(key)!
    if (l >= 0 && r >= 0 && same(l, r)) pairing.pair(l, r, true)
  }
}

/**
 * Grows a similar pair into a split (one left paragraph became consecutive right paragraphs) or
 * a merge (the reverse) while an unpaired neighbour's words stand in the pair's other side.
 */
function growSplitsAndMerges(pairs: Edge[], free: Free, pairing: Pairing): void {
  for (const { left: l, right: r } of pairs) {
    const grow = (indexes: number[], vectors: Free['leftVectors'], isFree: (index: number) => boolean, whole: Free['leftVectors'][number]): void => {
      if (!whole) return
      for (const step of [1, -1]) {
        for (;;) {
          const next = step === 1 ? indexes[indexes.length - 1]! + 1 : indexes[0]! - 1
          const vector = vectors[next]
          if (!vector || !isFree(next) || containment(vector, whole) < SPLIT_CONTAINMENT) break
          if (step === 1) indexes.push(next)
          else indexes.unshift(next)
        }
      }
    }
    const rights = [r]
    grow(rights, free.rightVectors, (index) => pairing.rightFree(index), free.leftVectors[l])
    const lefts = [l]
    if (rights.length === 1) grow(lefts, free.leftVectors, (index) => pairing.leftFree(index), free.rightVectors[r])
    if (rights.length > 1 || lefts.length > 1) pairing.group(lefts, rights)
  }
}

/**
 * Whether the sides are in canonical order. Alignment makes choices among equally good answers
 * (ties in matching, among longest in-order runs); making them in one canonical orientation and
 * mirroring the result means swapping the documents swaps the answer, exactly.
 */
function isCanonical(left: string[], right: string[]): boolean {
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    if (left[i] !== right[i]) return left[i]! < right[i]!
  }
  return left.length <= right.length
}

/** A pair is paired in order when it is at least this share of the best either of its paragraphs has. */
const NEAR_BEST = 0.9

/** Prefers, among equally similar pairings, the one that keeps paragraphs nearer their places. */
const POSITION_PREFERENCE = 1e-3

/**
 * The heaviest chain of edges in order on both sides (a heaviest common subsequence), by a
 * Fenwick tree of the best chain ending at or before each right paragraph.
 */
function heaviestChain(edges: Edge[], rightCount: number): Edge[] {
  const sorted = [...edges].sort((a, b) => a.left - b.left || b.right - a.right)
  const bestWeight = new Float64Array(rightCount + 1)
  const bestEdge = new Int32Array(rightCount + 1).fill(-1)
  const previous = new Int32Array(sorted.length).fill(-1)
  const total = new Float64Array(sorted.length)
  sorted.forEach((edge, i) => {
    if (edge.weight <= 0) return
    let weight = 0
    let before = -1
    for (let at = edge.right; at > 0; at -= at & -at) {
      if (bestWeight[at]! > weight) {
        weight = bestWeight[at]!
        before = bestEdge[at]!
      }
    }
    total[i] = weight + edge.weight
    previous[i] = before
    for (let at = edge.right + 1; at <= rightCount; at += at & -at) {
      if (total[i] > bestWeight[at]!) {
        bestWeight[at] = total[i]!
        bestEdge[at] = i
      }
    }
  })
  let last = -1
  for (let i = 0; i < sorted.length; i++) if (last === -1 || total[i]! > total[last]!) last = i
  const chain: Edge[] = []
  for (let i = last; i !== -1 && total[i]! > 0; i = previous[i]!) chain.push(sorted[i]!)
  return chain.reverse()
}

/** Which gap between anchors each paragraph stands in: the number of anchors before it. */
function gapsOf(anchors: Int32Array, count: number): Int32Array {
  const gaps = new Int32Array(count)
  let gap = 0
  for (let i = 0; i < count; i++) {
    while (gap < anchors.length && anchors[gap]! < i) gap++
    gaps[i] = gap
  }
  return gaps
}

/** The paragraphs equal pairing left over, with their term vectors, sketches and numbers. */
function freeParagraphs(left: AnalysedSide, right: AnalysedSide, pairing: Pairing, interner: Interner): Free {
  const free: Free = { left: [], right: [], leftVectors: [], rightVectors: [], leftSketches: [], rightSketches: [], leftNumbers: [], rightNumbers: [] }
  for (let l = 0; l < left.length; l++) if (pairing.leftFree(l)) free.left.push(l)
  for (let r = 0; r < right.length; r++) if (pairing.rightFree(r)) free.right.push(r)
  if (free.left.length === 0 || free.right.length === 0) return free
  const vectors = termVectors([...free.left.map((l) => left.get(l)), ...free.right.map((r) => right.get(r))], interner)
  free.left.forEach((l, i) => {
    free.leftVectors[l] = vectors[i]
    free.leftSketches[l] = shingleSketch(left.get(l), interner)
    free.leftNumbers[l] = paragraphNumber(left.texts[l]!)
  })
  free.right.forEach((r, i) => {
    free.rightVectors[r] = vectors[free.left.length + i]
    free.rightSketches[r] = shingleSketch(right.get(r), interner)
    free.rightNumbers[r] = paragraphNumber(right.texts[r]!)
  })
  return free
}

/**
 * Pairs the paragraphs left over by similarity. In order first: within each gap between anchors,
 * the heaviest chain of pairs that are about as good as either paragraph's best, then their
 * neighbours along the same diagonal; what remains pairs by similarity alone (moves). So
 * near-equal paragraphs (boilerplate) are told apart by their order, and a paragraph with one
 * clearly better partner elsewhere keeps it.
 */
function pairSimilar(pairing: Pairing, free: Free, anchors: Anchors, options: CompareOptions, termCount: number, equal: (l: number, r: number) => boolean): void {
  const { leftCount, rightCount } = pairing
  const edges = candidateEdges(free, anchors, termCount, options.similarityThreshold)
  for (const edge of edges) edge.weight -= POSITION_PREFERENCE * Math.abs(edge.left / leftCount - edge.right / rightCount)
  const bestOfLeft = new Float64Array(leftCount)
  const bestOfRight = new Float64Array(rightCount)
  for (const edge of edges) {
    bestOfLeft[edge.left] = Math.max(bestOfLeft[edge.left]!, edge.weight)
    bestOfRight[edge.right] = Math.max(bestOfRight[edge.right]!, edge.weight)
  }
  const nearBest = (l: number, r: number, weight: number): boolean => weight >= NEAR_BEST * Math.max(bestOfLeft[l]!, bestOfRight[r]!)
  const leftGaps = gapsOf(anchors.left, leftCount)
  const rightGaps = gapsOf(anchors.right, rightCount)
  const similar = heaviestChain(
    edges.filter((edge) => leftGaps[edge.left] === rightGaps[edge.right] && nearBest(edge.left, edge.right, edge.weight)),
    rightCount,
  )
  for (const edge of similar) pairing.pair(edge.left, edge.right, equal(edge.left, edge.right))
  for (let i = 0; i < similar.length; i++) {
    const { left: l, right: r } = similar[i]!
    for (const step of [-1, 1]) {
      const [nextLeft, nextRight] = [l + step, r + step]
      if (!free.leftVectors[nextLeft] || !free.rightVectors[nextRight] || !pairing.leftFree(nextLeft) || !pairing.rightFree(nextRight)) continue
      if (leftGaps[nextLeft] !== rightGaps[nextRight]) continue
      const similarity = pairSimilarity(free, nextLeft, nextRight)
      if (similarity < options.similarityThreshold || !nearBest(nextLeft, nextRight, similarity)) continue
      pairing.pair(nextLeft, nextRight, equal(nextLeft, nextRight))
      similar.push({ left: nextLeft, right: nextRight, weight: similarity })
    }
  }
  const moves = maximumMatching(edges.filter((edge) => pairing.leftFree(edge.left) && pairing.rightFree(edge.right)), leftCount)
  for (const edge of moves) pairing.pair(edge.left, edge.right, equal(edge.left, edge.right))
  growSplitsAndMerges([...similar, ...moves], free, pairing)
}

/** Marks as moved what stands outside the longest run of pairs and groups in order on both sides. */
function markMoved(pairing: Pairing): void {
  const starts = new Int32Array(pairing.leftCount)
  const rights = new Int32Array(pairing.leftCount)
  let count = 0
  for (let l = 0; l < pairing.leftCount; l++) {
    const group = pairing.leftGroup[l]!
    if (group >= 0 && pairing.groups[group]!.left[0] !== l) continue
    const right = group >= 0 ? pairing.groups[group]!.right[0]! : pairing.leftPartner[l]!
    if (right === -1) continue
    starts[count] = l
    rights[count++] = right
  }
  const inOrder = longestIncreasing(rights.subarray(0, count))
  for (let i = 0; i < count; i++) {
    const group = pairing.leftGroup[starts[i]!]!
    if (group >= 0) pairing.groups[group]!.moved = inOrder[i] === 0
    else pairing.moved[starts[i]!] = inOrder[i] === 0 ? 1 : 0
  }
}

function findPairing(left: AnalysedSide, right: AnalysedSide, options: CompareOptions, interner: Interner, onProgress: (done: number) => void): Pairing {
  const pairing = new Pairing(left.length, right.length)
  pairEqual(left, right, pairing, onProgress)
  onProgress(PAIRING_STEPS.equal)
  const free = freeParagraphs(left, right, pairing, interner)
  onProgress(PAIRING_STEPS.free)
  // Copies of a paragraph repeated word for word pair here too, by similarity: equal all the same.
  const equal = (l: number, r: number): boolean => left.texts[l] === right.texts[r] || sameKeys(left.get(l), right.get(r))
  if (free.left.length > 0 && free.right.length > 0) pairSimilar(pairing, free, anchorsInOrder(pairing), options, interner.termCount, equal)
  markMoved(pairing)
  onProgress(PAIRING_STEPS.similar)
  return pairing
}

/**
 * Aligns two sequences of paragraphs: which paragraph corresponds to which, which moved, which
 * were split or merged, which were inserted or deleted, and hands `visit` the rows in the left
 * document's order; a moved paragraph's row stands where it was on the left.
 */
export function alignParagraphs(
  left: AnalysedSide,
  right: AnalysedSide,
  options: CompareOptions,
  interner: Interner,
  visit: RowVisitor,
  /** Told the share of the pairing done, 0 to 1, as each of its steps ends (before the rows are visited). */
  onPairing: (done: number) => void = () => undefined,
): void {
  const pairing = isCanonical(left.texts, right.texts) ? findPairing(left, right, options, interner, onPairing) : findPairing(right, left, options, interner, onPairing).mirrored()
  visitRows(pairing, visit)
}

/** No pair or group: the paragraph was inserted or deleted. */
const UNPAIRED = -1

function visitRows(pairing: Pairing, visit: RowVisitor): void {
  const { leftCount, rightCount, groups } = pairing
  // What a paragraph belongs to: the left index of its pair, or -2 - its group, or UNPAIRED.
  const unitOfLeft = (l: number): number => (pairing.leftGroup[l]! >= 0 ? -2 - pairing.leftGroup[l]! : pairing.leftPartner[l]! >= 0 ? l : UNPAIRED)
  const unitOfRight = (r: number): number => (pairing.rightGroup[r]! >= 0 ? -2 - pairing.rightGroup[r]! : pairing.rightPartner[r]!)
  const isMoved = (unit: number): boolean => (unit >= 0 ? pairing.moved[unit] === 1 : groups[-2 - unit]!.moved)
  const firstLeft = (unit: number): number => (unit >= 0 ? unit : groups[-2 - unit]!.left[0]!)
  const visitUnit = (unit: number): void => {
    if (unit >= 0) {
      visit(pairing.moved[unit] === 1 ? 'moved' : pairing.exact[unit] === 1 ? 'equal' : 'modified', [unit], [pairing.leftPartner[unit]!], false)
      return
    }
    const group = groups[-2 - unit]!
    visit(group.right.length > 1 ? 'split' : 'merged', group.left, group.right, group.moved)
  }
  const sizeOf = (unit: number, side: 'left' | 'right'): number => (unit >= 0 ? 1 : groups[-2 - unit]![side].length)

  let l = 0
  let r = 0
  while (l < leftCount || r < rightCount) {
    const atLeft = l < leftCount ? unitOfLeft(l) : UNPAIRED
    const atRight = r < rightCount ? unitOfRight(r) : UNPAIRED
    if (l < leftCount && atLeft === UNPAIRED) visit('deleted', [l++], [], false)
    else if (r < rightCount && atRight === UNPAIRED) visit('inserted', [], [r++], false)
    else if (atLeft !== UNPAIRED && isMoved(atLeft)) {
      if (firstLeft(atLeft) === l) visitUnit(atLeft)
      l++
    } else if (atRight !== UNPAIRED && isMoved(atRight)) r++
    else if (atLeft !== UNPAIRED && atLeft === atRight) {
      visitUnit(atLeft)
      l += sizeOf(atLeft, 'left')
      r += sizeOf(atLeft, 'right')
    } else if (atLeft !== UNPAIRED && atRight === UNPAIRED) l++
    else r++
  }
}
