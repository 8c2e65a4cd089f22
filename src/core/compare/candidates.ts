import type { Edge } from './matching'
import { cosine, type TermVector } from './similarity'

/** Terms shared by more paragraphs than this carry no signal for finding moved paragraphs. */
const COMMON_TERM_LIMIT = 64
/** Paragraphs outside its gap that a paragraph is compared with: those sharing the most rare terms. */
const DISTANT_CANDIDATES = 8
/** Gaps between anchors up to this size (left × right) compare every pair inside them. */
const GAP_PAIR_LIMIT = 40 * 40
/**
 * Two renderings of one statement number the same points alike even where every sentence is
 * reworded: the same number weighs as much as a good share of shared words.
 */
const SAME_NUMBER_BONUS = 0.25

/** The paragraphs exact matching left unpaired, with their term vectors. */
export interface Free {
  left: number[]
  right: number[]
  /** Term vectors by paragraph index; undefined for paragraphs exact matching paired. */
  leftVectors: (TermVector | undefined)[]
  rightVectors: (TermVector | undefined)[]
}

/**
 * Candidate pairs among the paragraphs exact matching left over: every pair inside each gap
 * between in-order anchors (edits in place), and anywhere, the pairs that share the most weight
 * in distinctive terms (paragraphs that moved).
 */
export function candidateEdges(
  free: Free,
  anchors: Edge[],
  leftNumbers: (string | null)[],
  rightNumbers: (string | null)[],
  termCount: number,
  threshold: number,
): Edge[] {
  // For each free left paragraph, the free right paragraphs of its gap: [gapStart, gapEnd) in free.right.
  const gapStart = new Int32Array(free.left.length)
  const gapEnd = new Int32Array(free.left.length)
  let li = 0
  let ri = 0
  for (const anchor of [...anchors, { left: Number.MAX_SAFE_INTEGER, right: Number.MAX_SAFE_INTEGER, weight: 0 }]) {
    const leftStart = li
    const rightStart = ri
    while (li < free.left.length && free.left[li]! < anchor.left) li++
    while (ri < free.right.length && free.right[ri]! < anchor.right) ri++
    const small = (li - leftStart) * (ri - rightStart) <= GAP_PAIR_LIMIT
    for (let a = leftStart; a < li; a++) {
      gapStart[a] = rightStart
      gapEnd[a] = small ? ri : rightStart
    }
  }

  const postings = invertedIndex(free.right, free.rightVectors, termCount)
  const edges: Edge[] = []
  // lastLeft[r] === l once the pair (l, r) was considered: a stamp instead of a set of pairs.
  const lastLeft = new Int32Array(rightNumbers.length).fill(-1)
  const overlap = new Float64Array(rightNumbers.length)
  const touched: number[] = []
  free.left.forEach((l, a) => {
    const vector = free.leftVectors[l]!
    const consider = (r: number): void => {
      if (lastLeft[r] === l) return
      lastLeft[r] = l
      const bonus = leftNumbers[l] != null && leftNumbers[l] === rightNumbers[r] ? SAME_NUMBER_BONUS : 0
      const similarity = Math.min(1, cosine(vector, free.rightVectors[r]!) + bonus)
      if (similarity >= threshold) edges.push({ left: l, right: r, weight: similarity })
    }
    for (let b = gapStart[a]!; b < gapEnd[a]!; b++) consider(free.right[b]!)

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
    if (touched.length > DISTANT_CANDIDATES) touched.sort((x, y) => overlap[y]! - overlap[x]!)
    for (let k = 0; k < Math.min(DISTANT_CANDIDATES, touched.length); k++) consider(touched[k]!)
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
