/**
 * The rows a comparison table shows, apart from how they are drawn: today one table row per
 * row of the comparison (or of the multi-document grid), in order. What is shown can grow here
 * (runs of equal rows collapsed into one, marks of a search) while the tables and the
 * navigation keep asking the same two things: which rows, and where a comparison row stands.
 */
export type TableRow = { kind: 'compared'; row: number }

export interface TableModel {
  rows: TableRow[]
  /** The table position showing a comparison row; −1 when no position shows it. */
  positionOf(row: number): number
}

/** Every comparison row, each its own table row. */
export function everyRow(count: number): TableModel {
  const rows: TableRow[] = Array.from({ length: count }, (_, row) => ({ kind: 'compared', row }))
  return { rows, positionOf: (row) => (row >= 0 && row < count ? row : -1) }
}

/** The references standing in the given paragraphs, from a document's references grouped by paragraph. */
export function referencesIn<R>(byParagraph: Map<number, R[]>, paragraphs: number[]): R[] {
  return paragraphs.flatMap((paragraph) => byParagraph.get(paragraph) ?? [])
}

/** What an estimate of a text's height needs to know about how it is set. */
export interface TextMetrics {
  /** Average advance of a character, in pixels. */
  charWidth: number
  lineHeight: number
}

/**
 * Height of a text of `chars` characters in a column `width` pixels wide: lines of the average
 * width. An estimate only: it places rows never rendered; a rendered row is measured.
 */
export function estimateTextHeight(chars: number, width: number, metrics: TextMetrics): number {
  if (chars <= 0) return 0
  const perLine = Math.max(1, Math.floor(width / metrics.charWidth))
  return Math.ceil(chars / perLine) * metrics.lineHeight
}
