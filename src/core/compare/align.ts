import { paragraphNumber } from '../text/paragraphs'
import type { CompareOptions } from './options'
import { cosine, inverseFrequencies, profileParagraph, weighTerms, type ParagraphProfile, type WeightedTerms } from './similarity'

export type RowKind = 'equal' | 'modified' | 'moved' | 'inserted' | 'deleted'

export interface AlignedRow {
  kind: RowKind
  /** Paragraph indexes on the left side (empty for an insertion). */
  left: number[]
  /** Paragraph indexes on the right side (empty for a deletion). */
  right: number[]
}

interface Pair {
  left: number
  right: number
  similarity: number
}

/** Equal paragraphs pair up first: the k-th occurrence on the left with the k-th on the right. */
function exactPairs(left: ParagraphProfile[], right: ParagraphProfile[]): Pair[] {
  const rightByKey = new Map<string, number[]>()
  right.forEach((profile, index) => {
    const list = rightByKey.get(profile.key)
    if (list) list.push(index)
    else rightByKey.set(profile.key, [index])
  })
  const used = new Map<string, number>()
  const pairs: Pair[] = []
  left.forEach((profile, index) => {
    const candidates = rightByKey.get(profile.key)
    const taken = used.get(profile.key) ?? 0
    const match = candidates?.[taken]
    if (match === undefined) return
    used.set(profile.key, taken + 1)
    pairs.push({ left: index, right: match, similarity: 1 })
  })
  return pairs
}

/** Terms shared by more paragraphs than this carry no signal for finding candidates. */
const COMMON_TERM_LIMIT = 64

/**
 * Two renderings of one statement number the same points alike even where every sentence is
 * reworded: the same number weighs as much as a good share of shared words.
 */
const SAME_NUMBER_BONUS = 0.25

interface Side {
  weights: WeightedTerms[]
  numbers: (string | null)[]
}

/**
 * Pairs the paragraphs left over by exact matching by TF-IDF cosine similarity. Candidates
 * come from an inverted index over distinctive terms; the most similar pairs are taken first,
 * nearer positions breaking ties.
 */
function similarPairs(
  left: Side,
  right: Side,
  leftFree: number[],
  rightFree: number[],
  threshold: number,
): Pair[] {
  const index = new Map<string, number[]>()
  for (const r of rightFree) {
    for (const term of right.weights[r]!.weights.keys()) {
      const list = index.get(term)
      if (list) list.push(r)
      else index.set(term, [r])
    }
  }
  const candidates: Pair[] = []
  for (const l of leftFree) {
    const seen = new Set<number>()
    for (const term of left.weights[l]!.weights.keys()) {
      const list = index.get(term)
      if (!list || list.length > COMMON_TERM_LIMIT) continue
      for (const r of list) seen.add(r)
    }
    const number = left.numbers[l]
    for (const r of seen) {
      const bonus = number != null && number === right.numbers[r] ? SAME_NUMBER_BONUS : 0
      const similarity = Math.min(1, cosine(left.weights[l]!, right.weights[r]!) + bonus)
      if (similarity >= threshold) candidates.push({ left: l, right: r, similarity })
    }
  }
  const leftCount = Math.max(1, left.weights.length)
  const rightCount = Math.max(1, right.weights.length)
  const rank = (pair: Pair): number => pair.similarity - 0.05 * Math.abs(pair.left / leftCount - pair.right / rightCount)
  candidates.sort((a, b) => rank(b) - rank(a))
  const takenLeft = new Set<number>()
  const takenRight = new Set<number>()
  const pairs: Pair[] = []
  for (const candidate of candidates) {
    if (takenLeft.has(candidate.left) || takenRight.has(candidate.right)) continue
    takenLeft.add(candidate.left)
    takenRight.add(candidate.right)
    pairs.push(candidate)
  }
  return pairs
}

/** Indexes (into pairs sorted by left) of the longest run whose right indexes increase. */
function longestIncreasing(pairs: Pair[]): Set<number> {
  const tails: number[] = []
  const previous: number[] = new Array<number>(pairs.length).fill(-1)
  pairs.forEach((pair, i) => {
    let low = 0
    let high = tails.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (pairs[tails[mid]!]!.right < pair.right) low = mid + 1
      else high = mid
    }
    if (low > 0) previous[i] = tails[low - 1]!
    tails[low] = i
  })
  const kept = new Set<number>()
  for (let i = tails[tails.length - 1] ?? -1; i !== -1; i = previous[i]!) kept.add(i)
  return kept
}

/**
 * Aligns two sequences of paragraphs: which paragraph corresponds to which, which moved, which
 * were inserted or deleted. Rows follow the left document's order; a moved paragraph's row
 * stands where it was on the left.
 */
export function alignParagraphs(leftTexts: string[], rightTexts: string[], options: CompareOptions): AlignedRow[] {
  const leftProfiles = leftTexts.map((text) => profileParagraph(text, options))
  const rightProfiles = rightTexts.map((text) => profileParagraph(text, options))
  const pairs = exactPairs(leftProfiles, rightProfiles)

  const pairedLeft = new Set(pairs.map((pair) => pair.left))
  const pairedRight = new Set(pairs.map((pair) => pair.right))
  const leftFree = leftTexts.map((_, i) => i).filter((i) => !pairedLeft.has(i))
  const rightFree = rightTexts.map((_, i) => i).filter((i) => !pairedRight.has(i))
  if (leftFree.length > 0 && rightFree.length > 0) {
    const idf = inverseFrequencies([...leftProfiles, ...rightProfiles])
    const side = (texts: string[], profiles: ParagraphProfile[]): Side => ({
      weights: profiles.map((profile) => weighTerms(profile, idf)),
      numbers: texts.map(paragraphNumber),
    })
    pairs.push(...similarPairs(side(leftTexts, leftProfiles), side(rightTexts, rightProfiles), leftFree, rightFree, options.similarityThreshold))
  }

  pairs.sort((a, b) => a.left - b.left)
  const inOrder = longestIncreasing(pairs)
  const leftPair = new Map<number, { pair: Pair; moved: boolean }>()
  const rightPair = new Map<number, { pair: Pair; moved: boolean }>()
  pairs.forEach((pair, i) => {
    const entry = { pair, moved: !inOrder.has(i) }
    leftPair.set(pair.left, entry)
    rightPair.set(pair.right, entry)
  })

  const rows: AlignedRow[] = []
  let l = 0
  let r = 0
  while (l < leftTexts.length || r < rightTexts.length) {
    const atLeft = l < leftTexts.length ? leftPair.get(l) : undefined
    const atRight = r < rightTexts.length ? rightPair.get(r) : undefined
    if (l < leftTexts.length && !atLeft) {
      rows.push({ kind: 'deleted', left: [l++], right: [] })
    } else if (r < rightTexts.length && !atRight) {
      rows.push({ kind: 'inserted', left: [], right: [r++] })
    } else if (atLeft?.moved) {
      rows.push({ kind: 'moved', left: [l++], right: [atLeft.pair.right] })
    } else if (atRight?.moved) {
      r++
    } else if (atLeft && atRight) {
      const kind = atLeft.pair.similarity === 1 && leftProfiles[l]!.key === rightProfiles[r]!.key ? 'equal' : 'modified'
      rows.push({ kind, left: [l++], right: [r++] })
    } else {
      // Only reachable when one side is exhausted and the other holds paired paragraphs whose
      // partners were already emitted; those were moved.
      if (atLeft) l++
      else r++
    }
  }
  return rows
}
