import { alignParagraphs, type RowKind } from './align'
import { withDefaults, type CompareOptions } from './options'
import { tokenize } from './tokenize'
import { diffWords, type WordOp } from './word-diff'

export interface ComparisonRow {
  kind: RowKind
  left: number[]
  right: number[]
  /** 1 for equal paragraphs, 0 for inserted or deleted ones, the share of unchanged text otherwise. */
  similarity: number
  /** Word-level differences, for rows that pair paragraphs whose text differs. */
  ops?: WordOp[]
}

export interface ComparisonStats {
  equal: number
  modified: number
  moved: number
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

export function countWords(text: string): number {
  let count = 0
  for (const token of tokenize(text)) if (token.kind === 'word' || token.kind === 'number') count++
  return count
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}

/** Compares two documents given as their paragraphs' texts. */
export function compareParagraphs(left: string[], right: string[], partialOptions?: Partial<CompareOptions>): Comparison {
  const options = withDefaults(partialOptions)
  const stats: ComparisonStats = { equal: 0, modified: 0, moved: 0, inserted: 0, deleted: 0, wordsInserted: 0, wordsDeleted: 0, similarity: 0 }
  let unchangedWords = 0
  const rows: ComparisonRow[] = []
  for (const aligned of alignParagraphs(left, right, options)) {
    const leftText = aligned.left.map((i) => left[i]!).join('\n\n')
    const rightText = aligned.right.map((i) => right[i]!).join('\n\n')
    stats[aligned.kind]++
    if (aligned.kind === 'inserted') {
      stats.wordsInserted += countWords(rightText)
      rows.push({ ...aligned, similarity: 0 })
      continue
    }
    if (aligned.kind === 'deleted') {
      stats.wordsDeleted += countWords(leftText)
      rows.push({ ...aligned, similarity: 0 })
      continue
    }
    if (aligned.kind === 'equal') {
      unchangedWords += 2 * countWords(leftText)
      rows.push({ ...aligned, similarity: 1 })
      continue
    }
    const ops = diffWords(leftText, rightText, options)
    let equalWords = 0
    let insertedWords = 0
    let deletedWords = 0
    for (const op of ops) {
      const words = countWords(op.text)
      if (op.op === 'equal') equalWords += words
      else if (op.op === 'insert') insertedWords += words
      else deletedWords += words
    }
    stats.wordsInserted += insertedWords
    stats.wordsDeleted += deletedWords
    unchangedWords += 2 * equalWords
    const total = 2 * equalWords + insertedWords + deletedWords
    rows.push({ ...aligned, similarity: total === 0 ? 1 : round((2 * equalWords) / total), ops })
  }
  const totalWords = left.reduce((sum, text) => sum + countWords(text), 0) + right.reduce((sum, text) => sum + countWords(text), 0)
  stats.similarity = totalWords === 0 ? 1 : round(unchangedWords / totalWords)
  return { rows, stats }
}
