import { analyzeParagraph, CUT_CONTENT, CUT_NONE, CUT_SENTENCE, Interner, type ParagraphAnalysis } from './analysis'
import type { CompareOptions } from './options'
import { budgetFor, commonRuns, type Run } from './sequence-diff'

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

function wordsIn(analysis: ParagraphAnalysis, from: number, to: number, interner: Interner): number {
  let count = 0
  for (let i = from; i < to; i++) {
    const key = analysis.keys[i]!
    if (key >= 0 && interner.termOf[key]! >= 0) count++
  }
  return count
}

/** Longest equality folded into the changes around it, in characters of text (spaces aside). */
const FOLDABLE_EQUALITY = 4

/** Characters of text an equality may span and still be folded: past this it holds more than spaces and a short word. */
const FOLDABLE_SPAN = 64

/**
 * A reader wants "the Aghdam district is returned" → "the Agdam District shall be returned" as
 * phrases, not as alternating one-word changes around an unchanged "the" or "of". An equality of
 * a few characters between two larger changes is folded into them (after the semantic clean-up
 * of diff-match-patch), and neighbouring changes are merged. One pass with a stack: a fold makes
 * the change before it larger, which may let the equality before that fold too.
 */
function foldShortEqualities(segments: Segment[], left: ParagraphAnalysis, right: ParagraphAnalysis): Segment[] {
  const changeSize = (segment: Segment): number => left.starts[segment.l1]! - left.starts[segment.l0]! + right.starts[segment.r1]! - right.starts[segment.r0]!
  const foldable = (equality: Segment, before: Segment, after: Segment): boolean => {
    if (left.starts[equality.l1]! - left.starts[equality.l0]! > FOLDABLE_SPAN) return false
    const size = span(left, equality.l0, equality.l1).trim().length
    return size <= FOLDABLE_EQUALITY && size <= Math.min(changeSize(before), changeSize(after)) / 2
  }
  const stack: Segment[] = []
  for (const segment of segments) {
    const top = stack[stack.length - 1]
    if (top && !top.equal && !segment.equal) {
      top.l1 = segment.l1
      top.r1 = segment.r1
    } else stack.push({ ...segment })
    while (stack.length >= 3) {
      const change = stack[stack.length - 1]!
      const equality = stack[stack.length - 2]!
      const before = stack[stack.length - 3]!
      if (change.equal || !equality.equal || before.equal || !foldable(equality, before, change)) break
      stack.length -= 2
      before.l1 = change.l1
      before.r1 = change.r1
    }
  }
  return stack
}

/** Paragraphs longer than this (units on both sides) are aligned by sentences before words. */
const LONG_PARAGRAPH = 4096
/** A piece of a long paragraph without sentence ends is cut at the first content cut after this many units. */
const MIN_PIECE = 24
/** …and after this many units, wherever it stands: text that repeats one word has no content cuts. */
const MAX_PIECE = 256

/** Where the pieces of a long paragraph start, and its end: sentences, or runs cut by content. */
function pieceStarts(keys: Int32Array, interner: Interner): number[] {
  const starts = [0]
  let length = 0
  for (let i = 0; i < keys.length; i++) {
    length++
    const key = keys[i]!
    const cut = key < 0 ? CUT_NONE : interner.cutAfter[key]!
    if (cut === CUT_SENTENCE || (cut === CUT_CONTENT && length >= MIN_PIECE) || length >= MAX_PIECE) {
      starts.push(i + 1)
      length = 0
    }
  }
  if (length > 0) starts.push(keys.length)
  return starts
}

/** Each piece as a small integer, equal pieces (and, rarely, pieces whose hashes collide) alike. */
function pieceIds(keys: Int32Array, starts: number[], idOfHash: Map<number, number>): Int32Array {
  const ids = new Int32Array(starts.length - 1)
  for (let p = 0; p + 1 < starts.length; p++) {
    let hash = 0x811c9dc5
    for (let i = starts[p]!; i < starts[p + 1]!; i++) hash = Math.imul(hash ^ keys[i]!, 0x01000193)
    let id = idOfHash.get(hash)
    if (id === undefined) {
      id = idOfHash.size
      idOfHash.set(hash, id)
    }
    ids[p] = id
  }
  return ids
}

function sameRange(a: Int32Array, aFrom: number, aTo: number, b: Int32Array, bFrom: number, bTo: number): boolean {
  if (aTo - aFrom !== bTo - bFrom) return false
  for (let i = 0; i < aTo - aFrom; i++) if (a[aFrom + i] !== b[bFrom + i]) return false
  return true
}

/**
 * The units two paragraphs share, in order. A long paragraph is first aligned piece by piece
 * (sentences), so that the words are only diffed between the pieces that stayed, and the work
 * stays near-linear whatever the length; within the budget, each range is diffed exactly.
 */
function matchedRuns(left: ParagraphAnalysis, right: ParagraphAnalysis, interner: Interner): Run[] {
  const a = left.keys
  const b = right.keys
  const budget = budgetFor(a.length + b.length)
  if (a.length + b.length <= LONG_PARAGRAPH) return commonRuns(a, b, budget)
  const aStarts = pieceStarts(a, interner)
  const bStarts = pieceStarts(b, interner)
  const idOfHash = new Map<number, number>()
  const pieceRuns = commonRuns(pieceIds(a, aStarts, idOfHash), pieceIds(b, bStarts, idOfHash), budget)
  const runs: Run[] = []
  let aDone = 0
  let bDone = 0
  const matchUpTo = (aTo: number, bTo: number): void => {
    if (aTo > aDone || bTo > bDone) runs.push(...commonRuns(a, b, budget, aDone, aTo, bDone, bTo))
  }
  for (const pieceRun of pieceRuns) {
    for (let p = 0; p < pieceRun.length; p++) {
      const [a0, a1] = [aStarts[pieceRun.a + p]!, aStarts[pieceRun.a + p + 1]!]
      const [b0, b1] = [bStarts[pieceRun.b + p]!, bStarts[pieceRun.b + p + 1]!]
      // Equal ids are equal pieces but for a hash collision, which the words then sort out.
      if (!sameRange(a, a0, a1, b, b0, b1)) continue
      matchUpTo(a0, b0)
      runs.push({ a: a0, b: b0, length: a1 - a0 })
      aDone = a1
      bDone = b1
    }
  }
  matchUpTo(a.length, b.length)
  return runs
}

function diffSegments(left: ParagraphAnalysis, right: ParagraphAnalysis, interner: Interner): Segment[] {
  const segments: Segment[] = []
  let l = 0
  let r = 0
  for (const run of matchedRuns(left, right, interner)) {
    if (run.a > l || run.b > r) segments.push({ equal: false, l0: l, l1: run.a, r0: r, r1: run.b })
    segments.push({ equal: true, l0: run.a, l1: run.a + run.length, r0: run.b, r1: run.b + run.length })
    l = run.a + run.length
    r = run.b + run.length
  }
  if (left.keys.length > l || right.keys.length > r) segments.push({ equal: false, l0: l, l1: left.keys.length, r0: r, r1: right.keys.length })
  return foldShortEqualities(segments, left, right)
}

function mirror(segment: Segment): Segment {
  return { equal: segment.equal, l0: segment.r0, l1: segment.r1, r0: segment.l0, r1: segment.l1 }
}

/**
 * Word-level differences between two analysed paragraphs. Concatenating the equal and delete ops
 * gives the left text exactly; the equal (rightText when set) and insert ops give the right text.
 */
export function diffAnalyzed(left: ParagraphAnalysis, right: ParagraphAnalysis, interner: Interner): WordDiff {
  // Among equally short edit scripts Myers' algorithm prefers deletions first, so diffing A→B and
  // B→A can pick different ones. Diffing in one canonical direction makes swapping the sides
  // mirror the result exactly.
  const swapped = right.text < left.text
  const segments = swapped ? diffSegments(right, left, interner).map(mirror) : diffSegments(left, right, interner)
  const result: WordDiff = { ops: [], equalWords: 0, insertedWords: 0, deletedWords: 0 }
  for (const segment of segments) {
    const leftPart = span(left, segment.l0, segment.l1)
    const rightPart = span(right, segment.r0, segment.r1)
    if (segment.equal) {
      result.ops.push(leftPart === rightPart ? { op: 'equal', text: leftPart } : { op: 'equal', text: leftPart, rightText: rightPart })
      result.equalWords += wordsIn(left, segment.l0, segment.l1, interner)
      continue
    }
    if (leftPart !== '') result.ops.push({ op: 'delete', text: leftPart })
    if (rightPart !== '') result.ops.push({ op: 'insert', text: rightPart })
    result.deletedWords += wordsIn(left, segment.l0, segment.l1, interner)
    result.insertedWords += wordsIn(right, segment.r0, segment.r1, interner)
  }
  return result
}

/** Word-level differences between two texts; see diffAnalyzed. */
export function diffWords(leftText: string, rightText: string, options: CompareOptions): WordOp[] {
  const interner = new Interner(options)
  return diffAnalyzed(analyzeParagraph(leftText, interner), analyzeParagraph(rightText, interner), interner).ops
}

/**
 * Splits a changed text into its outer white space and the words between, so a view can mark
 * the words and leave the spaces around them unmarked.
 */
export function trimForMarking(text: string): { before: string; core: string; after: string } {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)
  return { before: match?.[1] ?? '', core: match?.[2] ?? text, after: match?.[3] ?? '' }
}
