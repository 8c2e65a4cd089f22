import { alignParagraphs, type RowKind, type RowVisitor } from './align'
import { AnalysedSide, analyzeParagraph, Interner, type ParagraphAnalysis } from './analysis'
import { countWords } from './count-words'
import { withDefaults, type CompareOptions } from './options'
import { diffSegmentsOf, wordDiffs, type SegmentDiff, type WordOp } from './word-diff'

export interface ComparisonRow {
  kind: RowKind
  left: number[]
  right: number[]
  /** Split or merged paragraphs that also changed place. */
  moved?: true
  /** 1 for equal paragraphs, 0 for inserted or deleted ones, the share of unchanged words otherwise. */
  similarity: number
  /** Word-level differences, for rows that pair paragraphs (split and merged: joined by a blank line). */
  ops?: WordOp[]
  /** For rows that changed place: the right paragraph their paragraphs now stand beside (after it, or before it when they come first). */
  newPlace?: { beside: number; before: boolean }
  /** Paragraphs that moved to beside this row's right paragraphs: where they came from (left) and what they are now (right). */
  arrivals?: Arrival[]
}

export interface Arrival {
  left: number[]
  right: number[]
  /** Before this row's right paragraphs (they come first on the right), else after them. */
  before: boolean
}

export interface ComparisonStats {
  equal: number
  modified: number
  moved: number
  split: number
  merged: number
  inserted: number
  deleted: number
  wordsInserted: number
  wordsDeleted: number
  /** Share of words, on both sides together, that are unchanged: 0 to 1. */
  similarity: number
}

export interface Comparison {
  rows: ComparisonRow[]
  stats: ComparisonStats
}

/** Called now and then with the share of the work done, 0 to 1. */
export type ProgressListener = (done: number) => void

/**
 * Where each step of a comparison ends, as a share of its time (measured on a million words, 30%
 * edited): pairing the paragraphs takes most of it, then the rows are made (diffing the words of
 * each changed one), then the phrases that moved are found among all of them.
 */
const COMPARISON_STEPS = { pairing: 0.7, rows: 0.85 }

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}

const PARAGRAPH_BREAK = '\n\n'

function joined(side: AnalysedSide, indexes: number[], interner: Interner): ParagraphAnalysis {
  if (indexes.length === 1) return side.get(indexes[0]!)
  return analyzeParagraph(indexes.map((i) => side.texts[i]!).join(PARAGRAPH_BREAK), interner)
}

/**
 * Tells the rows that changed place where they now stand, and the rows they now stand beside
 * that they arrived: the table is in the left document's order, so a moved paragraph is shown at
 * its old place and marked at its new one. The new place is beside the nearest right paragraph
 * before it that did not move (or after it, when none did).
 */
function markNewPlaces(rows: ComparisonRow[], rightCount: number): void {
  if (!rows.some((row) => row.kind === 'moved' || row.moved)) return
  const rowOfRight = new Int32Array(rightCount)
  const settled = new Uint8Array(rightCount)
  rows.forEach((row, index) => {
    for (const r of row.right) {
      rowOfRight[r] = index
      settled[r] = row.kind === 'moved' || row.moved ? 0 : 1
    }
  })
  // The nearest settled right paragraph at or before each one, and at or after it.
  const settledBefore = new Int32Array(rightCount)
  const settledAfter = new Int32Array(rightCount)
  for (let r = 0, last = -1; r < rightCount; r++) settledBefore[r] = last = settled[r] ? r : last
  for (let r = rightCount - 1, next = -1; r >= 0; r--) settledAfter[r] = next = settled[r] ? r : next
  for (const row of rows) {
    if (!(row.kind === 'moved' || row.moved) || row.right.length === 0) continue
    const first = row.right[0]!
    const before = settledBefore[first]! < 0
    const beside = before ? settledAfter[first]! : settledBefore[first]!
    if (beside < 0) continue
    row.newPlace = { beside, before }
    const landing = rows[rowOfRight[beside]!]!
    ;(landing.arrivals ??= []).push({ left: row.left, right: row.right, before })
  }
  for (const row of rows) row.arrivals?.sort((a, b) => a.right[0]! - b.right[0]!)
}

/** Words of a paragraph: from its analysis when it has one, else counted (equal paragraphs need no analysis). */
function wordsOf(side: AnalysedSide, index: number): number {
  return side.made(index)?.wordCount ?? countWords(side.texts[index]!)
}

/**
 * A document to compare: its paragraphs' texts, or those with its word count as countWords
 * counts it, when that is known already (the reader counts every document it reads, for the
 * listing): then paragraphs equal on both sides are not even counted.
 */
export type ComparedSide = string[] | { paragraphs: string[]; wordCount: number }

/**
 * Compares two documents given as their paragraphs' texts: aligns the paragraphs (equal,
 * modified, moved, split, merged, inserted, deleted) and diffs the words of those that changed.
 * Paragraphs equal in text pair before anything is analysed, so an unchanged paragraph costs
 * little more than hashing it.
 */
export function compareParagraphs(
  left: ComparedSide,
  right: ComparedSide,
  partialOptions?: Partial<CompareOptions>,
  onProgress?: ProgressListener,
): Comparison {
  const options = withDefaults(partialOptions)
  const interner = new Interner(options)
  const leftSide = new AnalysedSide(Array.isArray(left) ? left : left.paragraphs, interner)
  const rightSide = new AnalysedSide(Array.isArray(right) ? right : right.paragraphs, interner)
  onProgress?.(0)
  const stats: ComparisonStats = { equal: 0, modified: 0, moved: 0, split: 0, merged: 0, inserted: 0, deleted: 0, wordsInserted: 0, wordsDeleted: 0, similarity: 0 }
  const knownTotal = Array.isArray(left) || Array.isArray(right) ? null : left.wordCount + right.wordCount
  // Every word is unchanged, inserted or deleted: the unchanged ones are what is left of the total.
  let totalWords = 0
  const rows: ComparisonRow[] = []
  const paragraphs = leftSide.length + rightSide.length
  const progressEvery = Math.max(1, Math.floor(paragraphs / 20))
  const rowsSpan = COMPARISON_STEPS.rows - COMPARISON_STEPS.pairing
  let placed = 0
  // Changed rows get their ops once every row is diffed: a phrase may move from one row to another.
  const diffs: SegmentDiff[] = []
  const diffedRows: ComparisonRow[] = []
  const visit: RowVisitor = (kind, leftIndexes, rightIndexes, moved) => {
    placed += leftIndexes.length + rightIndexes.length
    if (onProgress && rows.length % progressEvery === 0) onProgress(COMPARISON_STEPS.pairing + (rowsSpan * Math.min(placed, paragraphs)) / paragraphs)
    stats[kind]++
    if (kind === 'inserted') {
      const words = wordsOf(rightSide, rightIndexes[0]!)
      stats.wordsInserted += words
      totalWords += words
      rows.push({ kind, left: leftIndexes, right: rightIndexes, similarity: 0 })
    } else if (kind === 'deleted') {
      const words = wordsOf(leftSide, leftIndexes[0]!)
      stats.wordsDeleted += words
      totalWords += words
      rows.push({ kind, left: leftIndexes, right: rightIndexes, similarity: 0 })
    } else if (kind === 'equal') {
      if (knownTotal === null) totalWords += 2 * wordsOf(leftSide, leftIndexes[0]!)
      rows.push({ kind, left: leftIndexes, right: rightIndexes, similarity: 1 })
    } else {
      const row: ComparisonRow = { kind, left: leftIndexes, right: rightIndexes, ...(moved ? { moved: true as const } : {}), similarity: 0 }
      diffs.push(diffSegmentsOf(joined(leftSide, leftIndexes, interner), joined(rightSide, rightIndexes, interner), interner))
      diffedRows.push(row)
      rows.push(row)
    }
  }
  alignParagraphs(leftSide, rightSide, options, interner, visit, (done) => onProgress?.(COMPARISON_STEPS.pairing * done))
  onProgress?.(COMPARISON_STEPS.rows)
  wordDiffs(diffs, interner).forEach((diff, i) => {
    const row = diffedRows[i]!
    stats.wordsInserted += diff.insertedWords
    stats.wordsDeleted += diff.deletedWords
    const words = 2 * diff.equalWords + diff.insertedWords + diff.deletedWords
    totalWords += words
    row.similarity = words === 0 ? 1 : round((2 * diff.equalWords) / words)
    row.ops = diff.ops
  })
  markNewPlaces(rows, rightSide.length)
  totalWords = knownTotal ?? totalWords
  stats.similarity = totalWords === 0 ? 1 : round((totalWords - stats.wordsInserted - stats.wordsDeleted) / totalWords)
  onProgress?.(1)
  return { rows, stats }
}
