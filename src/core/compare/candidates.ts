import type { Edge } from './matching'
import { cosine, type TermVector } from './similarity'

/** Terms shared by more paragraphs than this carry no signal for finding moved paragraphs. */
const COMMON_TERM_LIMIT = 64
/** Paragraphs outside its gap that a paragraph is compared with: those sharing the most rare terms. */
const DISTANT_CANDIDATES = 8
/** Gaps between anchors up to this size (left × right) compare every pair inside them. */
const GAP_PAIR_LIMIT = 40 * 40
/**
 * In a larger gap, a paragraph is compared with those standing where it stands in the gap, this
 * many either side: when every paragraph changed, the whole document is one gap, and order is
 * what pairs the paragraphs of boilerplate that differ only in a few words.
 */
const ORDER_WINDOW = 4
/** Shingles that more paragraphs than this share are boilerplate: they tell nothing apart. */
const COMMON_SHINGLE_LIMIT = 16
/**
 * Two renderings of one statement number the same points alike even where every sentence is
 * reworded: the same number weighs as much as a good share of shared words.
 */
const SAME_NUMBER_BONUS = 0.25

/** The paragraphs exact matching left unpaired, with what similarity needs of them; arrays by paragraph index. */
export interface Free {
  left: number[]
  right: number[]
  leftVectors: (TermVector | undefined)[]
  rightVectors: (TermVector | undefined)[]
  leftSketches: (Int32Array | undefined)[]
  rightSketches: (Int32Array | undefined)[]
  leftNumbers: (string | null)[]
  rightNumbers: (string | null)[]
}

/** The equal pairs in order on both sides, by position: left[i] is paired with right[i]. */
export interface Anchors {
  left: Int32Array
  right: Int32Array
}

/** How alike two free paragraphs are, 0 to 1: their cosine, and a bonus for the same paragraph number. */
export function pairSimilarity(free: Free, left: number, right: number): number {
  const number = free.leftNumbers[left]
  const bonus = number != null && number === free.rightNumbers[right] ? SAME_NUMBER_BONUS : 0
  return Math.min(1, cosine(free.leftVectors[left]!, free.rightVectors[right]!) + bonus)
}

/**
 * Candidate pairs among the paragraphs exact matching left over, at or above the threshold:
 * every pair inside each small gap between in-order anchors, the paragraphs about the same place
 * in a large one (edits in place), and anywhere, those sharing the most weight in distinctive
 * terms or a shingle of three words (paragraphs that moved).
 */
export function candidateEdges(free: Free, anchors: Anchors, termCount: number, threshold: number): Edge[] {
  const rightCount = free.rightVectors.length
  // For each free left paragraph, the free right paragraphs of its gap ([gapStart, gapEnd) in
  // free.right) and those of them it is compared with ([nearStart, nearEnd)).
  const gapStart = new Int32Array(free.left.length)
  const gapEnd = new Int32Array(free.left.length)
  const nearStart = new Int32Array(free.left.length)
  const nearEnd = new Int32Array(free.left.length)
  let li = 0
  let ri = 0
  for (let k = 0; k <= anchors.left.length; k++) {
    const anchorLeft = k < anchors.left.length ? anchors.left[k]! : Infinity
    const anchorRight = k < anchors.left.length ? anchors.right[k]! : Infinity
    const leftStart = li
    const rightStart = ri
    while (li < free.left.length && free.left[li]! < anchorLeft) li++
    while (ri < free.right.length && free.right[ri]! < anchorRight) ri++
    const small = (li - leftStart) * (ri - rightStart) <= GAP_PAIR_LIMIT
    for (let a = leftStart; a < li; a++) {
      gapStart[a] = rightStart
      gapEnd[a] = ri
      const place = rightStart + Math.floor(((a - leftStart + 0.5) * (ri - rightStart)) / (li - leftStart))
      nearStart[a] = small ? rightStart : Math.max(rightStart, place - ORDER_WINDOW)
      nearEnd[a] = small ? ri : Math.min(ri, place + ORDER_WINDOW + 1)
    }
  }

  const postings = invertedIndex(free.right, free.rightVectors, termCount)
  const shingles = shingleIndex(free.right, free.rightSketches)
  const edges: Edge[] = []
  // lastLeft[r] === l once the pair (l, r) was considered: a stamp instead of a set of pairs.
  const lastLeft = new Int32Array(rightCount).fill(-1)
  const overlap = new Float64Array(rightCount)
  const touched: number[] = []
  const best = new Int32Array(DISTANT_CANDIDATES)
  const outranks = (r: number, other: number): boolean => overlap[r]! > overlap[other]! || (overlap[r] === overlap[other] && r < other)
  free.left.forEach((l, a) => {
    const vector = free.leftVectors[l]!
    const consider = (r: number): void => {
      if (lastLeft[r] === l) return
      lastLeft[r] = l
      const similarity = pairSimilarity(free, l, r)
      if (similarity >= threshold) edges.push({ left: l, right: r, weight: similarity })
    }
    for (let b = nearStart[a]!; b < nearEnd[a]!; b++) consider(free.right[b]!)

    for (const shingle of free.leftSketches[l]!) {
      const sharing = shingles.get(shingle)
      if (sharing && sharing.length <= COMMON_SHINGLE_LIMIT) for (const r of sharing) consider(r)
    }

    // Anywhere else: the paragraphs that share the most distinctive weight with this one.
    for (let i = 0; i < vector.terms.length; i++) {
      const term = vector.terms[i]!
      const from = postings.start[term]!
      const to = postings.start[term + 1]!
      if (to - from > COMMON_TERM_LIMIT) continue
      for (let p = from; p < to; p++) {
        const r = postings.right[p]!
        if (overlap[r] === 0) touched.push(r)
        overlap[r]! += vector.weights[i]! * postings.weight[p]!
      }
    }
    // The few with the most overlap, kept in order as they come: cheaper than sorting them all.
    let kept = 0
    for (const r of touched) {
      let at = Math.min(kept, DISTANT_CANDIDATES - 1)
      if (kept === DISTANT_CANDIDATES && !outranks(r, best[at]!)) continue
      while (at > 0 && outranks(r, best[at - 1]!)) {
        best[at] = best[at - 1]!
        at--
      }
      best[at] = r
      kept = Math.min(kept + 1, DISTANT_CANDIDATES)
    }
    for (let k = 0; k < kept; k++) consider(best[k]!)
    for (const r of touched) overlap[r] = 0
    touched.length = 0
  })
  return edges
}

interface InvertedIndex {
  /** The postings of term t are [start[t], start[t + 1]) in `right` and `weight`. */
  start: Int32Array
  right: Int32Array
  weight: Float64Array
}

function invertedIndex(paragraphs: number[], vectors: (TermVector | undefined)[], termCount: number): InvertedIndex {
  const start = new Int32Array(termCount + 1)
  for (const r of paragraphs) for (const term of vectors[r]!.terms) start[term + 1]!++
  for (let t = 0; t < termCount; t++) start[t + 1]! += start[t]!
  const next = start.slice(0, termCount)
  const right = new Int32Array(start[termCount]!)
  const weight = new Float64Array(start[termCount]!)
  for (const r of paragraphs) {
    const vector = vectors[r]!
    for (let i = 0; i < vector.terms.length; i++) {
      const at = next[vector.terms[i]!]!++
      right[at] = r
      weight[at] = vector.weights[i]!
    }
  }
  return { start, right, weight }
}

/** The right paragraphs by each shingle of their sketches. */
function shingleIndex(paragraphs: number[], sketches: (Int32Array | undefined)[]): Map<number, number[]> {
  const index = new Map<number, number[]>()
  for (const r of paragraphs) {
    for (const shingle of sketches[r]!) {
      const list = index.get(shingle)
      if (!list) index.set(shingle, [r])
      else if (list.length <= COMMON_SHINGLE_LIMIT) list.push(r)
    }
  }
  return index
}
