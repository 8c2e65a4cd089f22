import { diffArrays } from 'diff'
import { analyzeParagraph, Interner, type ParagraphAnalysis } from './analysis'
import type { CompareOptions } from './options'

export type WordOpKind = 'equal' | 'insert' | 'delete'

export interface WordOp {
  op: WordOpKind
  /** The text on the side the op belongs to (the left side for equal ops). */
  text: string
  /** For equal ops whose sides differ only in what the options ignore: the right side's text. */
  rightText?: string
}

export interface WordDiff {
  ops: WordOp[]
  equalWords: number
  insertedWords: number
  deletedWords: number
}

/** A run of units: [l0, l1) on the left and [r0, r1) on the right; equal runs have the same length. */
interface Segment {
  equal: boolean
  l0: number
  l1: number
  r0: number
  r1: number
}

function span(analysis: ParagraphAnalysis, from: number, to: number): string {
  return analysis.text.slice(analysis.starts[from], analysis.starts[to])
}

function wordsIn(analysis: ParagraphAnalysis, from: number, to: number): number {
  let count = 0
  for (let i = from; i < to; i++) count += analysis.words[i]!
  return count
}

/** Longest equality folded into the changes around it, in characters of text (spaces aside). */
const FOLDABLE_EQUALITY = 4

/**
 * A reader wants "the Aghdam district is returned" → "the Agdam District shall be returned" as
 * phrases, not as alternating one-word changes around an unchanged "the" or "of". An equality of
 * a few characters between two larger changes is folded into them (after the semantic clean-up
 * of diff-match-patch), and neighbouring changes are merged.
 */
function foldShortEqualities(segments: Segment[], left: ParagraphAnalysis, right: ParagraphAnalysis): Segment[] {
  const changeSize = (segment: Segment | undefined): number =>
    !segment || segment.equal ? 0 : left.starts[segment.l1]! - left.starts[segment.l0]! + right.starts[segment.r1]! - right.starts[segment.r0]!
  let current = segments
  for (let changed = true; changed; ) {
    changed = false
    const merged: Segment[] = []
    for (let i = 0; i < current.length; i++) {
      const segment = current[i]!
      const previous = merged[merged.length - 1]
      const next = current[i + 1]
      let foldable = false
      if (segment.equal && previous && !previous.equal && next && !next.equal) {
        const size = span(left, segment.l0, segment.l1).trim().length
        foldable = size <= FOLDABLE_EQUALITY && size <= Math.min(changeSize(previous), changeSize(next)) / 2
      }
      if (previous && (foldable || (!segment.equal && !previous.equal))) {
        previous.l1 = segment.l1
        previous.r1 = segment.r1
        previous.equal = false
        changed ||= foldable
        continue
      }
      merged.push({ ...segment })
    }
    current = merged
  }
  return current
}

function diffSegments(left: ParagraphAnalysis, right: ParagraphAnalysis): Segment[] {
  const segments: Segment[] = []
  // Most edits touch a few words of a long paragraph: diff only what lies between the common
  // prefix and suffix.
  const leftLength = left.keys.length
  const rightLength = right.keys.length
  let prefix = 0
  while (prefix < leftLength && prefix < rightLength && left.keys[prefix] === right.keys[prefix]) prefix++
  let suffix = 0
  while (suffix < leftLength - prefix && suffix < rightLength - prefix && left.keys[leftLength - 1 - suffix] === right.keys[rightLength - 1 - suffix]) suffix++
  if (prefix > 0) segments.push({ equal: true, l0: 0, l1: prefix, r0: 0, r1: prefix })
  let l = prefix
  let r = prefix
  const middle = diffArrays(Array.from(left.keys.subarray(prefix, leftLength - suffix)), Array.from(right.keys.subarray(prefix, rightLength - suffix)))
  for (const change of middle) {
    if (change.added) {
      segments.push({ equal: false, l0: l, l1: l, r0: r, r1: r + change.count })
      r += change.count
    } else if (change.removed) {
      segments.push({ equal: false, l0: l, l1: l + change.count, r0: r, r1: r })
      l += change.count
    } else {
      segments.push({ equal: true, l0: l, l1: l + change.count, r0: r, r1: r + change.count })
      l += change.count
      r += change.count
    }
  }
  if (suffix > 0) segments.push({ equal: true, l0: l, l1: l + suffix, r0: r, r1: r + suffix })
  return foldShortEqualities(segments, left, right)
}

function mirror(segment: Segment): Segment {
  return { equal: segment.equal, l0: segment.r0, l1: segment.r1, r0: segment.l0, r1: segment.l1 }
}

/**
 * Word-level differences between two analysed paragraphs. Concatenating the equal and delete ops
 * gives the left text exactly; the equal (rightText when set) and insert ops give the right text.
 */
export function diffAnalyzed(left: ParagraphAnalysis, right: ParagraphAnalysis): WordDiff {
  // Among equally short edit scripts Myers' algorithm prefers deletions first, so diffing A→B and
  // B→A can pick different ones. Diffing in one canonical direction makes swapping the sides
  // mirror the result exactly.
  const swapped = right.text < left.text
  const segments = swapped ? diffSegments(right, left).map(mirror) : diffSegments(left, right)
  const result: WordDiff = { ops: [], equalWords: 0, insertedWords: 0, deletedWords: 0 }
  for (const segment of segments) {
    const leftPart = span(left, segment.l0, segment.l1)
    const rightPart = span(right, segment.r0, segment.r1)
    if (segment.equal) {
      result.ops.push(leftPart === rightPart ? { op: 'equal', text: leftPart } : { op: 'equal', text: leftPart, rightText: rightPart })
      result.equalWords += wordsIn(left, segment.l0, segment.l1)
      continue
    }
    if (leftPart !== '') result.ops.push({ op: 'delete', text: leftPart })
    if (rightPart !== '') result.ops.push({ op: 'insert', text: rightPart })
    result.deletedWords += wordsIn(left, segment.l0, segment.l1)
    result.insertedWords += wordsIn(right, segment.r0, segment.r1)
  }
  return result
}

/** Word-level differences between two texts; see diffAnalyzed. */
export function diffWords(leftText: string, rightText: string, options: CompareOptions): WordOp[] {
  const interner = new Interner(options)
  return diffAnalyzed(analyzeParagraph(leftText, interner), analyzeParagraph(rightText, interner)).ops
}

/**
 * Splits a changed text into its outer white space and the words between, so a view can mark
 * the words and leave the spaces around them unmarked.
 */
export function trimForMarking(text: string): { before: string; core: string; after: string } {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)
  return { before: match?.[1] ?? '', core: match?.[2] ?? text, after: match?.[3] ?? '' }
}
