import { diffArrays } from 'diff'
import type { CompareOptions } from './options'
import { comparisonKey, tokenize } from './tokenize'

export type WordOpKind = 'equal' | 'insert' | 'delete'

export interface WordOp {
  op: WordOpKind
  /** The text on the side the op belongs to (the left side for equal ops). */
  text: string
  /** For equal ops whose sides differ only in what the options ignore: the right side's text. */
  rightText?: string
}

/** A compared token with the ignored tokens (trivia) that follow it, so no text is lost. */
interface Unit {
  key: string
  text: string
}

function toUnits(text: string, options: CompareOptions): Unit[] {
  const units: Unit[] = []
  let leading = ''
  for (const token of tokenize(text)) {
    const key = comparisonKey(token, options)
    const last = units[units.length - 1]
    if (key !== '') units.push({ key, text: token.text })
    else if (last) last.text += token.text
    else leading += token.text
  }
  // Trivia before the first compared token belongs to a unit of its own that always matches.
  if (leading !== '') units.unshift({ key: '', text: leading })
  return units
}

interface Segment {
  equal: boolean
  left: Unit[]
  right: Unit[]
}

function textOf(units: Unit[]): string {
  let text = ''
  for (const unit of units) text += unit.text
  return text
}

function changeLength(segment: Segment | undefined): number {
  if (!segment || segment.equal) return 0
  return textOf(segment.left).length + textOf(segment.right).length
}

/**
 * A reader wants "the Aghdam district is returned" → "the Agdam District shall be returned" as
 * phrases, not as alternating one-word changes around an unchanged "the" or "of". An equality
 * no longer than the changes on both of its sides is folded into them (the semantic clean-up of
 * diff-match-patch), and neighbouring changes are merged.
 */
function foldShortEqualities(segments: Segment[]): Segment[] {
  let changed = true
  let current = segments
  while (changed) {
    changed = false
    const merged: Segment[] = []
    for (let i = 0; i < current.length; i++) {
      const segment = current[i]!
      const previous = merged[merged.length - 1]
      const next = current[i + 1]
      const foldable =
        segment.equal &&
        previous !== undefined &&
        !previous.equal &&
        next !== undefined &&
        !next.equal &&
        textOf(segment.left).trim().length <= Math.min(changeLength(previous), changeLength(next)) / 2 &&
        textOf(segment.left).trim().length <= 4
      if (previous && (foldable || (!segment.equal && !previous.equal))) {
        previous.left.push(...segment.left)
        previous.right.push(...segment.right)
        changed ||= foldable
        continue
      }
      merged.push({ equal: segment.equal, left: [...segment.left], right: [...segment.right] })
    }
    current = merged
  }
  return current
}

/**
 * Word-level differences between two texts. Concatenating the equal and delete ops gives the
 * left text exactly; the equal (rightText when set) and insert ops give the right text.
 */
export function diffWords(leftText: string, rightText: string, options: CompareOptions): WordOp[] {
  // Among equally short edit scripts Myers' algorithm prefers deletions first, so diffing A→B and
  // B→A can pick different ones. Diffing in one canonical direction makes swapping the sides
  // mirror the result exactly.
  const swapped = rightText < leftText
  const segments = swapped ? diffSegments(rightText, leftText, options).map(mirror) : diffSegments(leftText, rightText, options)
  const ops: WordOp[] = []
  for (const segment of segments) {
    const leftPart = textOf(segment.left)
    const rightPart = textOf(segment.right)
    if (segment.equal) {
      ops.push(leftPart === rightPart ? { op: 'equal', text: leftPart } : { op: 'equal', text: leftPart, rightText: rightPart })
      continue
    }
    if (leftPart !== '') ops.push({ op: 'delete', text: leftPart })
    if (rightPart !== '') ops.push({ op: 'insert', text: rightPart })
  }
  return ops
}

function mirror(segment: Segment): Segment {
  return { equal: segment.equal, left: segment.right, right: segment.left }
}

function diffSegments(leftText: string, rightText: string, options: CompareOptions): Segment[] {
  const left = toUnits(leftText, options)
  const right = toUnits(rightText, options)
  const changes = diffArrays(
    left.map((unit) => unit.key),
    right.map((unit) => unit.key),
  )
  const segments: Segment[] = []
  let li = 0
  let ri = 0
  for (const change of changes) {
    if (change.added) {
      segments.push({ equal: false, left: [], right: right.slice(ri, ri + change.count) })
      ri += change.count
    } else if (change.removed) {
      segments.push({ equal: false, left: left.slice(li, li + change.count), right: [] })
      li += change.count
    } else {
      segments.push({ equal: true, left: left.slice(li, li + change.count), right: right.slice(ri, ri + change.count) })
      li += change.count
      ri += change.count
    }
  }
  return foldShortEqualities(segments)
}

export function leftTextOf(ops: WordOp[]): string {
  return ops.map((op) => (op.op === 'insert' ? '' : op.text)).join('')
}

export function rightTextOf(ops: WordOp[]): string {
  return ops.map((op) => (op.op === 'delete' ? '' : op.op === 'equal' ? (op.rightText ?? op.text) : op.text)).join('')
}

/**
 * Splits a changed text into its outer white space and the words between, so a view can mark
 * the words and leave the spaces around them unmarked.
 */
export function trimForMarking(text: string): { before: string; core: string; after: string } {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)
  return { before: match?.[1] ?? '', core: match?.[2] ?? text, after: match?.[3] ?? '' }
}
