import type { Comparison, ComparisonRow } from '../compare/compare'
import type { WordOp } from '../compare/word-diff'
import { paragraphLabel, type Paragraph } from '../text/paragraphs'

/** What a revision did to a run of text or to a paragraph's end. */
export type Revision = 'none' | 'inserted' | 'deleted'

export interface TrackedRun {
  text: string
  revision: Revision
}

/** Where a moved paragraph went, or came from: its two ends carry the same `id`. */
export interface TrackedMove {
  id: number
  end: 'from' | 'to'
  /** In words: "Moved to right 5" at the old place, "Moved from left 1" at the new. */
  note: string
}

/**
 * One paragraph of the redline: its runs, and what happened to its end (the paragraph mark):
 * kept, inserted (a paragraph split, or one inserted) or deleted (merged, or deleted). Accepting
 * every revision gives the right document, rejecting every one the left.
 */
export interface TrackedParagraph {
  runs: TrackedRun[]
  end: Revision
  move: TrackedMove | null
}

/** How ops and rows join paragraphs (split and merged rows), as the comparison joins them. */
const PARAGRAPH_BREAK = '\n\n'

function unexpected(kind: never): never {
  throw new Error(`Unknown kind of change: ${String(kind)}`)
}

/** Collects runs into paragraphs: a paragraph break inside a run ends a paragraph with that run's revision. */
class ParagraphWriter {
  readonly paragraphs: TrackedParagraph[] = []
  private runs: TrackedRun[] = []

  constructor(private readonly move: TrackedMove | null) {}

  add(text: string, revision: Revision): void {
    const parts = text.split(PARAGRAPH_BREAK)
    parts.forEach((part, i) => {
      if (i > 0) this.end(revision)
      if (part !== '') this.runs.push({ text: part, revision })
    })
  }

  end(revision: Revision): void {
    this.paragraphs.push({ runs: this.runs, end: revision, move: this.move })
    this.runs = []
  }
}

/** The runs of one word op. Text the options ignore (case, typography) is kept as the right document has it. */
function addOp(writer: ParagraphWriter, op: WordOp): void {
  switch (op.op) {
    case 'equal': {
      const right = op.rightText ?? op.text
      // Sides equal but for spacing that joins or parts paragraphs: the break is a real change.
      if (op.text.split(PARAGRAPH_BREAK).length !== right.split(PARAGRAPH_BREAK).length) {
        writer.add(op.text, 'deleted')
        writer.add(right, 'inserted')
      } else writer.add(right, 'none')
      return
    }
    case 'insert':
      writer.add(op.text, 'inserted')
      return
    case 'delete':
      writer.add(op.text, 'deleted')
      return
    default:
      return unexpected(op.op)
  }
}

/** A text's word changes as tracked runs: a document's title, which is no paragraph of it. */
export function trackedRuns(ops: WordOp[]): TrackedRun[] {
  const writer = new ParagraphWriter(null)
  for (const op of ops) addOp(writer, op)
  writer.end('none')
  return writer.paragraphs.flatMap((paragraph) => paragraph.runs)
}

function textOf(paragraphs: Paragraph[], indexes: number[]): string {
  return indexes.map((index) => paragraphs[index]!.text).join(PARAGRAPH_BREAK)
}

/** The paragraphs of a row that stays in place, with their word changes. */
function inPlace(row: ComparisonRow, left: Paragraph[], right: Paragraph[]): TrackedParagraph[] {
  const writer = new ParagraphWriter(null)
  switch (row.kind) {
    case 'equal':
      writer.add(textOf(right, row.right), 'none')
      writer.end('none')
      break
    case 'inserted':
      writer.add(textOf(right, row.right), 'inserted')
      writer.end('inserted')
      break
    case 'deleted':
      writer.add(textOf(left, row.left), 'deleted')
      writer.end('deleted')
      break
    case 'modified':
    case 'moved':
    case 'split':
    case 'merged':
      for (const op of row.ops ?? []) addOp(writer, op)
      writer.end('none')
      break
    default:
      return unexpected(row.kind)
  }
  return writer.paragraphs
}

/** A whole side of a moved row, deleted at its old place or inserted at its new one. */
function movedEnd(text: string, revision: 'inserted' | 'deleted', move: TrackedMove): TrackedParagraph[] {
  const writer = new ParagraphWriter(move)
  writer.add(text, revision)
  writer.end(revision)
  return writer.paragraphs
}

function isMoved(row: ComparisonRow): boolean {
  return row.kind === 'moved' || row.moved === true
}

/** A row's paragraphs where they stand, and the first right paragraph they hold (null: none, or they moved). */
interface Block {
  rightAt: number | null
  paragraphs: TrackedParagraph[]
}

/**
 * The redline of a comparison as one sequence of paragraphs: the right document with the left
 * one's deleted text kept as deletions where it stood. A moved paragraph is deleted at its old
 * place and inserted at its new one, the two ends naming each other (a Word file has moves of
 * its own, but the library that writes it does not). Rows come in the left document's order
 * (see alignParagraphs); what moved is put back in the right document's order.
 */
export function trackedParagraphs(comparison: Comparison, left: Paragraph[], right: Paragraph[]): TrackedParagraph[] {
  const blocks: Block[] = []
  const arrivals: Block[] = []
  let moves = 0
  for (const row of comparison.rows) {
    if (!isMoved(row)) {
      blocks.push({ rightAt: row.right.length > 0 ? row.right[0]! : null, paragraphs: inPlace(row, left, right) })
      continue
    }
    const id = ++moves
    const from = row.left.map((index) => paragraphLabel(left[index]!)).join(' + ')
    const to = row.right.map((index) => paragraphLabel(right[index]!)).join(' + ')
    blocks.push({ rightAt: null, paragraphs: movedEnd(textOf(left, row.left), 'deleted', { id, end: 'from', note: `Moved to right ${to}` }) })
    arrivals.push({ rightAt: row.right[0]!, paragraphs: movedEnd(textOf(right, row.right), 'inserted', { id, end: 'to', note: `Moved from left ${from}` }) })
  }
  arrivals.sort((a, b) => a.rightAt! - b.rightAt!)
  const paragraphs: TrackedParagraph[] = []
  let next = 0
  for (const block of blocks) {
    while (block.rightAt !== null && next < arrivals.length && arrivals[next]!.rightAt! < block.rightAt) paragraphs.push(...arrivals[next++]!.paragraphs)
    paragraphs.push(...block.paragraphs)
  }
  while (next < arrivals.length) paragraphs.push(...arrivals[next++]!.paragraphs)
  return paragraphs
}
