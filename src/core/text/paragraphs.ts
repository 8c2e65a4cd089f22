import { collapseWhitespace } from './normalize'

export interface Paragraph {
  /** Position in the document, from 0. */
  index: number
  /** The number the document itself gives the paragraph ("4" for "4. …"), or null. */
  number: string | null
  text: string
}

/**
 * "4.", "4)", "(4)", "IV.", "(a)", "4.1." or "4.1" at the start of a paragraph. A bare "2020" or
 * "1,960" is not a number label: the label must be followed by a separator and text.
 */
const NUMBER_LABEL =
  /^(?:\(([0-9]{1,3}|[a-z]|[ivxlc]{1,6})\)|([0-9]{1,3}(?:\.[0-9]{1,3})*|[IVXLC]{1,6}|[a-z])[.)]|([0-9]{1,3}(?:\.[0-9]{1,3})+))\s+(?=\S)/

export function paragraphNumber(text: string): string | null {
  const match = NUMBER_LABEL.exec(text)
  if (!match) return null
  return match[1] ?? match[2] ?? match[3] ?? null
}

/**
 * Splits normalised text into paragraphs. Blank lines separate paragraphs; a text without
 * any blank line is taken to put one paragraph on each line.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const hasBlankLines = /\n[ ]*\n/.test(text)
  const blocks = hasBlankLines ? text.split(/\n[ ]*\n+/) : text.split('\n')
  const paragraphs: Paragraph[] = []
  for (const block of blocks) {
    const paragraphText = collapseWhitespace(block)
    if (paragraphText === '') continue
    paragraphs.push({ index: paragraphs.length, number: paragraphNumber(paragraphText), text: paragraphText })
  }
  return paragraphs
}

/** The label a reader sees: the document's own number, else the position ("¶ 3"). */
export function paragraphLabel(paragraph: Paragraph): string {
  return paragraph.number ?? `¶ ${paragraph.index + 1}`
}
