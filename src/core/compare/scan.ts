/**
 * The tokenizer's inner loop: a hand-written scanner over UTF-16 code units, because a regular
 * expression with Unicode classes allocates a match object per token and dominates the cost of
 * comparing long documents. It records where each token starts and what kind it is; the tokens'
 * concatenation is always exactly the text.
 */

export const KIND_WORD = 0
export const KIND_NUMBER = 1
export const KIND_SPACE = 2
export const KIND_PUNCT = 3

export interface Scan {
  /** starts[i] is where token i begins; starts[count] is the text's length. */
  starts: Int32Array
  kinds: Uint8Array
  count: number
}

const CLASS_UNKNOWN = 0
const CLASS_LETTER = 1 // letters, marks, digits of any script that separates words by spaces
const CLASS_UNSPACED = 2 // letters of scripts written without spaces (CJK, Thai, …)
const CLASS_SPACE = 3
const CLASS_OTHER = 4

const WORD_CHAR = /[\p{L}\p{M}\p{Nd}]/u
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
const SPACE_CHAR = /\s/u

/** Character classes of the Basic Multilingual Plane, learned on first sight. */
const classes = new Uint8Array(65536)

function classOf(code: number): number {
  const known = classes[code]!
  if (known !== CLASS_UNKNOWN) return known
  const char = String.fromCharCode(code)
  const learned = UNSPACED_CHAR.test(char) ? CLASS_UNSPACED : WORD_CHAR.test(char) ? CLASS_LETTER : SPACE_CHAR.test(char) ? CLASS_SPACE : CLASS_OTHER
  classes[code] = learned
  return learned
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isUpperAscii(code: number): boolean {
  return code >= 65 && code <= 90
}

/** Joins the parts of a word: apostrophes and hyphens between letters ("Türkiye’s", "five-year"). */
function isWordJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45 || code === 0x2010 || code === 0x2011
}

/** Separators inside a number: "1,960", "2020-11-10", "00:00", "79/33", "3.5". */
function isNumberJoiner(code: number): boolean {
  return code === 44 || code === 46 || code === 58 || code === 47 || code === 45
}

function isCurrency(code: number): boolean {
  return code === 36 || code === 0x20ac || code === 0xa3 || code === 0xa5
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isWordClass(cls: number): boolean {
  return cls === CLASS_LETTER || cls === CLASS_UNSPACED
}

/** End of a word starting at `i`, and whether it holds characters of an unspaced script. */
function scanWord(text: string, i: number): [end: number, unspaced: boolean] {
  const length = text.length
  let unspaced = false
  while (i < length) {
    const code = text.charCodeAt(i)
    const cls = classOf(code)
    if (isWordClass(cls)) {
      if (cls === CLASS_UNSPACED) unspaced = true
      i++
    } else if (isWordJoiner(code) && i + 1 < length && isWordClass(classOf(text.charCodeAt(i + 1)))) {
      i += 2
    } else break
  }
  return [i, unspaced]
}

/** "S/RES/2334", "A/80/534": capitals, then one or more "/" parts. Returns the end, or -1. */
function scanSymbol(text: string, i: number): number {
  const length = text.length
  let j = i
  while (j < length && j - i < 6 && isUpperAscii(text.charCodeAt(j))) j++
  if (j === i || j >= length || text.charCodeAt(j) !== 47) return -1
  let parts = 0
  while (j < length && text.charCodeAt(j) === 47) {
    const partStart = j + 1
    let k = partStart
    while (k < length) {
      const code = text.charCodeAt(k)
      if (isUpperAscii(code) || isDigit(code) || ((code === 46 || code === 45) && k > partStart)) k++
      else break
    }
    if (k === partStart) break
    j = k
    parts++
  }
  return parts > 0 ? j : -1
}

/** End of a number starting at `i` (a digit or a currency sign before one): digits, their separators, a "%". */
function scanNumber(text: string, i: number): number {
  const length = text.length
  let j = isCurrency(text.charCodeAt(i)) ? i + 1 : i
  while (j < length && isDigit(text.charCodeAt(j))) j++
  while (j + 1 < length && isNumberJoiner(text.charCodeAt(j)) && isDigit(text.charCodeAt(j + 1))) {
    j++
    while (j < length && isDigit(text.charCodeAt(j))) j++
  }
  if (j < length && text.charCodeAt(j) === 37) j++
  return j
}

/** "4th", "2nd", "80s": a number that runs into letters is part of a word. */
function runsIntoWord(text: string, end: number): boolean {
  return end < text.length && isWordClass(classOf(text.charCodeAt(end))) && !isDigit(text.charCodeAt(end))
}

let segmenter: Intl.Segmenter | null = null

/**
 * Intl.Segmenter takes time growing with the square of a run's length, so a run of an unspaced
 * script longer than a piece is segmented piece by piece (a sentence without punctuation is
 * shorter). Where a word ends depends on the words after it, so the words in a piece's last
 * stretch are segmented again at the start of the next piece.
 */
const SEGMENT_PIECE = 1000
const SEGMENT_OVERLAP = 100

/** Pushes the words and the rest of an unspaced run [start, end), one piece at a time. */
function pushSegments(text: string, start: number, end: number, push: (start: number, kind: number) => void): void {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' })
  let from = start
  while (from < end) {
    let to = Math.min(end, from + SEGMENT_PIECE)
    if (to < end && isHighSurrogate(text.charCodeAt(to - 1))) to--
    const settled = to === end ? Infinity : to - from - SEGMENT_OVERLAP
    let next = to
    for (const part of segmenter.segment(text.slice(from, to))) {
      if (part.index > 0 && part.index >= settled) {
        next = from + part.index
        break
      }
      push(from + part.index, part.isWordLike ? KIND_WORD : KIND_PUNCT)
    }
    from = next
  }
}

/** Buffers reused by every scan: comparing a long document scans thousands of paragraphs. */
let sharedStarts = new Int32Array(4096)
let sharedKinds = new Uint8Array(4096)

/**
 * Scans a text into tokens. The result is a view into buffers that the next call reuses: read it
 * (or copy what you keep) before scanning again.
 */
export function scan(text: string): Scan {
  const length = text.length
  if (sharedStarts.length < length + 1) {
    sharedStarts = new Int32Array(length + 1024)
    sharedKinds = new Uint8Array(length + 1024)
  }
  const starts = sharedStarts
  const kinds = sharedKinds
  let count = 0
  // Every digit before the end of a number that ran into letters ("1,2,3a") starts a number that
  // runs into the same letters: it is scanned once, not again from each digit.
  let wordAfterNumber = 0
  const push = (start: number, kind: number): void => {
    starts[count] = start
    kinds[count] = kind
    count++
  }
  let i = 0
  while (i < length) {
    const code = text.charCodeAt(i)
    const cls = classOf(code)
    if (cls === CLASS_SPACE) {
      let j = i + 1
      while (j < length && classOf(text.charCodeAt(j)) === CLASS_SPACE) j++
      push(i, KIND_SPACE)
      i = j
      continue
    }
    if (isUpperAscii(code)) {
      const end = scanSymbol(text, i)
      if (end > 0) {
        push(i, KIND_NUMBER)
        i = end
        continue
      }
    }
    if (i >= wordAfterNumber && (isDigit(code) || (isCurrency(code) && i + 1 < length && isDigit(text.charCodeAt(i + 1))))) {
      const end = scanNumber(text, i)
      if (!runsIntoWord(text, end)) {
        push(i, KIND_NUMBER)
        i = end
        continue
      }
      wordAfterNumber = end
    }
    if (isWordClass(cls)) {
      const [end, unspaced] = scanWord(text, i)
      if (unspaced) pushSegments(text, i, end, push)
      else push(i, KIND_WORD)
      i = end
      continue
    }
    push(i, KIND_PUNCT)
    i += isHighSurrogate(code) && i + 1 < length ? 2 : 1
  }
  starts[count] = length
  return { starts, kinds, count }
}
