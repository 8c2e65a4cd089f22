import { collapsedSlice } from './normalize'
import { endsWrappedParagraph, startsListItem, trimmedLine, wrapWidth, type Line } from './wrapped-lines'

export interface Paragraph {
  /** Position in the document, from 0. */
  index: number
  /** The number the document itself gives the paragraph ("4" for "4. …"), or null. */
  number: string | null
  text: string
}

/**
 * "4.", "4)", "(4)", "IV.", "(a)", "4.1." or "4.1" at the start of a paragraph, and "19966." in a
 * long document. A bare "2020" or "1,960" is not a number label: the label must be followed by a
 * separator and text, and a number of four or five digits is a label only as "1000." or "(1000)".
 */
const NUMBER_LABEL =
  /^(?:\(([0-9]{1,5}|[a-z]|[ivxlc]{1,6})\)|([0-9]{1,5}|[0-9]{1,3}(?:\.[0-9]{1,3})+|[IVXLC]{1,6}|[a-z])[.)]|([0-9]{1,3}(?:\.[0-9]{1,3})+))\s+(?=\S)/

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

/** Each line of the text, white space at either end left out, and whether it is blank. */
function linesOf(text: string): (Line & { blank: boolean })[] {
  const lines: (Line & { blank: boolean })[] = []
  for (let lineStart = 0; lineStart <= text.length; ) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    lines.push({ ...trimmedLine(text, lineStart, lineEnd), blank: isBlank(text, lineStart, lineEnd) })
    lineStart = lineEnd + 1
  }
  return lines
}

/** Whether a line begins a numbered point ("4. …", "(a) …"); read from its first characters only. */
function startsNumberedPoint(text: string, line: Line): boolean {
  return NUMBER_LABEL.test(text.slice(line.start, Math.min(line.end, line.start + 40)))
}

/**
 * Splits normalised text into paragraphs. Blank lines separate paragraphs, and the lines between
 * them are joined; a text without any blank line is taken to put one paragraph on each line. A
 * hard-wrapped text (see wrapped-lines.ts) is rebuilt instead: its lines are joined unless the
 * break was meant (the next word would have fitted), and a numbered point or a list item begins a
 * paragraph of its own. One pass over the lines, each paragraph's white space collapsed as it is
 * cut out, with no pattern per paragraph.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const lines = linesOf(text)
  const width = wrapWidth(text, lines)
  // A blank line between two line breaks: not a last line left empty by a final newline.
  const byBlankLines = lines.some((line, index) => line.blank && index > 0 && index < lines.length - 1)
  const paragraphs: Paragraph[] = []
  let first: Line | null = null
  let last: Line | null = null
  const add = (): void => {
    const paragraphText = first && last ? collapsedSlice(text, first.start, last.end) : ''
    if (paragraphText !== '') paragraphs.push({ index: paragraphs.length, number: paragraphNumber(paragraphText), text: paragraphText })
    first = last = null
  }
  /** Whether a paragraph ends between two lines that follow each other with no blank line. */
  const endsParagraph = (previous: Line, line: Line): boolean => {
    if (width === null) return !byBlankLines
    return startsNumberedPoint(text, line) || startsListItem(text, line) || endsWrappedParagraph(text, previous, line, width)
  }
  for (const line of lines) {
    if (line.blank) add()
    else {
      if (last && endsParagraph(last, line)) add()
      first ??= line
      last = line
    }
  }
  add()
  return paragraphs
}

/** The label a reader sees: the document's own number, else the position ("¶ 3"). */
export function paragraphLabel(paragraph: Paragraph): string {
  return paragraph.number ?? `¶ ${paragraph.index + 1}`
}
