import { analyzeParagraph, CUT_CONTENT, CUT_NONE, CUT_SENTENCE, Interner, type ParagraphAnalysis } from './analysis'
import { findMoves, MIN_MOVED_WORDS, type ChangedStretch, type Move } from './moves'
import type { CompareOptions } from './options'
import { budgetFor, commonRuns, type Run } from './sequence-diff'

export type WordOpKind = 'equal' | 'insert' | 'delete' | 'move-from' | 'move-to'

export interface WordOp {
  op: WordOpKind
  /** The text on the side the op belongs to (the left side for equal ops). */
  text: string
  /** For equal ops whose sides differ only in what the options ignore: the right side's text. */
  rightText?: string
  /** For move-from and move-to: the number, unique in the comparison, that pairs the two ends of a moved phrase. */
  id?: number
  /** For moves whose ends differ: the moved phrase's own changes, from its old wording to its new (equal, delete, insert). */
  changes?: WordOp[]
  /** For deletions and insertions: [start, end) offsets in text of the letters that changed inside words that changed by a few letters. */
  letters?: [number, number][]
}

/** Which text an op's text belongs to: both (equal), the left (delete, move-from) or the right (insert, move-to). */
export function opSide(op: WordOp): 'both' | 'left' | 'right' {
  return op.op === 'equal' ? 'both' : op.op === 'delete' || op.op === 'move-from' ? 'left' : 'right'
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

/** Two paragraphs diffed: runs of units, equal or changed, in order; what ops are made of. */
export interface SegmentDiff {
  left: ParagraphAnalysis
  right: ParagraphAnalysis
  segments: Segment[]
}

export function diffSegmentsOf(left: ParagraphAnalysis, right: ParagraphAnalysis, interner: Interner): SegmentDiff {
  // Among equally short edit scripts Myers' algorithm prefers deletions first, so diffing A→B and
  // B→A can pick different ones. Diffing in one canonical direction makes swapping the sides
  // mirror the result exactly.
  const swapped = right.text < left.text
  const segments = swapped ? diffSegments(right, left, interner).map(mirror) : diffSegments(left, right, interner)
  return { left, right, segments }
}

/** Words two changed phrases are paired in for letter marks: at most this many on each side. */
const LETTER_PHRASE_WORDS = 16
/** How far ahead a word looks for its changed form. */
const LETTER_LOOKAHEAD = 3
/** Longest word compared letter by letter. */
const LETTER_WORD_LENGTH = 40
/** Two words are one word with a few letters changed when this share of their letters is common (2 × common / both lengths). */
export const LETTER_SIMILARITY = 0.6

/** White space as the scanner leaves it after a word: ASCII spaces, no-break and other Unicode spaces. */
function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000 || code === 0x202f || code === 0x205f
}

/** The words of units [from, to), as start and end offsets in the text, white space after them left out: [start0, end0, start1, …]. */
function wordSpans(analysis: ParagraphAnalysis, from: number, to: number, interner: Interner): number[] {
  const spans: number[] = []
  for (let unit = from; unit < to; unit++) {
    const key = analysis.keys[unit]!
    if (key < 0 || interner.termOf[key]! < 0) continue
    let end = analysis.starts[unit + 1]!
    while (end > analysis.starts[unit]! && isSpace(analysis.text.charCodeAt(end - 1))) end--
    spans.push(analysis.starts[unit]!, end)
  }
  return spans
}

const letterTable = new Int32Array((LETTER_WORD_LENGTH + 1) * (LETTER_WORD_LENGTH + 1))

/**
 * The letters that differ between two words, as [start, end) ranges in each, when the words share
 * at least LETTER_SIMILARITY of their letters ("Aghdam" → "Agdam"); null when they are different words.
 */
export function changedLetters(a: string, b: string): { a: [number, number][]; b: [number, number][] } | null {
  return letterDiff(a, 0, a.length, b, 0, b.length)
}

/** changedLetters of a[a0, a1) and b[b0, b1), offsets from a0 and b0: no string is cut out for words that differ. */
function letterDiff(a: string, a0: number, a1: number, b: string, b0: number, b1: number): { a: [number, number][]; b: [number, number][] } | null {
  const [m, n] = [a1 - a0, b1 - b0]
  if (m > LETTER_WORD_LENGTH || n > LETTER_WORD_LENGTH) return null
  // The common letters are at most the shorter word: words of very different lengths are different words.
  if ((2 * Math.min(m, n)) / (m + n) < LETTER_SIMILARITY) return null
  const width = n + 1
  const lcs = letterTable.fill(0, 0, (m + 1) * width)
  let same = m === n
  for (let x = m - 1; x >= 0; x--) {
    for (let y = n - 1; y >= 0; y--) {
      const matched = a.charCodeAt(a0 + x) === b.charCodeAt(b0 + y)
      if (x === y && !matched) same = false
      lcs[x * width + y] = matched ? lcs[(x + 1) * width + y + 1]! + 1 : Math.max(lcs[(x + 1) * width + y]!, lcs[x * width + y + 1]!)
    }
  }
  if (same || (2 * lcs[0]!) / (m + n) < LETTER_SIMILARITY) return null
  const inA = new Uint8Array(m)
  const inB = new Uint8Array(n)
  for (let x = 0, y = 0; x < m && y < n; ) {
    if (a.charCodeAt(a0 + x) === b.charCodeAt(b0 + y)) {
      inA[x++] = 1
      inB[y++] = 1
    } else if (lcs[(x + 1) * width + y]! >= lcs[x * width + y + 1]!) x++
    else y++
  }
  const ranges = (kept: Uint8Array): [number, number][] => {
    const result: [number, number][] = []
    for (let i = 0; i < kept.length; i++) {
      if (kept[i] === 1) continue
      const last = result[result.length - 1]
      if (last && last[1] === i) last[1] = i + 1
      else result.push([i, i + 1])
    }
    return result
  }
  return { a: ranges(inA), b: ranges(inB) }
}

/**
 * Letter marks for a deletion and the insertion that replaced it: each deleted word is paired
 * with the first of the next few inserted words that is the same word with a few letters changed.
 * Offsets are in each op's text.
 */
function markLetters(deletion: WordOp, insertion: WordOp, left: ParagraphAnalysis, segment: Segment, right: ParagraphAnalysis, interner: Interner): void {
  const deletedWords = wordSpans(left, segment.l0, segment.l1, interner)
  const insertedWords = wordSpans(right, segment.r0, segment.r1, interner)
  if (deletedWords.length > 2 * LETTER_PHRASE_WORDS || insertedWords.length > 2 * LETTER_PHRASE_WORDS) return
  const leftBase = left.starts[segment.l0]!
  const rightBase = right.starts[segment.r0]!
  const deletedLetters: [number, number][] = []
  const insertedLetters: [number, number][] = []
  let next = 0
  for (let w = 0; w < deletedWords.length; w += 2) {
    const [d0, d1] = [deletedWords[w]!, deletedWords[w + 1]!]
    for (let k = next; k < Math.min(insertedWords.length, next + 2 * LETTER_LOOKAHEAD); k += 2) {
      const [i0, i1] = [insertedWords[k]!, insertedWords[k + 1]!]
      const letters = letterDiff(left.text, d0, d1, right.text, i0, i1)
      if (!letters) continue
      for (const [from, to] of letters.a) deletedLetters.push([d0 - leftBase + from, d0 - leftBase + to])
      for (const [from, to] of letters.b) insertedLetters.push([i0 - rightBase + from, i0 - rightBase + to])
      next = k + 2
      break
    }
  }
  if (deletedLetters.length > 0) deletion.letters = deletedLetters
  if (insertedLetters.length > 0) insertion.letters = insertedLetters
}

/** The ops of a segment with no move in it, and its words. */
function plainOps(left: ParagraphAnalysis, right: ParagraphAnalysis, segment: Segment, interner: Interner, result: WordDiff): void {
  const leftPart = span(left, segment.l0, segment.l1)
  const rightPart = span(right, segment.r0, segment.r1)
  if (segment.equal) {
    result.ops.push(leftPart === rightPart ? { op: 'equal', text: leftPart } : { op: 'equal', text: leftPart, rightText: rightPart })
    result.equalWords += wordsIn(left, segment.l0, segment.l1, interner)
    return
  }
  const deletion: WordOp = { op: 'delete', text: leftPart }
  const insertion: WordOp = { op: 'insert', text: rightPart }
  if (leftPart !== '' && rightPart !== '') markLetters(deletion, insertion, left, segment, right, interner)
  if (leftPart !== '') result.ops.push(deletion)
  if (rightPart !== '') result.ops.push(insertion)
  result.deletedWords += wordsIn(left, segment.l0, segment.l1, interner)
  result.insertedWords += wordsIn(right, segment.r0, segment.r1, interner)
}

/** One end of a moved phrase inside a changed segment. */
interface MoveEnd {
  from: number
  to: number
  id: number
  changes: WordOp[] | undefined
}

/** The changes inside a moved phrase, from its deleted wording to its inserted one; undefined when it moved unchanged. */
function changesInside(move: Move, deleted: ChangedStretch, inserted: ChangedStretch, interner: Interner): WordOp[] | undefined {
  const a = deleted.analysis
  const b = inserted.analysis
  const { from: l0, to: l1 } = move.deleted
  const { from: r0, to: r1 } = move.inserted
  if (span(a, l0, l1) === span(b, r0, r1)) return undefined
  const segments: Segment[] = []
  let l = l0
  let r = r0
  for (const run of commonRuns(a.keys, b.keys, budgetFor(l1 - l0 + r1 - r0), l0, l1, r0, r1)) {
    if (run.a > l || run.b > r) segments.push({ equal: false, l0: l, l1: run.a, r0: r, r1: run.b })
    segments.push({ equal: true, l0: run.a, l1: run.a + run.length, r0: run.b, r1: run.b + run.length })
    l = run.a + run.length
    r = run.b + run.length
  }
  if (l1 > l || r1 > r) segments.push({ equal: false, l0: l, l1, r0: r, r1 })
  const inside: WordDiff = { ops: [], equalWords: 0, insertedWords: 0, deletedWords: 0 }
  for (const segment of foldShortEqualities(segments, a, b)) plainOps(a, b, segment, interner, inside)
  return inside.ops
}

/** A changed side of a segment cut into its plain and moved pieces, in order. */
function cutByMoves(analysis: ParagraphAnalysis, from: number, to: number, ends: MoveEnd[], plain: 'delete' | 'insert', moved: 'move-from' | 'move-to'): WordOp[] {
  const ops: WordOp[] = []
  let at = from
  const plainUpTo = (end: number): void => {
    if (end > at) ops.push({ op: plain, text: span(analysis, at, end) })
  }
  for (const end of ends) {
    plainUpTo(end.from)
    ops.push({ op: moved, text: span(analysis, end.from, end.to), id: end.id, ...(end.changes ? { changes: end.changes } : {}) })
    at = end.to
  }
  plainUpTo(to)
  return ops
}

/**
 * Word-level differences of several pairs of paragraphs (the changed rows of one comparison):
 * each pair's ops, with the phrases that moved, inside a pair or between pairs, as move-from and
 * move-to ops. Concatenating a pair's equal, delete and move-from ops gives its left text
 * exactly; its equal (rightText when set), insert and move-to ops give its right text.
 */
export function wordDiffs(diffs: SegmentDiff[], interner: Interner): WordDiff[] {
  const deleted: ChangedStretch[] = []
  const inserted: ChangedStretch[] = []
  // For each stretch: the diff and segment it is part of.
  const deletedPlace: [number, number][] = []
  const insertedPlace: [number, number][] = []
  // A stretch of fewer units than a move has words can hold no end of one: most changes are a word or two.
  diffs.forEach((diff, d) => {
    diff.segments.forEach((segment, s) => {
      if (segment.equal) return
      if (segment.l1 - segment.l0 >= MIN_MOVED_WORDS) {
        deleted.push({ analysis: diff.left, from: segment.l0, to: segment.l1, scope: d })
        deletedPlace.push([d, s])
      }
      if (segment.r1 - segment.r0 >= MIN_MOVED_WORDS) {
        inserted.push({ analysis: diff.right, from: segment.r0, to: segment.r1, scope: d })
        insertedPlace.push([d, s])
      }
    })
  })
  // The ends of moves by diff, then by segment: most diffs have none.
  const deletedEnds: (Map<number, MoveEnd[]> | undefined)[] = []
  const insertedEnds: (Map<number, MoveEnd[]> | undefined)[] = []
  const addEnd = (ends: (Map<number, MoveEnd[]> | undefined)[], [d, s]: [number, number], end: MoveEnd): void => {
    const bySegment = (ends[d] ??= new Map<number, MoveEnd[]>())
    const list = bySegment.get(s)
    if (list) list.push(end)
    else bySegment.set(s, [end])
  }
  for (const move of findMoves(deleted, inserted, interner)) {
    const changes = changesInside(move, deleted[move.deleted.stretch]!, inserted[move.inserted.stretch]!, interner)
    addEnd(deletedEnds, deletedPlace[move.deleted.stretch]!, { ...move.deleted, id: move.id, changes })
    addEnd(insertedEnds, insertedPlace[move.inserted.stretch]!, { ...move.inserted, id: move.id, changes })
  }
  const byPlace = (a: MoveEnd, b: MoveEnd): number => a.from - b.from
  return diffs.map((diff, d) => {
    const result: WordDiff = { ops: [], equalWords: 0, insertedWords: 0, deletedWords: 0 }
    const [fromEnds, toEnds] = [deletedEnds[d], insertedEnds[d]]
    diff.segments.forEach((segment, s) => {
      const fromHere = fromEnds?.get(s)
      const toHere = toEnds?.get(s)
      if (!fromHere && !toHere) {
        plainOps(diff.left, diff.right, segment, interner, result)
        return
      }
      result.ops.push(...cutByMoves(diff.left, segment.l0, segment.l1, (fromHere ?? []).sort(byPlace), 'delete', 'move-from'))
      result.ops.push(...cutByMoves(diff.right, segment.r0, segment.r1, (toHere ?? []).sort(byPlace), 'insert', 'move-to'))
      result.deletedWords += wordsIn(diff.left, segment.l0, segment.l1, interner)
      result.insertedWords += wordsIn(diff.right, segment.r0, segment.r1, interner)
    })
    return result
  })
}

/** Word-level differences between two analysed paragraphs, moves inside them included; see wordDiffs. */
export function diffAnalyzed(left: ParagraphAnalysis, right: ParagraphAnalysis, interner: Interner): WordDiff {
  return wordDiffs([diffSegmentsOf(left, right, interner)], interner)[0]!
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
