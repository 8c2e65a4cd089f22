import type { Comparison, ComparisonRow } from '../core/compare/compare'
import { trimForMarking } from '../core/compare/word-diff'
import type { Paragraph } from '../core/text/paragraphs'
import { paragraphLabel } from '../core/text/paragraphs'

export interface ComparedDocument {
  path: string
  title: string
  paragraphs: Paragraph[]
}

/** The stable JSON shape of `communique compare --json`. */
export function comparisonJson(left: ComparedDocument, right: ComparedDocument, comparison: Comparison): object {
  const side = (document: ComparedDocument) => ({
    path: document.path,
    title: document.title,
    paragraphs: document.paragraphs.map(({ index, number, text }) => ({ index, number, text })),
  })
  return {
    left: side(left),
    right: side(right),
    rows: comparison.rows.map((row) => ({
      kind: row.kind,
      left: row.left,
      right: row.right,
      ...(row.moved ? { moved: true } : {}),
      similarity: row.similarity,
      ...(row.ops ? { ops: row.ops } : {}),
    })),
    stats: comparison.stats,
  }
}

export interface Style {
  inserted(text: string): string
  deleted(text: string): string
  /** A moved phrase where it was (from) and where it went (to), with the id pairing the two. */
  moved(text: string, end: 'from' | 'to', id: number): string
  dim(text: string): string
  bold(text: string): string
}

export const PLAIN_STYLE: Style = {
  inserted: (text) => `{+${text}+}`,
  deleted: (text) => `[-${text}-]`,
  moved: (text, end, id) => (end === 'from' ? `[-${text}-]→${id}` : `{+${text}+}←${id}`),
  dim: (text) => text,
  bold: (text) => text,
}

export const COLOUR_STYLE: Style = {
  inserted: (text) => `\x1b[32;4m${text}\x1b[0m`,
  deleted: (text) => `\x1b[31;9m${text}\x1b[0m`,
  moved: (text, end, id) => `\x1b[36;${end === 'from' ? '9' : '4'}m${text}\x1b[0m\x1b[2m${end === 'from' ? '→' : '←'}${id}\x1b[0m`,
  dim: (text) => `\x1b[2m${text}\x1b[0m`,
  bold: (text) => `\x1b[1m${text}\x1b[0m`,
}

function labels(document: ComparedDocument, indexes: number[]): string {
  return indexes.map((index) => paragraphLabel(document.paragraphs[index]!)).join(', ')
}

function rowText(row: ComparisonRow, left: ComparedDocument, right: ComparedDocument, style: Style): string {
  const leftText = row.left.map((i) => left.paragraphs[i]!.text).join(' ')
  const rightText = row.right.map((i) => right.paragraphs[i]!.text).join(' ')
  if (row.kind === 'inserted') return style.inserted(rightText)
  if (row.kind === 'deleted') return style.deleted(leftText)
  if (!row.ops) return leftText
  return row.ops
    .map((op) => {
      if (op.op === 'equal') return op.text
      const { before, core, after } = trimForMarking(op.text)
      const marked =
        op.op === 'move-from' || op.op === 'move-to' ? style.moved(core, op.op === 'move-from' ? 'from' : 'to', op.id!) : op.op === 'insert' ? style.inserted(core) : style.deleted(core)
      return before + marked + after
    })
    .join('')
}

/** A readable summary: both titles, the statistics, then each changed row in word-diff form. */
export function comparisonSummary(left: ComparedDocument, right: ComparedDocument, comparison: Comparison, style: Style): string {
  const { stats } = comparison
  const lines = [
    `${style.bold('Left:')}  ${left.title} ${style.dim(`(${left.path})`)}`,
    `${style.bold('Right:')} ${right.title} ${style.dim(`(${right.path})`)}`,
    '',
    `Similarity ${Math.round(stats.similarity * 100)}%: ${stats.equal} equal, ${stats.modified} modified, ${stats.moved} moved, ` +
      `${stats.split} split, ${stats.merged} merged, ${stats.inserted} inserted, ${stats.deleted} deleted paragraphs; ` +
      `${stats.wordsInserted} words inserted, ${stats.wordsDeleted} deleted.`,
  ]
  for (const row of comparison.rows) {
    if (row.kind === 'equal') continue
    const where =
      row.kind === 'inserted'
        ? `right ${labels(right, row.right)}`
        : row.kind === 'deleted'
          ? `left ${labels(left, row.left)}`
          : `left ${labels(left, row.left)} → right ${labels(right, row.right)}`
    const kind = row.moved ? `${row.kind.toUpperCase()} AND MOVED` : row.kind.toUpperCase()
    lines.push('', style.bold(`${kind} ${where}`) + (row.ops ? style.dim(` (${Math.round(row.similarity * 100)}% similar)`) : ''), rowText(row, left, right, style))
  }
  return lines.join('\n')
}
