import type { ComparisonRow } from '../compare/compare'
import type { Paragraph } from '../text/paragraphs'

export type Side = 'left' | 'right'

/**
 * What find searches in a comparison of two documents: each row's left text, then its right
 * text, as the table shows them (a row's paragraphs joined by a blank line). Item `2 × row` is
 * a row's left side, `2 × row + 1` its right.
 */
export function pairSideTexts(rows: readonly ComparisonRow[], left: readonly Paragraph[], right: readonly Paragraph[]): string[] {
  const texts: string[] = []
  const joined = (paragraphs: readonly Paragraph[], indexes: number[]): string => indexes.map((index) => paragraphs[index]!.text).join('\n\n')
  for (const row of rows) texts.push(joined(left, row.left), joined(right, row.right))
  return texts
}

export function sideItem(row: number, side: Side): number {
  return row * 2 + (side === 'left' ? 0 : 1)
}

export function rowOfItem(item: number): number {
  return item >> 1
}
