import { paragraphNumber } from '../text/paragraphs'
import { sameKeys, type Interner, type ParagraphAnalysis } from './analysis'
import { maximumMatching, type Edge } from './matching'
import type { CompareOptions } from './options'
import { candidateEdges, type Free } from './candidates'
import { containment, termVectors } from './similarity'

export type RowKind = 'equal' | 'modified' | 'moved' | 'split' | 'merged' | 'inserted' | 'deleted'

/** How each kind of row is named on screen and in reports. */
export const ROW_KIND_LABELS: Record<RowKind, string> = {
  equal: 'Equal', modified: 'Modified', moved: 'Moved', split: 'Split', merged: 'Merged', inserted: 'Inserted', deleted: 'Deleted',
}

export interface AlignedRow {
  kind: RowKind
  /** Paragraph indexes on the left side (empty for an insertion; two or more when merged). */
  left: number[]
  /** Paragraph indexes on the right side (empty for a deletion; two or more when split). */
  right: number[]
  /** Set on split and merged rows whose paragraphs also changed place. */
  moved?: true
}

interface Group {
  left: number[]
  right: number[]
  exact: boolean
  /** Out of the longest in-order run: the paragraphs changed place. */
  moved: boolean
}

/** How much of a fragment must stand in a paragraph for the two to count as split or merged. */
const SPLIT_CONTAINMENT = 0.6

/** Equal paragraphs pair first: the k-th occurrence on the left with the k-th on the right. */
function exactPairs(left: ParagraphAnalysis[], right: ParagraphAnalysis[]): Edge[] {
  const rightByHash = new Map<number, number[]>()
  right.forEach((analysis, index) => {
    const list = rightByHash.get(analysis.hash)
    if (list) list.push(index)
    else rightByHash.set(analysis.hash, [index])
  })
  const pairs: Edge[] = []
  left.forEach((analysis, index) => {
    const candidates = rightByHash.get(analysis.hash)
    if (!candidates) return
    const at = candidates.findIndex((candidate) => sameKeys(analysis, right[candidate]!))
    if (at < 0) return
    pairs.push({ left: index, right: candidates[at]!, weight: 1 })
    candidates.splice(at, 1)
  })
  return pairs
}

/** Positions (into `items`, sorted by left) of the longest run whose right indexes increase. */
function longestIncreasing(items: { right: number }[]): Set<number> {
  const tails: number[] = []
  const previous = new Int32Array(items.length).fill(-1)
  items.forEach((item, i) => {
    let low = 0
    let high = tails.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (items[tails[mid]!]!.right < item.right) low = mid + 1
      else high = mid
    }
    if (low > 0) previous[i] = tails[low - 1]!
    tails[low] = i
  })
  const kept = new Set<number>()
  for (let i = tails[tails.length - 1] ?? -1; i !== -1; i = previous[i]!) kept.add(i)
  return kept
}

/** The exact pairs that keep their order on both sides, sorted: the frame the gaps lie in. */
function anchorsInOrder(pairs: Edge[]): Edge[] {
  const sorted = [...pairs].sort((a, b) => a.left - b.left)
  const kept = longestIncreasing(sorted)
  return sorted.filter((_, i) => kept.has(i))
}

/**
 * Grows a pair into a split (one left paragraph became consecutive right paragraphs) or a merge
 * (the reverse) while an unpaired neighbour's words stand in the pair's other side.
 */
function growSplitsAndMerges(groups: Group[], free: Free): void {
  const pairedLeft = new Set<number>()
  const pairedRight = new Set<number>()
  for (const group of groups) {
    group.left.forEach((l) => pairedLeft.add(l))
    group.right.forEach((r) => pairedRight.add(r))
  }
  for (const group of groups) {
    if (group.exact) continue
    const grow = (side: 'left' | 'right'): void => {
      const paired = side === 'left' ? pairedLeft : pairedRight
      const vectors = side === 'left' ? free.leftVectors : free.rightVectors
      const whole = side === 'left' ? free.rightVectors[group.right[0]!] : free.leftVectors[group.left[0]!]
      if (!whole) return
      const indexes = group[side]
      for (const step of [1, -1]) {
        for (;;) {
          const next = step === 1 ? indexes[indexes.length - 1]! + 1 : indexes[0]! - 1
          const vector = vectors[next]
          if (!vector || paired.has(next) || containment(vector, whole) < SPLIT_CONTAINMENT) break
          paired.add(next)
          if (step === 1) indexes.push(next)
          else indexes.unshift(next)
        }
      }
    }
    if (group.left.length === 1) grow('right')
    if (group.right.length === 1) grow('left')
  }
}

/**
 * Whether the sides are in canonical order. Alignment makes choices among equally good answers
 * (ties in matching, among longest in-order runs); making them in one canonical orientation and
 * mirroring the result means swapping the documents swaps the answer, exactly.
 */
function isCanonical(left: ParagraphAnalysis[], right: ParagraphAnalysis[]): boolean {
  // Texts, not hashes: key ids (and so hashes) depend on which side was read first.
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    if (left[i]!.text !== right[i]!.text) return left[i]!.text < right[i]!.text
  }
  return left.length <= right.length
}

/** Prefers, among equally similar pairings, the one that keeps paragraphs nearer their places. */
const POSITION_PREFERENCE = 1e-3

function findGroups(left: ParagraphAnalysis[], right: ParagraphAnalysis[], options: CompareOptions, interner: Interner): Group[] {
  const exact = exactPairs(left, right)
  const pairedLeft = new Set(exact.map((pair) => pair.left))
  const pairedRight = new Set(exact.map((pair) => pair.right))
  const free: Free = {
    left: left.map((_, i) => i).filter((i) => !pairedLeft.has(i)),
    right: right.map((_, i) => i).filter((i) => !pairedRight.has(i)),
    leftVectors: [],
    rightVectors: [],
  }
  const groups: Group[] = exact.map((pair) => ({ left: [pair.left], right: [pair.right], exact: true, moved: false }))
  if (free.left.length > 0 && free.right.length > 0) {
    const vectors = termVectors([...free.left.map((i) => left[i]!), ...free.right.map((i) => right[i]!)], interner)
    free.left.forEach((l, i) => (free.leftVectors[l] = vectors[i]))
    free.right.forEach((r, i) => (free.rightVectors[r] = vectors[free.left.length + i]))
    const numbers = (side: ParagraphAnalysis[]) => side.map((analysis) => paragraphNumber(analysis.text))
    const edges = candidateEdges(free, anchorsInOrder(exact), numbers(left), numbers(right), interner.termCount, options.similarityThreshold)
    for (const edge of edges) edge.weight -= POSITION_PREFERENCE * Math.abs(edge.left / left.length - edge.right / right.length)
    const similar = maximumMatching(edges, left.length).map((edge) => ({ left: [edge.left], right: [edge.right], exact: false, moved: false }))
    groups.push(...similar)
    growSplitsAndMerges(similar, free)
  }
  groups.sort((a, b) => a.left[0]! - b.left[0]!)
  const inOrder = longestIncreasing(groups.map((group) => ({ right: group.right[0]! })))
  groups.forEach((group, i) => (group.moved = !inOrder.has(i)))
  return groups
}

/**
 * Aligns two sequences of paragraphs: which paragraph corresponds to which, which moved, which
 * were split or merged, which were inserted or deleted. Rows follow the left document's order;
 * a moved paragraph's row stands where it was on the left.
 */
export function alignParagraphs(left: ParagraphAnalysis[], right: ParagraphAnalysis[], options: CompareOptions, interner: Interner): AlignedRow[] {
  const groups = isCanonical(left, right)
    ? findGroups(left, right, options, interner)
    : findGroups(right, left, options, interner).map((group) => ({ ...group, left: group.right, right: group.left }))
  return rowsInOrder(groups, left.length, right.length)
}

function rowsInOrder(groups: Group[], leftCount: number, rightCount: number): AlignedRow[] {
  const leftGroup = new Map<number, Group>()
  const rightGroup = new Map<number, Group>()
  for (const group of groups) {
    group.left.forEach((l) => leftGroup.set(l, group))
    group.right.forEach((r) => rightGroup.set(r, group))
  }
  const rowOf = (group: Group): AlignedRow => {
    if (group.right.length > 1 || group.left.length > 1) {
      return { kind: group.right.length > 1 ? 'split' : 'merged', left: group.left, right: group.right, ...(group.moved ? { moved: true as const } : {}) }
    }
    return { kind: group.moved ? 'moved' : group.exact ? 'equal' : 'modified', left: group.left, right: group.right }
  }

  const rows: AlignedRow[] = []
  let l = 0
  let r = 0
  while (l < leftCount || r < rightCount) {
    const atLeft = l < leftCount ? leftGroup.get(l) : undefined
    const atRight = r < rightCount ? rightGroup.get(r) : undefined
    if (l < leftCount && !atLeft) rows.push({ kind: 'deleted', left: [l++], right: [] })
    else if (r < rightCount && !atRight) rows.push({ kind: 'inserted', left: [], right: [r++] })
    else if (atLeft?.moved) {
      if (atLeft.left[0] === l) rows.push(rowOf(atLeft))
      l++
    } else if (atRight?.moved) r++
    else if (atLeft && atLeft === atRight) {
      rows.push(rowOf(atLeft))
      l += atLeft.left.length
      r += atLeft.right.length
    } else if (atLeft && !atRight) l++
    else r++
  }
  return rows
}
