import { isWhiteSpace } from './normalize'

/**
 * Hard-wrapped text: newsletters, e-mails and plain-text exports break every line at about 70
 * characters, with or without a blank line between paragraphs. Read line by line, such a text is a
 * paragraph per line. The wrapper breaks a line where the next word would not fit: so where the
 * next word would have fitted, the line ended on purpose (a paragraph's end, a heading, a line of
 * an address). The width is read from the lines' lengths.
 */

/** Lines of a hard-wrapped text are at most this long; longer ones are paragraphs on one line. */
const MAX_WIDTH = 110
const MIN_WIDTH = 40
const MIN_LINES = 4
/** A line this close to the width is a full line. */
const FULL_SLACK = 15
/** Lines longer than the width: a URL, a table row. The width is what all but these reach. */
const OVER_WIDTH_SHARE = 0.02
const LIST_MARKS = new Set(['-', '*', '•', '·', '▪', '◦', '‣'])
/** What may open a sentence besides a capital or a digit: quotes, brackets, a rule of dashes. */
const SENTENCE_OPENINGS = new Set(['“', '«', '"', '„', '(', '[', '-', '—', '–'])
const SENTENCE_ENDS = new Set(['.', '!', '?', ':', ';', '"', '”', '»', ')', '。', '！', '？'])

/** A line of the text: where it starts and ends, white space at either end left out. */
export interface Line {
  start: number
  end: number
}

export function trimmedLine(text: string, start: number, end: number): Line {
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--
  return { start, end }
}

/** Whether a line ends a sentence (or a quotation, or a bracket): a paragraph may end there. */
function endsSentence(text: string, line: Line): boolean {
  return line.end > line.start && SENTENCE_ENDS.has(text[line.end - 1]!)
}

/**
 * The width a text is wrapped at, or null when it is not hard-wrapped: most of its lines (at least
 * half) come within FULL_SLACK of one width between MIN_WIDTH and MAX_WIDTH, and most of those end
 * in the middle of a sentence. A text with one paragraph per line ends its lines with sentences.
 */
export function wrapWidth(text: string, lines: readonly Line[]): number | null {
  const counts = new Int32Array(MAX_WIDTH + 2)
  let nonBlank = 0
  for (const line of lines) {
    if (line.end === line.start) continue
    nonBlank++
    counts[Math.min(MAX_WIDTH + 1, line.end - line.start)]!++
  }
  if (nonBlank < MIN_LINES) return null
  let width = MAX_WIDTH + 1
  for (let atLeast = counts[width]!; width > 0 && atLeast <= Math.max(1, nonBlank * OVER_WIDTH_SHARE); ) atLeast += counts[--width]!
  if (width < MIN_WIDTH || width > MAX_WIDTH) return null
  let full = 0
  let fullMidSentence = 0
  for (const line of lines) {
    const length = line.end - line.start
    if (length < width - FULL_SLACK || length > width) continue
    full++
    if (!endsSentence(text, line)) fullMidSentence++
  }
  return full * 2 >= nonBlank && fullMidSentence * 2 >= full ? width : null
}

/** Whether a line begins a list item: a mark and a space ("- ", "• "). Numbered points are read by the caller. */
export function startsListItem(text: string, line: Line): boolean {
  return line.end - line.start >= 2 && LIST_MARKS.has(text[line.start]!) && text.charCodeAt(line.start + 1) === 32
}

function firstWordLength(text: string, line: Line): number {
  let end = line.start
  while (end < line.end && !isWhiteSpace(text.charCodeAt(end))) end++
  return end - line.start
}

function startsCapitalOrDigit(text: string, line: Line): boolean {
  const first = text[line.start] ?? ''
  return first !== first.toLowerCase() || (first >= '0' && first <= '9') || SENTENCE_OPENINGS.has(first)
}

/**
 * Whether the line break after `line` (in a text wrapped at `width`) ends a paragraph: the next
 * line's first word would have fitted on this line, and this line ends a sentence or the next one
 * starts like one (a capital, a number). A heading or a paragraph's last, short line ends there; a
 * line broken because the next word was too long does not.
 */
export function endsWrappedParagraph(text: string, line: Line, next: Line, width: number): boolean {
  if (line.end - line.start + 1 + firstWordLength(text, next) <= width) return endsSentence(text, line) || startsCapitalOrDigit(text, next)
  return endsSentence(text, line) && startsCapitalOrDigit(text, next)
}
