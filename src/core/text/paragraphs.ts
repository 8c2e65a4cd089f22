import { collapsedSlice } from './normalize'

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

/** Whether text[from, to) holds nothing but spaces (a blank line). */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return false
  return true
}

/** Whether some line between two line breaks holds nothing but spaces. */
function hasBlankLine(text: string): boolean {
  for (let end = text.indexOf('\n'); end !== -1; ) {
    const next = text.indexOf('\n', end + 1)
    if (next !== -1 && isBlank(text, end + 1, next)) return true
    end = next
  }
  return false
}

/**
 * Splits normalised text into paragraphs. Blank lines separate paragraphs; a text without
 * any blank line is taken to put one paragraph on each line. One pass over the lines, each
 * paragraph's white space collapsed as it is cut out, with no pattern per paragraph.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const byBlankLines = hasBlankLine(text)
  const paragraphs: Paragraph[] = []
  const add = (from: number, to: number): void => {
    const paragraphText = collapsedSlice(text, from, to)
    if (paragraphText !== '') paragraphs.push({ index: paragraphs.length, number: paragraphNumber(paragraphText), text: paragraphText })
  }
  let start = 0
  for (let lineStart = 0; lineStart <= text.length; ) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    if (!byBlankLines) add(lineStart, lineEnd)
    else if (isBlank(text, lineStart, lineEnd)) {
      add(start, lineStart)
      start = lineEnd + 1
    }
    lineStart = lineEnd + 1
  }
  if (byBlankLines) add(start, text.length)
  return paragraphs
}

/** The label a reader sees: the document's own number, else the position ("¶ 3"). */
export function paragraphLabel(paragraph: Paragraph): string {
  return paragraph.number ?? `¶ ${paragraph.index + 1}`
}
