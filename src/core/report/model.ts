import type { RowKind } from '../compare/align'
import type { Comparison, ComparisonRow } from '../compare/compare'
import { alignOnBase, type GridRow } from '../compare/multi'
import type { CompareOptions } from '../compare/options'
import type { ResolvedReference } from '../references/resolve'
import { paragraphLabel, type Paragraph } from '../text/paragraphs'
import { changeExcerpt, type ExcerptPiece } from './excerpt'
import { distinctTitles, shortLabels } from './titles'

export type ReportLayout = 'side-by-side' | 'inline'

/** The paper a report is laid out for. */
export interface ReportPage {
  size: 'a4' | 'letter'
  orientation: 'portrait' | 'landscape'
}

/** Side by side needs the width of a landscape page; an inline redline reads best portrait. */
export function defaultPage(layout: ReportLayout): ReportPage {
  return { size: 'a4', orientation: layout === 'side-by-side' ? 'landscape' : 'portrait' }
}

export interface ReportDocument {
  path: string
  title: string
  publisher: string | null
  date: string | null
  paragraphs: Paragraph[]
  /** The references found in this document, resolved against its folder (empty when unknown). */
  references: ResolvedReference[]
}

export interface ReportInput {
  /** The base first, then each document compared with it. */
  documents: ReportDocument[]
  /** comparisons[k] compares documents[0] with documents[k + 1]. */
  comparisons: Comparison[]
  options: CompareOptions
  layout: ReportLayout
  page: ReportPage
  /** ISO time the report was made. */
  generatedAt: string
}

/** One aligned row as a report prints it. */
export interface ReportRow {
  kind: ComparisonRow['kind']
  /** Set on split and merged rows whose paragraphs also changed place. */
  moved: boolean
  leftLabel: string
  rightLabel: string
  /** Where a moved, split or merged paragraph went, in words. */
  note: string | null
  row: ComparisonRow
  leftText: string
  rightText: string
}

export interface ReportSection {
  left: ReportDocument
  right: ReportDocument
  comparison: Comparison
  rows: ReportRow[]
}

/** One line of the table of changes: what changed, where, a few of its words, and the anchor of its row. */
export interface ReportChange {
  anchor: string
  kind: RowKind
  moved: boolean
  /** Which document changed: 1 for the first compared with the base. */
  document: number
  place: string
  excerpt: ExcerptPiece[]
}

export interface ReportModel {
  /** The report's title: the documents' titles, told apart. */
  title: string
  /** Short enough for the running header, and still telling the documents apart. */
  header: string
  /** Each document's title, told apart from the others' (see distinctTitles). */
  titles: string[]
  input: ReportInput
  /** One per document compared with the base. */
  sections: ReportSection[]
  /** Several documents: their rows aligned on the base's paragraphs, as the screen shows them; null for a pair. */
  grid: GridRow[] | null
  changes: ReportChange[]
}

const PARAGRAPH_BREAK = '\n\n'

function labels(paragraphs: Paragraph[], indexes: number[]): string {
  return indexes.map((index) => paragraphLabel(paragraphs[index]!)).join(' + ')
}

function noteOf(row: ComparisonRow, left: Paragraph[], right: Paragraph[]): string | null {
  const to = labels(right, row.right)
  const from = labels(left, row.left)
  const place = row.kind === 'moved' || row.moved ? `; moved: now after right ${row.right[0]! > 0 ? paragraphLabel(right[row.right[0]! - 1]!) : 'start'}` : ''
  if (row.kind === 'moved') return `Moved from left ${from} to right ${to}${place.replace('; moved: now', ', now')}`
  if (row.kind === 'split') return `Split: left ${from} became right ${to}${place}`
  if (row.kind === 'merged') return `Merged: left ${from} became right ${to}${place}`
  return null
}

function placeOf(row: ReportRow, baseName: string, otherName: string): string {
  if (row.kind === 'inserted') return `${otherName} ${row.rightLabel}`
  if (row.kind === 'deleted') return `${baseName} ${row.leftLabel}`
  if (row.kind === 'moved' || row.moved) return `${baseName} ${row.leftLabel} → ${otherName} ${row.rightLabel}`
  return row.leftLabel === row.rightLabel ? row.leftLabel : `${row.leftLabel} → ${row.rightLabel}`
}

function change(row: ReportRow, anchor: string, document: number, names: [string, string]): ReportChange {
  return { anchor, kind: row.kind, moved: row.moved, document, place: placeOf(row, ...names), excerpt: changeExcerpt(row) }
}

/** The anchor of a pair's row, or of a row of the columns of several documents. */
export const rowAnchor = (index: number): string => `row-${index + 1}`

/** What a report shows, before it is rendered: a table of changes, then the comparison (a pair, or columns). */
export function buildReport(input: ReportInput): ReportModel {
  const [base, ...others] = input.documents
  if (!base || others.length !== input.comparisons.length || others.length === 0) {
    throw new Error('A report needs a base document and one comparison for each other document.')
  }
  const sections = input.comparisons.map((comparison, k): ReportSection => {
    const right = others[k]!
    const rows = comparison.rows.map((row): ReportRow => ({
      kind: row.kind,
      moved: row.moved === true,
      leftLabel: labels(base.paragraphs, row.left),
      rightLabel: labels(right.paragraphs, row.right),
      note: noteOf(row, base.paragraphs, right.paragraphs),
      row,
      leftText: row.left.map((index) => base.paragraphs[index]!.text).join(PARAGRAPH_BREAK),
      rightText: row.right.map((index) => right.paragraphs[index]!.text).join(PARAGRAPH_BREAK),
    }))
    return { left: base, right, comparison, rows }
  })
  const titles = distinctTitles(input.documents)
  const labelsOf = shortLabels(input.documents)
  const title = others.length === 1 ? `${titles[0]} — compared with — ${titles[1]}` : `${titles[0]} — compared with ${others.length} documents`
  const header = others.length === 1 ? `${labelsOf[0]} — compared with — ${labelsOf[1]}` : `${labelsOf[0]} — compared with ${others.length} documents`
  if (others.length === 1) {
    const changes = sections[0]!.rows.flatMap((row, i) => (row.kind === 'equal' ? [] : [change(row, rowAnchor(i), 1, ['left', 'right'])]))
    return { title, header, titles, input, sections, grid: null, changes }
  }
  const grid = alignOnBase(base.paragraphs.length, input.comparisons)
  const reportRows = sections.map((section) => new Map(section.rows.map((row) => [row.row, row])))
  const changes = grid.flatMap((gridRow, g) =>
    gridRow.cells.flatMap((cell, k) => {
      const row = cell && !cell.continued ? reportRows[k]!.get(cell.row)! : null
      return row && row.kind !== 'equal' ? [change(row, rowAnchor(g), k + 1, ['base', `document ${k + 2}`])] : []
    }),
  )
  return { title, header, titles, input, sections, grid, changes }
}
