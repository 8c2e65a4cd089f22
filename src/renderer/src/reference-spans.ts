import { referencesFirst } from '../../core/quotations/spans'
import type { ResolvedReference } from '../../core/references/resolve'

/** A reference's place in a piece of text shown on screen. */
export interface ReferenceSpan {
  start: number
  end: number
  reference: ResolvedReference
}

export interface TextPiece {
  text: string
  reference: ResolvedReference | null
}

/**
 * The spans of the references standing in the given paragraphs, in the coordinates of the text
 * that shows them joined by `separator` (one paragraph alone, or the paragraphs of a merged row).
 */
export function spansInParagraphs(references: ResolvedReference[], paragraphs: { index: number; text: string }[], separator = '\n\n'): ReferenceSpan[] {
  const spans: ReferenceSpan[] = []
  let offset = 0
  for (const paragraph of paragraphs) {
    for (const reference of references) {
      if (reference.paragraph === paragraph.index) spans.push({ start: offset + reference.paragraphStart, end: offset + reference.paragraphEnd, reference })
    }
    offset += paragraph.text.length + separator.length
  }
  return referencesFirst(spans.sort((a, b) => a.start - b.start))
}

/** Cuts text into plain pieces and linked pieces; `base` is the text's offset in the spans' coordinates. */
export function linkPieces(text: string, spans: ReferenceSpan[], base = 0): TextPiece[] {
  const pieces: TextPiece[] = []
  let at = 0
  for (const span of spans) {
    const start = Math.max(at, span.start - base)
    const end = Math.min(text.length, span.end - base)
    if (end <= start) continue
    if (start > at) pieces.push({ text: text.slice(at, start), reference: null })
    pieces.push({ text: text.slice(start, end), reference: span.reference })
    at = end
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), reference: null })
  return pieces
}
