import type { Comparison, ComparisonRow } from '../compare/compare'
import type { CompareOptions } from '../compare/options'
import type { ResolvedReference } from '../references/resolve'
import { paragraphLabel, type Paragraph } from '../text/paragraphs'

export type ReportLayout = 'side-by-side' | 'inline'

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

export interface ReportModel {
  title: string
  input: ReportInput
  sections: ReportSection[]
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

/** What a report shows, before it is rendered: one section per document compared with the base. */
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
  const title = others.length === 1 ? `${base.title} — compared with — ${others[0]!.title}` : `${base.title} — compared with ${others.length} documents`
  return { title, input, sections }
}
