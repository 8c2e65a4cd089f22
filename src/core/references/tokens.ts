/**
 * One pass over a paragraph that cuts it into words, numbers and punctuation, in any script:
 * the reference detector reads tokens, never the raw text, so its grammar does not depend on
 * how many spaces or which digits a text uses. The pass is a loop over characters with no
 * regular expression, so it is linear on any input.
 */

export type Script = 'latin' | 'cyrillic' | 'armenian' | 'arabic' | 'han' | 'other'

export interface Token {
  start: number
  end: number
  kind: 'word' | 'number' | 'punct'
  /** What stands before it: nothing, white space, or a line break. */
  space: 0 | 1 | 2
  /**
   * A word in the form the language tables use (`foldWord`); a number as ASCII digits (Arabic-
   * Indic, fullwidth and Chinese numerals read); a punctuation mark normalised ("（" → "(", every
   * dash → "-", every quotation mark → '"').
   */
  value: string
  /** A word's folded part before an apostrophe ("şartı" of "Şartı'nın"), else its value. */
  base: string
  /** A number's ending: "м" of "6-м", "cü" of "4-cü", "th" of "4th", "inci" of "51’inci"; else ''. */
  suffix: string
  script: Script
  /** A word written with a capital first letter, and one written all in capitals. */
  capital: boolean
  upper: boolean
  /** `asciiHash` of a word of plain ASCII letters, for a quick look-up; 0 for any other token. */
  hash: number
}

/** A hash of a word in lower case, computed as its letters are read (FNV-1a); never 0. */
export function asciiHash(word: string): number {
  let hash = 2166136261
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ (word.charCodeAt(i) | 32), 16777619)
  return hash | 1
}

/** The apostrophes texts write: ' ’ ´ ʼ. */
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0xb4 || code === 0x2bc
}

/** The code unit at `at`, or -1 past the end: reading past a string's end makes the engine leave its fast path for the whole tokenizer. */
function codeAt(text: string, at: number): number {
  return at < text.length ? text.charCodeAt(at) : -1
}
/** French and Italian elisions are words of their own: "l’article" is "l’" + "article". */
const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu'])
const HAN_NUMERALS = '〇零一二三四五六七八九十百千廿两'
const HAN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 两: 2 }
/** Characters that are words of their own in Chinese: "第" before a number, "号" after it. */
const HAN_ALONE = new Set(['第', '号', '號'])
/** Chinese unit characters, words of their own right after a number: "第51条", "第七章". */
const HAN_UNITS = new Set(['条', '條', '章', '款', '段', '项', '項', '节', '節', '编', '編', '部', '点', '點'])
const PUNCT_FORMS: Record<string, string> = {
  '（': '(', '）': ')', '，': ',', '：': ':', '；': ';', '［': '[', '］': ']', '／': '/',
  '–': '-', '—': '-', '‑': '-', '‐': '-', '−': '-', '－': '-',
  '«': '"', '»': '"', '“': '"', '”': '"', '„': '"', '‘': '"', '’': '"', '"': '"', '‹': '"', '›': '"', '「': '"', '」': '"',
  '․': '.', '։': '.', '。': '.', '٫': '.', '،': ',', '؛': ';', '؟': '?',
}

/** 0: not yet seen; 1: letter or combining mark; 2: anything else. Filled as characters are met. */
const LETTER_CACHE = new Uint8Array(0x10000)
const LETTER = /[\p{L}\p{M}]/u

function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  let known = LETTER_CACHE[code]!
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(code)) ? 1 : 2
    LETTER_CACHE[code] = known
  }
  return known === 1
}

function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48
  if (code >= 0x660 && code <= 0x669) return code - 0x660
  if (code >= 0x6f0 && code <= 0x6f9) return code - 0x6f0
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10
  return -1
}

function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || code === 0x3007
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000 || code === 0x200b || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x202f
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 12 || code === 11
}

function scriptOf(code: number): Script {
  if (code < 0x250) return 'latin'
  if (code >= 0x400 && code < 0x530) return 'cyrillic'
  if ((code >= 0x530 && code < 0x590) || (code >= 0xfb13 && code <= 0xfb17)) return 'armenian'
  if ((code >= 0x600 && code < 0x700) || (code >= 0x750 && code < 0x780) || (code >= 0xfb50 && code < 0xfe00) || (code >= 0xfe70 && code < 0xff00)) return 'arabic'
  if (isHan(code)) return 'han'
  return 'other'
}

const ARABIC_FORMS: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ی: 'ي', ې: 'ي', ک: 'ك', ۀ: 'ه', 'ـ': '' }

/**
 * A word in the form the language tables are written in: lower case, without apostrophes or
 * soft hyphens; "ı" and "i" alike (Turkish and Azerbaijani texts write both, and capitals
 * lose the difference); "ё" as "е"; Arabic without vowel marks or tatweel and with one alef,
 * one yeh and one kaf; Armenian in the reformed spelling ("ութիւն" → "ություն").
 */
export function foldWord(word: string): string {
  const lower = word.toLowerCase()
  if (!needsFolding(lower)) return lower
  let folded = ''
  for (const char of lower) {
    const code = char.charCodeAt(0)
    if (isApostrophe(code) || code === 0xad || code === 0x307) continue
    if (code >= 0x64b && code <= 0x65f) continue
    if (code === 0x670) continue
    if (char === 'ı') folded += 'i'
    else if (char === 'ё') folded += 'е'
    else folded += ARABIC_FORMS[char] ?? char
  }
  if (folded.includes('իւ') || folded.includes('եա')) folded = folded.replaceAll('իւ', 'յու').replaceAll('եա', 'յա')
  return folded
}

/** Whether a word in lower case holds a character `foldWord` changes: most words do not. */
function needsFolding(lower: string): boolean {
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i)
    if (code < 0x80) {
      if (code === 0x27) return true
      continue
    }
    if (code === 0xad || code === 0xb4 || code === 0x131 || code === 0x2bc || code === 0x2019 || code === 0x307 || code === 0x451 || code === 0x582 || code === 0x565) return true
    if (code >= 0x600 && code < 0x700) return true
  }
  return false
}

function hanNumberValue(written: string): string {
  // "二七五八" is read digit by digit; "五十一" and "廿六" by place.
  if (!/[十百千廿]/.test(written)) return [...written].map((char) => HAN_DIGIT[char] ?? 0).join('')
  let total = 0
  let digit = 0
  for (const char of written) {
    if (char === '十') {
      total += (digit || 1) * 10
      digit = 0
    } else if (char === '百') {
      total += (digit || 1) * 100
      digit = 0
    } else if (char === '千') {
      total += (digit || 1) * 1000
      digit = 0
    } else if (char === '廿') total += 20
    else digit = HAN_DIGIT[char] ?? 0
  }
  return String(total + digit)
}

/** The tokens of one text, in order. */
export function tokenize(text: string, hanWords: ReadonlySet<string> = new Set()): Token[] {
  const tokens: Token[] = []
  const length = text.length
  /** The white space met since the last token. */
  let space: Token['space'] = 0
  let i = 0
  while (i < length) {
    const code = text.charCodeAt(i)
    // Letters first: most characters of most texts are ASCII letters.
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) {
      const end = asciiWordToken(text, i, tokens, space)
      i = end > i ? end : wordToken(text, i, tokens, space)
      space = 0
      continue
    }
    if (code === 32) {
      if (space === 0) space = 1
      i++
      continue
    }
    if (isLineBreak(code)) {
      space = 2
      i++
      continue
    }
    if (isSpace(code)) {
      if (space === 0) space = 1
      i++
      continue
    }
    if (isHan(code)) i = hanTokens(text, i, tokens, space, hanWords)
    else if (digitValue(code) >= 0) i = numberToken(text, i, tokens, space)
    else if (isLetter(code)) i = wordToken(text, i, tokens, space)
    else {
      pushToken(tokens, space, i, i + 1, 'punct', punctForm(code), 'other', '', false, false, 0)
      i++
    }
    space = 0
  }
  return tokens
}

/** Every token is made here, with all its fields in one order: one shape for the engine to optimise. */
function pushToken(tokens: Token[], space: Token['space'], start: number, end: number, kind: Token['kind'], value: string, script: Script, suffix: string, capital: boolean, upper: boolean, hash: number, base = value): void {
  tokens.push({ start, end, kind, space, value, base, suffix, script, capital, upper, hash })
}

/** ASCII characters as strings, made once: a punctuation mark costs no new string. */
const ASCII_CHARS = Array.from({ length: 0x80 }, (_, code) => String.fromCharCode(code))

function punctForm(code: number): string {
  if (code < 0x80) return ASCII_CHARS[code]!
  const char = String.fromCharCode(code)
  return PUNCT_FORMS[char] ?? char
}

/**
 * A word of ASCII letters ending where plain text goes on: most words of most texts, read
 * without the general path's checks. Returns `start` when the word needs those (an apostrophe,
 * a hyphen, a letter beyond ASCII right after).
 */
function asciiWordToken(text: string, start: number, tokens: Token[], space: Token['space']): number {
  let end = start
  let capitals = 0
  let hash = 2166136261
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end)
    if (code >= 97 && code <= 122) {
      hash = Math.imul(hash ^ code, 16777619)
      continue
    }
    if (code >= 65 && code <= 90) {
      capitals++
      hash = Math.imul(hash ^ (code | 32), 16777619)
      continue
    }
    break
  }
  const next = codeAt(text, end)
  if (next === 45 || isApostrophe(next) || (next >= 0x80 && isLetter(next))) return start
  const first = text.charCodeAt(start)
  const capital = first <= 90
  const written = text.slice(start, end)
  const value = capitals === 0 ? written : written.toLowerCase()
  pushToken(tokens, space, start, end, 'word', value, 'latin', '', capital, capital && capitals === end - start, hash | 1)
  return end
}

function letterRunEnd(text: string, from: number): number {
  let end = from
  while (end < text.length && isLetter(text.charCodeAt(end)) && !isHan(text.charCodeAt(end))) end++
  return end
}

/** Digits, and an ordinal ending written on them: "6-м", "4-cü", "9-րդ", "4th", "51’inci". */
function numberToken(text: string, start: number, tokens: Token[], space: Token['space']): number {
  let end = start
  let ascii = true
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end)
    if (digitValue(code) < 0) break
    if (code > 57) ascii = false
  }
  let value = ascii ? text.slice(start, end) : ''
  if (!ascii) for (let at = start; at < end; at++) value += digitValue(text.charCodeAt(at))
  let suffix = ''
  const next = codeAt(text, end)
  if (next === 45 || next === 0x2013 || isApostrophe(next)) {
    const lettersEnd = letterRunEnd(text, end + 1)
    if (lettersEnd > end + 1 && lettersEnd - end - 1 <= 5) {
      suffix = foldWord(text.slice(end + 1, lettersEnd))
      end = lettersEnd
    }
  } else if (next >= 0 && isLetter(next) && !isHan(next)) {
    const lettersEnd = letterRunEnd(text, end)
    if (lettersEnd - end <= 3) {
      suffix = foldWord(text.slice(end, lettersEnd))
      end = lettersEnd
    }
  }
  pushToken(tokens, space, start, end, 'number', value, 'other', suffix, false, false, 0)
  return end
}

/** Letters and combining marks of one script run; apostrophes inside ("Şartı'nın") stay, elisions ("l’") stand alone. */
function wordToken(text: string, start: number, tokens: Token[], space: Token['space']): number {
  let end = letterRunEnd(text, start)
  let apostrophe = -1
  while (end + 1 < text.length && isApostrophe(text.charCodeAt(end)) && isLetter(text.charCodeAt(end + 1)) && !isHan(text.charCodeAt(end + 1))) {
    if (apostrophe < 0) apostrophe = end
    const head = text.slice(start, end)
    if (apostrophe === end && ELISIONS.has(head.toLowerCase()) && scriptOf(text.charCodeAt(start)) === 'latin') {
      pushToken(tokens, space, start, end + 1, 'word', head.toLowerCase(), 'latin', '', false, false, 0)
      return end + 1
    }
    end = letterRunEnd(text, end + 1)
  }
  // "BMT-nin", "ՄԱԿ-ի": an acronym's case ending after a hyphen belongs to it.
  if (text[end] === '-' && end + 1 < text.length && isLetter(text.charCodeAt(end + 1))) {
    const head = text.slice(start, end)
    const tailEnd = letterRunEnd(text, end + 1)
    const tail = text.slice(end + 1, tailEnd)
    if (head.length >= 2 && head === head.toUpperCase() && head !== head.toLowerCase() && tail.length <= 4 && tail === tail.toLowerCase()) {
      apostrophe = end
      end = tailEnd
    }
  }
  // "mad- desinin": a word broken at the end of a line is one word.
  const joined = hyphenatedEnd(text, start, end)
  if (joined > end) {
    const second = text.slice(end + 1, joined).trimStart()
    const value = foldWord(text.slice(start, end) + second)
    pushToken(tokens, space, start, joined, 'word', value, scriptOf(text.charCodeAt(start)), '', isCapital(text[start]!), false, 0)
    return joined
  }
  const written = text.slice(start, end)
  const value = foldWord(written)
  const base = apostrophe < 0 ? value : foldWord(text.slice(start, apostrophe))
  const first = written[0]!
  const capital = first !== first.toLowerCase()
  const upper = capital && written === written.toUpperCase()
  pushToken(tokens, space, start, end, 'word', value, scriptOf(text.charCodeAt(start)), '', capital, upper, 0, base)
  return end
}

function isCapital(char: string): boolean {
  return char !== char.toLowerCase()
}

/** Where a word broken by a hyphen and a space or line break ends ("mad- desinin"), or `end` when it is not broken. */
function hyphenatedEnd(text: string, start: number, end: number): number {
  if (text[end] !== '-' || end - start < 2) return end
  const last = text[end - 1]!
  if (last === last.toUpperCase()) return end
  let next = end + 1
  let breaks = 0
  while (next < text.length && (isSpace(text.charCodeAt(next)) || isLineBreak(text.charCodeAt(next))) && next - end < 4) {
    if (isLineBreak(text.charCodeAt(next))) breaks++
    next++
  }
  if (next === end + 1 || breaks > 1 || next >= text.length || !isLetter(text.charCodeAt(next)) || isHan(text.charCodeAt(next))) return end
  const first = text[next]!
  if (first !== first.toLowerCase() || scriptOf(text.charCodeAt(next)) !== scriptOf(text.charCodeAt(start))) return end
  return letterRunEnd(text, next)
}

/** For each set of known Chinese words, the lengths of the words each character starts, longest first. */
const HAN_LENGTHS = new WeakMap<ReadonlySet<string>, Map<string, number[]>>()
const NO_LENGTHS: number[] = []

function hanWordLengths(hanWords: ReadonlySet<string>, first: string): number[] {
  let lengths = HAN_LENGTHS.get(hanWords)
  if (!lengths) {
    lengths = new Map()
    for (const word of hanWords) lengths.set(word[0]!, [...new Set([...(lengths.get(word[0]!) ?? []), word.length])].sort((a, b) => b - a))
    HAN_LENGTHS.set(hanWords, lengths)
  }
  return lengths.get(first) ?? NO_LENGTHS
}

/**
 * A run of Chinese characters. Chinese writes no spaces, so the words the tables know
 * ("决议", "该", "联大", "第", "号") are cut out of the run, longest first; numerals become
 * numbers, and a unit character right after a number ("第51条") a word of its own. What is
 * left between known words stays together as one word.
 */
function hanTokens(text: string, start: number, tokens: Token[], spaceBefore: Token['space'], hanWords: ReadonlySet<string>): number {
  let i = start
  let wordStart = -1
  let space = spaceBefore
  const push = (from: number, end: number, kind: Token['kind'], value: string): void => {
    pushToken(tokens, space, from, end, kind, value, 'han', '', false, false, 0)
    space = 0
  }
  const flushWord = (end: number): void => {
    if (wordStart >= 0) push(wordStart, end, 'word', text.slice(wordStart, end))
    wordStart = -1
  }
  while (i < text.length && isHan(text.charCodeAt(i))) {
    const char = text[i]!
    const previous = tokens[tokens.length - 1]
    const afterNumber = wordStart < 0 && (previous?.kind === 'number' || previous?.value === ')' || (previous !== undefined && previous.value >= '㈠' && previous.value <= '㈩')) && previous.end === i
    if (afterNumber && HAN_UNITS.has(char)) {
      push(i, i + 1, 'word', char)
      i++
      continue
    }
    let known = 0
    for (const length of hanWordLengths(hanWords, char)) {
      if (i + length <= text.length && hanWords.has(text.slice(i, i + length))) {
        known = length
        break
      }
    }
    if (known > 0 || HAN_ALONE.has(char)) {
      flushWord(i)
      const length = Math.max(known, 1)
      push(i, i + length, 'word', text.slice(i, i + length))
      i += length
      continue
    }
    if (HAN_NUMERALS.includes(char)) {
      flushWord(i)
      let end = i
      while (end < text.length && HAN_NUMERALS.includes(text[end]!)) end++
      push(i, end, 'number', hanNumberValue(text.slice(i, end)))
      i = end
      continue
    }
    if (wordStart < 0) wordStart = i
    i++
  }
  flushWord(i)
  return i
}
