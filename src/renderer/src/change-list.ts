import type { ComparisonRow } from '../../core/compare/compare'
import type { RowKind } from '../../core/compare/align'
import type { GridRow } from '../../core/compare/multi'
import { opSide, type WordOp } from '../../core/compare/word-diff'
import { ownNumberSpan } from '../../core/text/outline'
import { paragraphLabel, type Paragraph } from '../../core/text/paragraphs'
import { placeNames } from './paragraph-places'

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
  /** The first change as "before → after" (and how many more), or the start of an inserted or deleted paragraph. */
  excerpt: string
  /** Where the paragraphs that moved now stand (in each document of several), each a way there. */
  moves?: MoveEnd[]
}

/** Where a paragraph that moved now stands: "moved to ¶ 40 in Document 2", and the paragraph of that document whose row to go to. */
export interface MoveEnd {
  text: string
  /** The compared document (0: the first after the base). */
  document: number
  paragraph: number
}

const EXCERPT_LENGTH = 70
/** Each side of a change shown as "before → after" gets about half. */
const SIDE_LENGTH = 34

function shorten(text: string, length = EXCERPT_LENGTH): string {
  // Only the start can show: a paragraph of a megabyte is not flattened whole.
  const flat = text.slice(0, length * 4).replace(/\s+/g, ' ').trim()
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`
}

/** A paragraph's text without its own number, which the place beside the excerpt shows already. */
function withoutNumber(paragraph: Paragraph): string {
  const label = paragraph.number === null ? null : ownNumberSpan(paragraph.text)
  return label && label.start === 0 ? paragraph.text.slice(label.end) : paragraph.text
}

/** One change of a row: the ops between two equal ones, with the equal text around it. */
interface ChangeGroup {
  ops: WordOp[]
  before: WordOp | undefined
  after: WordOp | undefined
}

function changeGroups(ops: WordOp[]): ChangeGroup[] {
  const groups: ChangeGroup[] = []
  let current: ChangeGroup | null = null
  ops.forEach((op, i) => {
    if (op.op === 'equal') {
      if (current) current.after = op
      current = null
      return
    }
    if (!current) groups.push((current = { ops: [], before: ops[i - 1], after: undefined }))
    current.ops.push(op)
  })
  return groups
}

const WORD = /[\p{L}\p{N}]/u
const SPACE = /\s/
/** The last word of a text and the spaces after it (a loop: a pattern would retry from every start of a long word). */
function lastWord(text: string): string {
  let start = text.length
  while (start > 0 && SPACE.test(text[start - 1]!)) start--
  while (start > 0 && !SPACE.test(text[start - 1]!)) start--
  return text.slice(start)
}
const firstWord = (text: string): string => /^\s*\S+/.exec(text)?.[0] ?? ''
const wordsIn = (text: string): number => text.split(/\s+/).filter((word) => WORD.test(word)).length

/**
 * A change as a reader says it: "Aghdam district is → Agdam District shall be"; a word or two
 * added or removed, with a word of context on each side ("We, the President → We, President"); a
 * moved phrase as moved, whatever changed beside it. Each side in its own wording (moved phrases as they read there).
 */
function describeChange(group: ChangeGroup): string {
  const moved = group.ops.find((op) => op.op === 'move-from' || op.op === 'move-to')
  if (moved) return `moved: “${shorten(moved.text, EXCERPT_LENGTH - 10)}”`
  let left = group.ops.filter((op) => opSide(op) === 'left').map((op) => op.text).join('')
  let right = group.ops.filter((op) => opSide(op) === 'right').map((op) => op.text).join('')
  if (Math.min(wordsIn(left), wordsIn(right)) < 2) {
    const before = group.before ? [lastWord(group.before.text), lastWord(group.before.rightText ?? group.before.text)] : ['', '']
    const after = group.after ? [firstWord(group.after.text), firstWord(group.after.rightText ?? group.after.text)] : ['', '']
    left = before[0] + left + after[0]
    right = before[1] + right + after[1]
  }
  return `${shorten(left, SIDE_LENGTH) || '∅'} → ${shorten(right, SIDE_LENGTH) || '∅'}`
}

/** Whether a change is only punctuation and spacing: how the joins of a split or merge show. */
const onlyPunctuation = (group: ChangeGroup): boolean => group.ops.every((op) => !WORD.test(op.text))

function excerptOf(row: ComparisonRow, base: Paragraph[], other: Paragraph[]): string {
  if (row.kind === 'inserted') return shorten(withoutNumber(other[row.right[0]!]!))
  if (row.kind === 'deleted') return shorten(withoutNumber(base[row.left[0]!]!))
  const parts: string[] = []
  if (row.kind === 'split') parts.push(`split into ${row.right.length} paragraphs`)
  if (row.kind === 'merged') parts.push(`merged from ${row.left.length} paragraphs`)
  let groups = changeGroups(row.ops ?? [])
  if (row.kind === 'split' || row.kind === 'merged') groups = groups.filter((group) => !onlyPunctuation(group))
  // A shifted number: the first change, at the very start, replacing the paragraph's number.
  const [from, to] = [base[row.left[0]!]!.number, other[row.right[0]!]!.number]
  if (from !== null && to !== null && from !== to && groups[0]?.before === undefined) {
    parts.push(`number ${from} → ${to}`)
    groups = groups.slice(1)
  }
  if (groups.length > 0) parts.push(describeChange(groups[0]!))
  if (groups.length > 1) parts.push(`+${groups.length - 1} more`)
  if (parts.length === 0) return shorten(withoutNumber(base[row.left[0]!]!))
  return parts.join(' · ')
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
  const moves: MoveEnd[] = row.newPlace ? [{ text: `moved to ${placeNames(row.right.map((index) => right[index]!))} ↗`, document: 0, paragraph: row.newPlace.beside }] : []
  return { place: placeOf(row, left, right), excerpt: excerptOf(row, left, right), ...(moves.length ? { moves } : {}) }
}

/** Only where a change of a pair is: what the ruler's marks are named by, hundreds at a time. */
export function pairChangePlace(change: ChangeEntry, rows: ComparisonRow[], left: Paragraph[], right: Paragraph[]): string {
  return placeOf(rows[change.row]!, left, right)
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
  const moves: MoveEnd[] = []
  gridRow.cells.forEach((cell, document) => {
    const newPlace = cell && !cell.continued ? cell.row.newPlace : undefined
    if (!newPlace) return
    const now = placeNames(cell!.row.right.map((index) => others[document]![index]!))
    moves.push({ text: `moved to ${now} in Document ${document + 2} ↗`, document, paragraph: newPlace.beside })
  })
  return {
    place: differing > 1 ? `${where} · ${differing} documents` : where,
    excerpt: excerptOf(gridRow.cells[k]!.row, base, others[k]!),
    ...(moves.length ? { moves } : {}),
  }
}
