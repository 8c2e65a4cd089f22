import { paragraphLabel, type Paragraph } from '../../core/text/paragraphs'

/** A paragraph named in a sentence: "¶ 12" by the document's own number, else by its place. */
export function placeName(paragraph: Paragraph): string {
  return paragraph.number !== null ? `¶ ${paragraph.number}` : paragraphLabel(paragraph)
}

/** Several paragraphs named in a sentence: "¶ 12", "¶ 12 + 13". */
export function placeNames(paragraphs: Paragraph[]): string {
  return paragraphs.map((paragraph, i) => (i === 0 ? placeName(paragraph) : (paragraph.number ?? String(paragraph.index + 1)))).join(' + ')
}

/**
 * What the gutter beside a paragraph shows: its place, for a paragraph without a number of its
 * own; nothing for a numbered one, whose text starts with its number already.
 */
export function gutterLabel(paragraphs: Paragraph[]): string {
  return paragraphs
    .filter((paragraph) => paragraph.number === null)
    .map(paragraphLabel)
    .join(' + ')
}
