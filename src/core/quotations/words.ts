/**
 * The words of a paragraph as numbers, for finding the same words in other documents: each word
 * lower-cased and hashed, with where it stands. Punctuation, spacing and case do not count, so a
 * quotation re-typed with other quotes or dashes still matches. Scripts written without spaces
 * (Chinese, Japanese, Thai) count each character as a word.
 */
export interface ParagraphWords {
  /** 32-bit hash of each word, lower-cased. */
  hashes: Int32Array
  /** Where each word starts and ends in the paragraph's text. */
  starts: Int32Array
  ends: Int32Array
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u

/** Whether a character is a word by itself: a script written without spaces between words. */
function isUnspacedScript(code: number): boolean {
  return (code >= 0x0e00 && code <= 0x0eff) || (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)
}

/** Whether the character at `at` (a code point, maybe two code units) belongs to a word; its length in code units, or 0. */
function wordCharLength(text: string, at: number): number {
  const code = text.charCodeAt(at)
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0
  const length = code >= 0xd800 && code <= 0xdbff && at + 1 < text.length ? 2 : 1
  return LETTER_OR_DIGIT.test(text.slice(at, at + length)) ? length : 0
}

/** FNV-1a over the lower-cased word's code units. */
function hashWord(word: string): number {
  const lower = word.toLowerCase()
  let hash = 0x811c9dc5
  for (let i = 0; i < lower.length; i++) hash = Math.imul(hash ^ lower.charCodeAt(i), 0x01000193)
  return hash | 0
}

/**
 * A paragraph's words, read once for versions and quotations alike (each reads every paragraph of
 * the folder): kept for as long as the paragraph itself is.
 */
const WORDS_OF = new WeakMap<object, ParagraphWords>()
export function wordsOf(paragraph: { readonly text: string }): ParagraphWords {
  let words = WORDS_OF.get(paragraph)
  if (!words) WORDS_OF.set(paragraph, (words = paragraphWords(paragraph.text)))
  return words
}

function paragraphWords(text: string): ParagraphWords {
  const hashes: number[] = []
  const starts: number[] = []
  const ends: number[] = []
  let at = 0
  while (at < text.length) {
    const first = wordCharLength(text, at)
    if (first === 0) {
      at++
      continue
    }
    const start = at
    at += first
    if (!isUnspacedScript(text.charCodeAt(start))) {
      for (let length = wordCharLength(text, at); length > 0 && !isUnspacedScript(text.charCodeAt(at)); length = wordCharLength(text, at)) at += length
    }
    hashes.push(hashWord(text.slice(start, at)))
    starts.push(start)
    ends.push(at)
  }
  return { hashes: Int32Array.from(hashes), starts: Int32Array.from(starts), ends: Int32Array.from(ends) }
}

/** Mixes a 32-bit value (murmur3's finaliser): hashes of similar inputs end up far apart. */
export function mix32(value: number): number {
  let h = value | 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) | 0
}
