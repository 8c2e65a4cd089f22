import { alignParagraphs, type RowKind } from './align'
import { analyzeParagraph, Interner, type ParagraphAnalysis } from './analysis'
import { withDefaults, type CompareOptions } from './options'
import { KIND_NUMBER, KIND_WORD, scan } from './scan'
import { diffAnalyzed, type WordOp } from './word-diff'

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

export function countWords(text: string): number {
  const { kinds, count } = scan(text)
  let words = 0
  for (let i = 0; i < count; i++) if (kinds[i] === KIND_WORD || kinds[i] === KIND_NUMBER) words++
  return words
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}

const PARAGRAPH_BREAK = '\n\n'

function joined(analyses: ParagraphAnalysis[], indexes: number[], interner: Interner): ParagraphAnalysis {
  if (indexes.length === 1) return analyses[indexes[0]!]!
  return analyzeParagraph(indexes.map((i) => analyses[i]!.text).join(PARAGRAPH_BREAK), interner)
}

/**
 * Compares two documents given as their paragraphs' texts: aligns the paragraphs (equal,
 * modified, moved, split, merged, inserted, deleted) and diffs the words of those that changed.
 */
export function compareParagraphs(
  left: string[],
  right: string[],
  partialOptions?: Partial<CompareOptions>,
  onProgress?: ProgressListener,
): Comparison {
  const options = withDefaults(partialOptions)
  const interner = new Interner(options)
  const total = left.length + right.length
  const progressEvery = Math.max(1, Math.floor(total / 20))
  let analysed = 0
  const analyse = (text: string): ParagraphAnalysis => {
    if (onProgress && ++analysed % progressEvery === 0) onProgress((0.5 * analysed) / total)
    return analyzeParagraph(text, interner)
  }
  const leftAnalyses = left.map(analyse)
  const rightAnalyses = right.map(analyse)
  const aligned = alignParagraphs(leftAnalyses, rightAnalyses, options, interner)
  onProgress?.(0.6)

  const stats: ComparisonStats = { equal: 0, modified: 0, moved: 0, split: 0, merged: 0, inserted: 0, deleted: 0, wordsInserted: 0, wordsDeleted: 0, similarity: 0 }
  let unchangedWords = 0
  const rows: ComparisonRow[] = []
  aligned.forEach((row, index) => {
    if (onProgress && index % progressEvery === 0) onProgress(0.6 + (0.4 * index) / aligned.length)
    stats[row.kind]++
    if (row.kind === 'inserted') {
      stats.wordsInserted += rightAnalyses[row.right[0]!]!.wordCount
      rows.push({ ...row, similarity: 0 })
    } else if (row.kind === 'deleted') {
      stats.wordsDeleted += leftAnalyses[row.left[0]!]!.wordCount
      rows.push({ ...row, similarity: 0 })
    } else if (row.kind === 'equal') {
      unchangedWords += 2 * leftAnalyses[row.left[0]!]!.wordCount
      rows.push({ ...row, similarity: 1 })
    } else {
      const diff = diffAnalyzed(joined(leftAnalyses, row.left, interner), joined(rightAnalyses, row.right, interner))
      stats.wordsInserted += diff.insertedWords
      stats.wordsDeleted += diff.deletedWords
      unchangedWords += 2 * diff.equalWords
      const words = 2 * diff.equalWords + diff.insertedWords + diff.deletedWords
      rows.push({ ...row, similarity: words === 0 ? 1 : round((2 * diff.equalWords) / words), ops: diff.ops })
    }
  })
  let totalWords = 0
  for (const analysis of leftAnalyses) totalWords += analysis.wordCount
  for (const analysis of rightAnalyses) totalWords += analysis.wordCount
  stats.similarity = totalWords === 0 ? 1 : round(unchangedWords / totalWords)
  onProgress?.(1)
  return { rows, stats }
}
