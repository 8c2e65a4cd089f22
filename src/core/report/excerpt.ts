import type { WordOp } from '../compare/word-diff'
import type { ReportRow } from './model'

/** A piece of an excerpt: words deleted, inserted, or neither (a paragraph's opening words, a gap). */
export interface ExcerptPiece {
  text: string
  mark: 'deleted' | 'inserted' | null
}

/** About two lines of a table cell: enough to recognise the change. */
const EXCERPT_LENGTH = 160

const GAP: ExcerptPiece = { text: ' … ', mark: null }

function unexpected(kind: never): never {
  throw new Error(`Unknown kind of word change: ${String(kind)}`)
}

/** The first words of a text that fit in `length` characters, whole words only, "…" when cut. */
function opening(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= length) return flat
  const cut = flat.lastIndexOf(' ', length)
  return `${flat.slice(0, cut > length / 2 ? cut : length)}…`
}

/** The last word of an unchanged text before a change, or its first word after one: the change's context. */
function contextWord(op: WordOp, end: 'last' | 'first'): string {
  const text = (op.rightText ?? op.text).trim()
  if (end === 'first') {
    const space = text.indexOf(' ')
    return space < 0 ? text : text.slice(0, space)
  }
  return text.slice(text.lastIndexOf(' ') + 1)
}

/**
 * What changed in a pair of paragraphs, change by change: at each place the word before, the
 * words deleted, the words inserted and the word after; places apart joined by "…", as many as fit.
 */
function opsExcerpt(ops: WordOp[]): ExcerptPiece[] {
  const pieces: ExcerptPiece[] = []
  let length = 0
  for (let i = 0; i < ops.length && length < EXCERPT_LENGTH; i++) {
    const op = ops[i]!
    switch (op.op) {
      case 'equal':
        continue
      case 'delete':
      case 'insert': {
        const text = opening(op.text, Math.max(20, EXCERPT_LENGTH - length))
        if (text === '') continue
        const before = ops[i - 1]
        if (before === undefined || before.op === 'equal') {
          if (pieces.length > 0) pieces.push(GAP)
          if (before) pieces.push({ text: `${contextWord(before, 'last')} `, mark: null })
        } else pieces.push({ text: ' ', mark: null })
        pieces.push({ text, mark: op.op === 'delete' ? 'deleted' : 'inserted' })
        length += text.length
        const after = ops[i + 1]
        if (after?.op === 'equal') pieces.push({ text: ` ${contextWord(after, 'first')}`, mark: null })
        continue
      }
      default:
        return unexpected(op.op)
    }
  }
  if (length >= EXCERPT_LENGTH && pieces.length > 0) pieces.push({ text: ' …', mark: null })
  return pieces
}

/** A few words that say what changed in a row of a comparison, for the table of changes. */
export function changeExcerpt(row: ReportRow): ExcerptPiece[] {
  const changed = row.row.ops ? opsExcerpt(row.row.ops) : []
  if (changed.length > 0) return changed
  if (row.kind === 'deleted') return [{ text: opening(row.leftText, EXCERPT_LENGTH), mark: 'deleted' }]
  if (row.kind === 'inserted') return [{ text: opening(row.rightText, EXCERPT_LENGTH), mark: 'inserted' }]
  // Moved, split or merged without a word changed: where it went, and its opening words.
  return [{ text: opening(row.rightText || row.leftText, EXCERPT_LENGTH), mark: null }]
}
