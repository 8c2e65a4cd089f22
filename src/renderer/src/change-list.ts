import type { ComparisonRow } from '../../core/compare/compare'
import type { RowKind } from '../../core/compare/align'
import type { GridRow } from '../../core/compare/multi'
import { trimForMarking } from '../../core/compare/word-diff'
import { paragraphLabel, type Paragraph } from '../../core/text/paragraphs'

/**
 * One entry of the change list: a row of the comparison that shows a change. Only the row and
 * its kind are made for every change; where it is and its first words are described when the
 * entry is drawn, so a comparison with 100,000 changes lists them at once.
 */
export interface ChangeEntry {
  /** Index of the row in the table it points to. */
  row: number
  kind: RowKind
}

export interface ChangeDescription {
  /** Where: "¶ 3 → 4", "4", "after 2". */
  place: string
  /** The first changed words, or the start of an inserted or deleted paragraph. */
  excerpt: string
}

const EXCERPT_LENGTH = 70

function shorten(text: string): string {
  // Only the start can show: a paragraph of a megabyte is not flattened whole.
  const flat = text.slice(0, EXCERPT_LENGTH * 4).replace(/\s+/g, ' ').trim()
  return flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`
}

function excerptOf(row: ComparisonRow, base: Paragraph[], other: Paragraph[]): string {
  if (row.kind === 'inserted') return `+ ${shorten(other[row.right[0]!]!.text)}`
  if (row.kind === 'deleted') return `− ${shorten(base[row.left[0]!]!.text)}`
  const changed = row.ops?.filter((op) => op.op !== 'equal').slice(0, 2) ?? []
  if (changed.length === 0) return shorten(base[row.left[0]!]!.text)
  return shorten(changed.map((op) => `${op.op === 'insert' ? '+' : '−'} ${trimForMarking(op.text).core}`).join('  '))
}

function labels(paragraphs: Paragraph[], indexes: number[]): string {
  return indexes.map((index) => paragraphLabel(paragraphs[index]!)).join('+')
}

function placeOf(row: ComparisonRow, base: Paragraph[], other: Paragraph[]): string {
  const from = labels(base, row.left)
  const to = labels(other, row.right)
  if (!from) return `new ${to}`
  if (!to) return from
  return from === to ? from : `${from} → ${to}`
}

/** The changes of a two-document comparison, in table order. */
export function pairChanges(rows: ComparisonRow[]): ChangeEntry[] {
  const entries: ChangeEntry[] = []
  rows.forEach((row, index) => {
    if (row.kind !== 'equal') entries.push({ row: index, kind: row.kind })
  })
  return entries
}

export function describePairChange(change: ChangeEntry, rows: ComparisonRow[], left: Paragraph[], right: Paragraph[]): ChangeDescription {
  const row = rows[change.row]!
  return { place: placeOf(row, left, right), excerpt: excerptOf(row, left, right) }
}

/** The document whose cell a grid row's change entry describes: the first that differs from the base. */
function firstDiffering(gridRow: GridRow): number {
  return gridRow.cells.findIndex((cell) => cell !== null && !cell.continued && cell.row.kind !== 'equal')
}

/** The changes of a multi-document grid: one entry per row where any document differs from the base. */
export function gridChanges(grid: GridRow[]): ChangeEntry[] {
  const entries: ChangeEntry[] = []
  grid.forEach((gridRow, index) => {
    const k = firstDiffering(gridRow)
    if (k >= 0) entries.push({ row: index, kind: gridRow.cells[k]!.row.kind })
  })
  return entries
}

export function describeGridChange(change: ChangeEntry, grid: GridRow[], base: Paragraph[], others: Paragraph[][]): ChangeDescription {
  const gridRow = grid[change.row]!
  const k = firstDiffering(gridRow)
  const differing = gridRow.cells.filter((cell) => cell !== null && !cell.continued && cell.row.kind !== 'equal').length
  const where = gridRow.base === null ? `after ${gridRow.after < 0 ? 'start' : paragraphLabel(base[gridRow.after]!)}` : paragraphLabel(base[gridRow.base]!)
  return {
    place: differing > 1 ? `${where} · ${differing} documents` : where,
    excerpt: excerptOf(gridRow.cells[k]!.row, base, others[k]!),
  }
}
