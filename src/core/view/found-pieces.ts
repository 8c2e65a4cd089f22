import type { FoundRange } from '../text/find'

/** A match of the find bar in one text shown on screen: its place, and its number among all matches. */
export interface FoundMark {
  start: number
  end: number
  index: number
}

export interface FoundPiece {
  text: string
  /** Where the piece begins in the text. */
  offset: number
  /** null: not found; otherwise the match's number among all. */
  match: number | null
}

/**
 * Cuts text into pieces at the matches standing in it; `base` is the text's offset in the marks'
 * coordinates (a side of a row shows its text in several pieces). Linear in text and marks.
 */
export function foundPieces(text: string, marks: readonly FoundMark[], base = 0): FoundPiece[] {
  const pieces: FoundPiece[] = []
  let at = 0
  // Only the marks that reach into the text: found by halving, so that the many pieces of one
  // long paragraph do not each walk its marks from the first.
  let low = 0
  for (let high = marks.length; low < high; ) {
    const middle = (low + high) >>> 1
    if (marks[middle]!.end <= base) low = middle + 1
    else high = middle
  }
  for (let next = low; next < marks.length && marks[next]!.start < base + text.length; next++) {
    const mark = marks[next]!
    const start = Math.max(at, mark.start - base)
    const end = Math.min(text.length, mark.end - base)
    if (end <= start) continue
    if (start > at) pieces.push({ text: text.slice(at, start), offset: at, match: null })
    pieces.push({ text: text.slice(start, end), offset: start, match: mark.index })
    at = end
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), offset: at, match: null })
  return pieces
}

/** The matches of each item searched (a paragraph, a side of a row), numbered in order. */
export function marksByItem(matches: readonly FoundRange[]): Map<number, FoundMark[]> {
  const byItem = new Map<number, FoundMark[]>()
  matches.forEach(({ item, start, end }, index) => {
    const marks = byItem.get(item)
    if (marks) marks.push({ start, end, index })
    else byItem.set(item, [{ start, end, index }])
  })
  return byItem
}
