import { KIND_NUMBER, KIND_WORD, scan } from './scan'

/** Text is scanned in windows of about this many characters, cut at spaces. */
const WINDOW = 1 << 15

const SPACE = 32

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/** Marks that end a word without belonging to it or to a number: . , ; : ! ? ) */
function isClosingMark(code: number): boolean {
  return code === 46 || code === 44 || code === 59 || code === 58 || code === 33 || code === 63 || code === 41
}

function scannedWords(text: string): number {
  const { kinds, count } = scan(text)
  let words = 0
  for (let i = 0; i < count; i++) if (kinds[i] === KIND_WORD || kinds[i] === KIND_NUMBER) words++
  return words
}

/** Words in text[from, to) by the scanner, in windows cut at spaces so that its buffers stay small. */
function scannedWordsFrom(text: string, from: number): number {
  let words = 0
  while (from < text.length) {
    let to = Math.min(text.length, from + WINDOW)
    while (to < text.length && text.charCodeAt(to) !== SPACE) to++
    words += scannedWords(from === 0 && to === text.length ? text : text.slice(from, to))
    from = to
  }
  return words
}

// What the part of text since the last space is, so far.
const EMPTY = 0
const LETTERS = 1
const DIGITS = 2
/** Letters or digits, then a closing mark: the part must end here. */
const CLOSED = 3
const OTHER = 4

/**
 * The words and numbers in a text, as the comparison counts them, without allocating: equal
 * paragraphs are only counted, never analysed. The scanner never reads across a space (a token
 * is decided by what starts at its first character, and no token but white space holds a space),
 * so the text is walked from space to space: a part that is plainly one word (ASCII letters only,
 * or digits only, then at most one closing mark) counts as one, and from the first part that is
 * anything else (other scripts, joiners, symbols, "1,960"), the scanner reads the rest.
 */
export function countWords(text: string): number {
  let words = 0
  let start = 0
  let part = EMPTY
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === SPACE) {
      if (part !== EMPTY) words++
      part = EMPTY
      start = i + 1
      continue
    }
    if (part === EMPTY) part = isAsciiLetter(code) ? LETTERS : isDigit(code) ? DIGITS : OTHER
    else if (part === LETTERS) part = isAsciiLetter(code) ? LETTERS : isClosingMark(code) ? CLOSED : OTHER
    else if (part === DIGITS) part = isDigit(code) ? DIGITS : isClosingMark(code) ? CLOSED : OTHER
    else part = OTHER
    if (part === OTHER) return words + scannedWordsFrom(text, start)
  }
  return part === EMPTY ? words : words + 1
}
