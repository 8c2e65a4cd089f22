import type { LanguageCode, UnitKind, UnitStep } from '../languages/language'
import type { Paragraph } from './paragraphs'

/**
 * A document's structure: parts, chapters, sections, articles and annexes found by their
 * headings; numbered paragraphs, points, lettered subparagraphs and clauses found by their
 * labels; the preambular and operative paragraphs of a resolution.
 */
export interface OutlineNode {
  kind: UnitKind
  /** As the document writes it: "VII", "53", "2.1", "b", "السابع", "五十一"; "" for an unnumbered annex. */
  number: string
  /** A heading's words: "Action with respect to threats to the peace…"; null when it has none. */
  title: string | null
  /** Index of its heading paragraph, if it has one. */
  heading: number | null
  /** The paragraphs it covers: [first, end). */
  first: number
  end: number
  children: OutlineNode[]
}

/** How the document names what a step found: "point 4" may be its numbered paragraph 4. */
export interface LocatedStep {
  kind: UnitKind
  numbers: string[]
  /** Counted ("the 2nd paragraph of Article 5") because the document numbers none there. */
  byPosition: boolean
}

export type UnitLocation = { indexes: number[]; steps: LocatedStep[] } | { missing: UnitStep }

type HeadingKind = 'part' | 'chapter' | 'section' | 'article' | 'annex'

/*
 * Headings
 *
 * A heading is a unit word and a number at the very start of a paragraph, then nothing, a
 * separator (". ", ": ", " – ") and a title or the unit's first text, or a title in capitals.
 * "Article 51 of the Charter provides…" and "Artikel 5 ist der Kern…" are sentences, not
 * headings. Every language's words are recognised whatever the document's language: one file
 * often carries two renderings (En/Ru), and quotes headings of another.
 */

const HEADING_WORDS: Record<HeadingKind, string[]> = {
  part: ['part', 'partie', 'parte', 'teil', 'title', 'titre', 'título', 'часть', 'частина', 'hissə', 'HİSSƏ', 'kısım', 'KISIM', 'մաս', 'الجزء', 'الباب'],
  chapter: ['chapter', 'chapitre', 'capítulo', 'kapitel', 'глава', 'розділ', 'fəsil', 'FƏSİL', 'bölüm', 'գլուխ', 'الفصل'],
  section: ['section', 'sección', 'abschnitt', 'раздел', 'bölmə', 'բաժին', 'القسم'],
  article: ['article', 'art.', 'artículo', 'artikel', 'статья', 'стаття', 'madde', 'maddə', 'հոդված', 'المادة', 'مادة'],
  annex: ['annex', 'annexe', 'anexo', 'anhang', 'anlage', 'appendix', 'приложение', 'додаток', 'əlavə', 'ek', 'հավելված', 'المرفق', 'ملحق'],
}

/** Lower case without the combining dot that "İ".toLowerCase() leaves. */
function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/\u0307/g, '')
}

const HEADING_KIND_BY_WORD = new Map<string, HeadingKind>(
  Object.entries(HEADING_WORDS).flatMap(([kind, words]) => words.map((word) => [normalizeWord(word), kind as HeadingKind] as const)),
)

/** "第七章", "第五十一条", "第二部分": Chinese numbers its units inside the word. */
const CHINESE_HEADING = /^第([〇零一二两三四五六七八九十百千0-9０-９]{1,8})(条|條|章|节|節|部分|编|編)/
const CHINESE_UNIT: Record<string, HeadingKind> = { 条: 'article', 條: 'article', 章: 'chapter', 节: 'section', 節: 'section', 部分: 'part', 编: 'part', 編: 'part' }
const CHINESE_ANNEX = /^附件([〇零一二两三四五六七八九十0-9０-９]{0,4})/

/** Where a heading's number ends and what follows it. */
const SEPARATOR = /^ ?[.:：–—-]{1,2}(?: |$)/

/** Container ranks: a heading holds headings of a higher rank. Chapters and sections nest either way, as the document first shows. */
const RANK: Record<HeadingKind, number> = { annex: 0, part: 1, chapter: 2, section: 2, article: 3 }

interface HeadingMatch {
  kind: HeadingKind
  number: string
  /** The heading's words as written: "CHAPTER VII", "Статья 51". */
  label: string
  /** What follows: a title or the unit's first text; "" when the heading stands alone. */
  rest: string
}

const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/

function isDigit(char: string | undefined): boolean {
  return char !== undefined && DIGIT.test(char)
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}/u.test(char)
}

/** Arabic-Indic, Persian and full-width digits as ASCII. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/g, (digit) => {
    const code = digit.charCodeAt(0)
    return String(code - (code >= 0xff10 ? 0xff10 : code >= 0x6f0 ? 0x6f0 : 0x660))
  })
}

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 }
const ROMAN_DIGITS: [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
]

/** The value of a well-formed Roman numeral ("VII" = 7), or null: "IIII" and "VX" are not numbers. */
function romanValue(text: string): number | null {
  const roman = text.toLowerCase()
  if (!/^[ivxlcdm]{1,8}$/.test(roman)) return null
  let value = 0
  for (let i = 0; i < roman.length; i++) {
    const digit = ROMAN_VALUES[roman[i]!]!
    const next = ROMAN_VALUES[roman[i + 1] ?? ''] ?? 0
    value += digit < next ? -digit : digit
  }
  let canonical = ''
  let rest = value
  for (const [amount, digits] of ROMAN_DIGITS) {
    while (rest >= amount) {
      canonical += digits
      rest -= amount
    }
  }
  return canonical === roman ? value : null
}

const CHINESE_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const CHINESE_MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

/** "五十一" = 51, "十" = 10, "一百零五" = 105. */
function chineseValue(text: string): number | null {
  if (!/^[〇零一二两三四五六七八九十百千]{1,8}$/.test(text)) return null
  let total = 0
  let digit = 0
  for (const char of text) {
    const value = CHINESE_DIGITS[char]
    if (value !== undefined) {
      digit = value
      continue
    }
    total += (digit || 1) * CHINESE_MULTIPLIERS[char]!
    digit = 0
  }
  return total + digit
}

/** Arabic ordinals, masculine ("الفصل السابع") and feminine ("المادة الأولى"); 11–19 add "عشر"/"عشرة". */
const ARABIC_ORDINALS: Record<string, number> = {
  الأول: 1, الاول: 1, الأولى: 1, الاولى: 1, الحادي: 1, الحادية: 1, الثاني: 2, الثانية: 2, الثالث: 3, الثالثة: 3, الرابع: 4, الرابعة: 4,
  الخامس: 5, الخامسة: 5, السادس: 6, السادسة: 6, السابع: 7, السابعة: 7, الثامن: 8, الثامنة: 8, التاسع: 9, التاسعة: 9, العاشر: 10, العاشرة: 10,
  العشرون: 20,
}
const ARABIC_TEENS = new Set(['عشر', 'عشرة'])

/** "premier" in "Article premier", "1er". */
const FRENCH_FIRST = new Set(['premier', 'première', '1er', '1re'])

function arabicOrdinalValue(text: string): number | null {
  const [unit, teen, extra] = text.split(' ')
  const value = ARABIC_ORDINALS[unit ?? '']
  if (value === undefined || extra !== undefined) return null
  if (teen === undefined) return value
  return value < 10 && ARABIC_TEENS.has(teen) ? value + 10 : null
}

/** A number as a value, whatever way it is written: "VII", "vii", "7", "٧", "七", "السابع", "premier" → 7 (or 1). */
function numericValue(written: string): number | null {
  const text = asciiDigits(written.trim())
  if (/^[0-9]{1,6}$/.test(text)) return Number(text)
  if (FRENCH_FIRST.has(text.toLowerCase())) return 1
  return romanValue(text) ?? chineseValue(text) ?? arabicOrdinalValue(text)
}

/** The end of the word at `start` (letters only), at most `limit` characters on. */
function wordEnd(text: string, start: number, limit: number): number {
  let end = start
  while (end - start < limit && isLetter(text[end])) end++
  return end
}

/**
 * The number after a heading word: "51", "2.1", "VII", "(51)", "№ 1", "1er", "premier",
 * "السابع", "الحادي عشر", a letter ("Annex A"). Returns where it ends, or null.
 */
function readHeadingNumber(text: string, start: number): { number: string; end: number } | null {
  let at = start
  const sign = /^(?:№|No\.|Nr\.|N°|nº) ?/.exec(text.slice(at, at + 4))
  if (sign) at += sign[0].length
  const parenthesised = text[at] === '('
  if (parenthesised) at++
  const numberStart = at
  if (isDigit(text[at])) {
    while (at - numberStart < 4 && isDigit(text[at])) at++
    for (let levels = 0; levels < 3 && text[at] === '.' && isDigit(text[at + 1]); levels++) {
      at++
      const levelStart = at
      while (at - levelStart < 3 && isDigit(text[at])) at++
    }
    if (text.startsWith('er', at) || text.startsWith('re', at)) at += 2
  } else {
    at = wordEnd(text, at, 12)
    let word = text.slice(numberStart, at)
    if (arabicOrdinalValue(word) !== null && text[at] === ' ') {
      const teenEnd = wordEnd(text, at + 1, 5)
      if (ARABIC_TEENS.has(text.slice(at + 1, teenEnd))) {
        at = teenEnd
        word = text.slice(numberStart, at)
      }
    }
    const isRoman = /^[IVXLCDM]+$/.test(word) && romanValue(word) !== null
    const isLetterName = /^[A-Z]$/.test(word)
    if (!isRoman && !isLetterName && numericValue(word) === null) return null
  }
  if (at === numberStart || isLetter(text[at]) || isDigit(text[at])) return null
  const number = text.slice(numberStart, at)
  if (parenthesised) {
    if (text[at] !== ')') return null
    at++
  }
  return { number, end: at }
}

/** Capitals only: "PURPOSES AND PRINCIPLES" may follow a heading number without a separator. */
function isInCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text)
}

/** A heading's words rather than a sentence: short (longer in capitals), and not ending as a sentence or a clause does. */
function looksLikeTitle(text: string): boolean {
  if (text.length === 0 || text.length > 200 || (text.length > 120 && !isInCapitals(text))) return false
  return !/[.;:,!?。；：，،]$/.test(text) && /\p{L}/u.test(text)
}

function readChineseHeading(text: string): HeadingMatch | null {
  const unit = CHINESE_HEADING.exec(text)
  const annex = unit ? null : CHINESE_ANNEX.exec(text)
  const match = unit ?? annex
  if (!match) return null
  // "第五十一条规定…" is a sentence about Article 51; the heading stands alone or is followed by a space or a colon.
  const after = text.slice(match[0].length)
  const separator = /^(?:[ \u3000]+|[：:][ \u3000]*)/.exec(after)
  if (after !== '' && !separator) return null
  const rest = separator ? after.slice(separator[0].length) : ''
  if (annex) return { kind: 'annex', number: match[1]!, label: match[0], rest }
  return { kind: CHINESE_UNIT[match[2]!]!, number: match[1]!, label: match[0], rest }
}

/** Only so much of a paragraph is read to find a heading, so a long one costs no more than a short one. */
const HEAD_LENGTH = 64

function readHeading(text: string): HeadingMatch | null {
  const chinese = readChineseHeading(text)
  if (chinese) return chinese
  const head = text.slice(0, HEAD_LENGTH)
  const space = head.indexOf(' ')
  const word = space < 0 ? head : head.slice(0, space)
  const kind = HEADING_KIND_BY_WORD.get(normalizeWord(word))
  if (!kind || space < 0) {
    // "ANNEX", "Приложение:", "المرفق" alone name an unnumbered annex.
    const bare = text.length <= 20 ? HEADING_KIND_BY_WORD.get(normalizeWord(text.replace(/[.:]$/, ''))) : undefined
    return bare === 'annex' ? { kind: 'annex', number: '', label: text, rest: '' } : null
  }
  const number = readHeadingNumber(text, space + 1)
  if (!number) return null
  const label = text.slice(0, number.end)
  const after = text.slice(number.end)
  if (after === '' || after === '.' || after === ':') return { kind, number: number.number, label, rest: '' }
  const separator = SEPARATOR.exec(after)
  if (separator) return { kind, number: number.number, label, rest: after.slice(separator[0].length) }
  const rest = after.slice(1)
  if (after[0] === ' ' && looksLikeTitle(rest) && isInCapitals(rest)) return { kind, number: number.number, label, rest }
  return null
}

/** "I", "II." alone on a line: a section of a resolution or a report. */
function readRomanHeading(text: string): HeadingMatch | null {
  const match = /^([IVX]{1,6})\.?$/.exec(text)
  if (!match || romanValue(match[1]!) === null) return null
  return { kind: 'section', number: match[1]!, label: text, rest: '' }
}

/*
 * Labels: "1.", "2.1", "1)", "(1)", "1 -", "一、", "(a)", "a)", "a.", "а)", "(ب)", "(iv)", "IV."
 */

type LabelClass = 'number' | 'decimal' | 'letter' | 'roman' | 'ROMAN'

interface Label {
  cls: LabelClass
  /** The label's punctuation: ".", ")", "()", "、", "-", or "" for "2.1 Text". */
  punct: string
  number: string
  /** Where the paragraph's own text starts. */
  textStart: number
}

/** Documents of tens of thousands of numbered paragraphs exist (a 1M-word statement has ~20,000). */
const MAX_LABEL_DIGITS = 5

const CJK_NUMERAL = /[〇零一二两三四五六七八九十百]/

function readLabel(text: string): Label | null {
  const open = text[0] === '(' || text[0] === '（'
  const start = open ? 1 : 0
  let at = start
  let cls: LabelClass
  if (isDigit(text[at])) {
    while (at - start < MAX_LABEL_DIGITS && isDigit(text[at])) at++
    if (isDigit(text[at])) return null
    const longNumber = at - start > 3
    let levels = 0
    while (levels < 4 && text[at] === '.' && isDigit(text[at + 1])) {
      at++
      const levelStart = at
      while (at - levelStart < 3 && isDigit(text[at])) at++
      if (isDigit(text[at])) return null
      levels++
    }
    // "2020 was…", "2020 - …" and "2020.11 …" are years: a long number is a label only as "1000." or "(1000)".
    if (longNumber && (levels > 0 || (!open && text[at] !== '.' && text[at] !== ')'))) return null
    cls = levels > 0 ? 'decimal' : 'number'
  } else if (CJK_NUMERAL.test(text[at] ?? '')) {
    while (at - start < 4 && CJK_NUMERAL.test(text[at] ?? '')) at++
    if (chineseValue(text.slice(start, at)) === null) return null
    cls = 'number'
  } else {
    at = wordEnd(text, start, 6)
    if (text[at] === '\u0640') at++ // the tatweel of "(هـ)"
    const token = text.slice(start, at).replace('\u0640', '')
    if (token === '' || isLetter(text[at])) return null
    // "I." to "XXXIX."; a lone "C." or "L." is a letter of a list ("A.", "B.", "C."), not 100 or 50.
    if (/^[IVX]+$/.test(token) && romanValue(token) !== null) cls = 'ROMAN'
    else if (/^[ivxlc]{2,}$/.test(token) && romanValue(token) !== null) cls = 'roman'
    else if (token.length === 1 && (/\p{Ll}/u.test(token) || (open && /[\u0621-\u064A]/.test(token)))) cls = 'letter'
    else return null
  }
  const number = text.slice(start, at).replace('\u0640', '')
  let punct: string
  if (open) {
    if (text[at] !== ')' && text[at] !== '）') return null
    punct = '()'
    at++
  } else if (text[at] === '.' || text[at] === ')') {
    punct = text[at]!
    at++
  } else if (text[at] === '、' && cls === 'number') {
    punct = '、'
    at++
  } else if (cls === 'number' && /^ [-–] /.test(text.slice(at, at + 3))) {
    punct = '-'
    at += 2
  } else if (cls === 'decimal') {
    punct = ''
  } else {
    return null
  }
  // "a." is a label in "a. promoting…", but not in "e.g." nor "p. 5"; Cyrillic and others take ")".
  if (cls === 'letter' && punct === '.' && !/[a-z]/.test(number)) return null
  const closedWide = punct === '、' || text[at - 1] === '）'
  if (!closedWide) {
    if (text[at] !== ' ') return null
    at++
  }
  if (at >= text.length || text[at] === ' ') return null
  // "3.5 million" is a number in a sentence; "2.1 The Parties" is a label.
  if (cls === 'decimal' && punct === '' && /\p{Ll}/u.test(text[at]!)) return null
  return { cls, punct, number, textStart: at }
}

/**
 * Where the number a paragraph gives itself stands, as [start, end): the whole label of a
 * numbered paragraph ("3. ", "(b) ") or the number of a heading (the "5" of "Article 5"); null
 * when it has none. Comparisons that ignore renumbering leave this out.
 */
export function ownNumberSpan(text: string): { start: number; end: number } | null {
  const label = readLabel(text)
  if (label) return { start: 0, end: label.textStart }
  const heading = readHeading(text)
  if (!heading || heading.number === '') return null
  const start = heading.label.lastIndexOf(heading.number)
  return start < 0 ? null : { start, end: heading.label.length }
}

/*
 * Resolutions: "The General Assembly," opens the preamble; unnumbered paragraphs ending with a
 * comma follow ("Recalling…,", "ссылаясь на…,", "unter Hinweis auf…,"), then the numbered
 * operative paragraphs.
 */

const ORGAN =
  /assembl|council|conference|commission|committee|conseil|conférence|comité|asamblea|consejo|conferencia|comisión|versammlung|rat\b|konferenz|kommission|ассамбле|асамбле|совет|рада|конференц|комисси|комісі|الجمعية|مجلس|المؤتمر|اللجنة|大会|理事会|理事會|委员会|委員會|kurul|konsey|assambleya|şura|ասամբլեա|խորհուրդ/i
const ENDS_WITH_COMMA = /[,،，]$/
const MAX_OPENING_LENGTH = 80

/** "The General Assembly," alone; or at the head of the first preambular paragraph ("The Security Council, Recalling…,"). */
function readOpening(text: string, next: string | undefined): 'alone' | 'merged' | null {
  const unquoted = text.replace(/^[“"«„]/, '')
  if (/^\p{Ll}/u.test(unquoted)) return null
  if (unquoted.length <= MAX_OPENING_LENGTH && unquoted.split(' ').length <= 8 && ORGAN.test(unquoted)) {
    if (ENDS_WITH_COMMA.test(unquoted)) return 'alone'
    // "The Security Council" without its comma, when what follows reads as a preamble (and is not the opening itself).
    if (looksLikeTitle(unquoted) && next !== undefined && ENDS_WITH_COMMA.test(next) && readOpening(next, undefined) === null) return 'alone'
    return null
  }
  const comma = unquoted.slice(0, MAX_OPENING_LENGTH).search(/[,،，] /)
  if (comma < 0 || !ENDS_WITH_COMMA.test(unquoted)) return null
  const organ = unquoted.slice(0, comma)
  return organ.split(' ').length <= 6 && ORGAN.test(organ) && /^\p{Lu}/u.test(unquoted.slice(comma + 2)) ? 'merged' : null
}

/*
 * Building
 */

interface OpenHeading {
  node: OutlineNode
  kind: HeadingKind
  /** The first paragraph after its heading (and its title). */
  contentStart: number
}

interface OpenItem {
  node: OutlineNode
  /** "number.", "letter()", "decimal2", …: items of one style are siblings, a new style nests. */
  style: string
}

function styleOf(label: Label): string {
  return label.cls === 'decimal' ? `decimal${label.number.split('.').length}` : `${label.cls}${label.punct}`
}

const NEXT_LETTER: Record<string, string> = { i: 'h', v: 'u', x: 'w', l: 'k', c: 'b' }

/**
 * "(i)" is the ninth letter after "(h)", otherwise the first of a list of Roman numerals; "(v)",
 * "(x)", "(l)" and "(c)" are letters unless they continue such a list.
 */
function resolveRomanOrLetter(label: Label, open: OpenItem[]): Label {
  if (label.cls !== 'letter' || !(label.number in NEXT_LETTER)) return label
  const letters = open.find((item) => item.style === `letter${label.punct}`)
  if (letters && letters.node.number === NEXT_LETTER[label.number]) return label
  const romans = open.find((item) => item.style === `roman${label.punct}`)
  const continuesRomans = romans !== undefined && romanValue(romans.node.number) === romanValue(label.number)! - 1
  return continuesRomans || label.number === 'i' ? { ...label, cls: 'roman' } : label
}

/** A line in the words of a title, and nothing else: not a heading, not a numbered paragraph, not a sentence's end. */
function isTitleLine(text: string): boolean {
  return looksLikeTitle(text) && !/^\p{Ll}/u.test(text) && readLabel(text) === null && readHeading(text) === null && readRomanHeading(text) === null
}

/** A short title that heads no unit of its own: "Functions and Powers", "Procedure". */
function isSubheading(text: string): boolean {
  return text.length <= 80 && isTitleLine(text)
}

/**
 * The outline of a document: headings nest by kind (a part holds chapters, a chapter articles;
 * chapters and sections nest as the document first shows), labelled paragraphs nest by label
 * style (a new style opens a level, a style already open returns to it), and a resolution's
 * paragraphs are preambular before the first numbered one and operative after it. One pass;
 * each paragraph costs a bounded amount of work, so the time is linear in the text.
 *
 * `_language` is the document's language: the headings of every language are read whatever it is,
 * since one file often carries two renderings (En/Ru) or quotes another's headings.
 */
export function buildOutline(paragraphs: Paragraph[], _language: LanguageCode | null): OutlineNode[] {
  const roots: OutlineNode[] = []
  const headings: OpenHeading[] = []
  const items: OpenItem[] = []
  /** "section>chapter": which of two kinds of the same rank holds the other here. */
  const nesting = new Set<string>()
  const seenKinds = new Set<HeadingKind>()
  let mode: 'text' | 'preamble' | 'operative' = 'text'
  let preamble: number[] = []

  const container = (): OutlineNode[] => items.at(-1)?.node.children ?? headings.at(-1)?.node.children ?? roots
  const holds = (outer: HeadingKind, inner: HeadingKind): boolean => RANK[outer] < RANK[inner] || nesting.has(`${outer}>${inner}`)

  function finishPreamble(): void {
    if (mode !== 'preamble') return
    // Preambular paragraphs end with a comma; a running head between them ("Reducing nuclear
    // danger") does not. Where the text keeps no commas, every paragraph counts.
    const withComma = preamble.filter((index) => ENDS_WITH_COMMA.test(paragraphs[index]!.text))
    const counted = withComma.length * 2 >= preamble.length ? withComma : preamble
    counted.forEach((index, position) => {
      container().push({ kind: 'preambular paragraph', number: String(position + 1), title: null, heading: null, first: index, end: index + 1, children: [] })
    })
    preamble = []
    mode = 'operative'
  }

  function openHeading(match: HeadingMatch, index: number): number {
    finishPreamble()
    items.length = 0
    if (match.kind === 'annex') mode = 'text'
    const kind = match.kind
    const top = headings.at(-1)?.kind
    if (!seenKinds.has(kind) && top !== undefined && top !== kind && RANK[top] === RANK[kind]) nesting.add(`${top}>${kind}`)
    seenKinds.add(kind)
    const sameKind = headings.findIndex((open) => open.kind === kind)
    let keep = headings.length
    if (sameKind >= 0) keep = sameKind
    else while (keep > 0 && !holds(headings[keep - 1]!.kind, kind)) keep--
    if (keep < headings.length) {
      // A subheading just before this heading ("Procedure") opens what follows, not what it closes.
      const innermost = headings.at(-1)!
      let closeAt = index
      while (closeAt - 1 > innermost.contentStart && index - closeAt < 2 && isSubheading(paragraphs[closeAt - 1]!.text)) closeAt--
      for (const closed of headings.splice(keep)) closed.node.end = closeAt
    }
    // A heading alone may have its title on the next line: "CHAPTER VII" / "ACTION WITH RESPECT TO…".
    const next = paragraphs[index + 1]?.text
    const titleBelow = match.rest === '' && next !== undefined && isTitleLine(next)
    const title = titleBelow ? next : match.rest !== '' && looksLikeTitle(match.rest) ? match.rest : null
    const node: OutlineNode = { kind, number: match.number, title, heading: index, first: index, end: paragraphs.length, children: [] }
    container().push(node)
    const contentStart = index + (titleBelow ? 2 : 1)
    headings.push({ node, kind, contentStart })
    return contentStart
  }

  function openItem(found: Label, index: number): void {
    finishPreamble()
    const label = resolveRomanOrLetter(found, items)
    const style = styleOf(label)
    const same = items.findIndex((item) => item.style === style)
    if (same >= 0) items.length = same
    let kind: UnitKind
    if (label.cls === 'letter') kind = 'subparagraph'
    else if (label.cls === 'roman') kind = 'clause'
    else if (label.cls === 'decimal') kind = 'paragraph'
    else if (items.length > 0) kind = 'point'
    else kind = mode === 'operative' ? 'operative paragraph' : 'paragraph'
    const node: OutlineNode = { kind, number: label.number, title: null, heading: null, first: index, end: index + 1, children: [] }
    container().push(node)
    items.push({ node, style })
    for (const item of items) item.node.end = index + 1
  }

  for (let index = 0; index < paragraphs.length; index++) {
    const text = paragraphs[index]!.text
    const heading = readHeading(text) ?? readRomanHeading(text)
    if (heading) {
      index = openHeading(heading, index) - 1
      continue
    }
    // Inside a preamble, "Welcoming the work of the Commission," is a preambular paragraph, not a new resolution.
    const mayOpen = mode !== 'preamble' && (text.length <= MAX_OPENING_LENGTH || ENDS_WITH_COMMA.test(text))
    const opening = mayOpen ? readOpening(text, paragraphs[index + 1]?.text) : null
    if (opening) {
      finishPreamble()
      items.length = 0
      mode = 'preamble'
      if (opening === 'merged') preamble.push(index)
      continue
    }
    const label = readLabel(text)
    if (label) {
      const rest = text.slice(label.textStart)
      if (label.cls === 'ROMAN' && rest.length <= 120 && looksLikeTitle(rest)) {
        index = openHeading({ kind: 'section', number: label.number, label: text.slice(0, label.textStart).trim(), rest }, index) - 1
      } else {
        openItem(label, index)
      }
      continue
    }
    if (mode === 'preamble') {
      preamble.push(index)
    } else if (items.length > 0 && /^\p{Ll}/u.test(text)) {
      // A numbered paragraph broken by a page: its text goes on in lower case.
      for (const item of items) item.node.end = index + 1
    } else {
      items.length = 0
    }
  }
  finishPreamble()
  return roots
}

/** The heading's words as the document writes them, "CHAPTER VII", "Статья 51", "第五十一条"; for a table of contents. */
export function headingLabel(node: OutlineNode, paragraphs: Paragraph[]): string {
  const text = node.heading === null ? '' : (paragraphs[node.heading]?.text ?? '')
  const match = readHeading(text) ?? readRomanHeading(text)
  if (match) return match.label
  const label = readLabel(text)
  return label ? text.slice(0, label.textStart).trim() : `${node.kind} ${node.number}`
}

/*
 * Locating
 */

const STRUCTURAL = new Set<UnitKind>(['part', 'chapter', 'section', 'article', 'annex'])

/**
 * What else a unit may be called where the document does not make the distinction. Numbered
 * items (paragraph, point, clause, …) stand for each other whenever the number is not found
 * under the kind written; structural kinds fall back only where the document has none of them
 * ("madde 9" of a statement numbered in points is its point 9; a missing "Article 60" is missing).
 */
const FALLBACKS: Record<UnitKind, UnitKind[]> = {
  paragraph: ['operative paragraph', 'point', 'subparagraph', 'clause'],
  point: ['paragraph', 'operative paragraph', 'subparagraph', 'clause'],
  'operative paragraph': ['paragraph', 'point'],
  'preambular paragraph': [],
  subparagraph: ['point', 'clause', 'paragraph'],
  clause: ['paragraph', 'point', 'subparagraph', 'operative paragraph'],
  article: ['paragraph', 'point', 'operative paragraph'],
  // The Security Council's rules of procedure are numbered like articles.
  rule: ['article', 'paragraph'],
  chapter: ['section', 'part'],
  section: ['chapter', 'part'],
  part: ['section', 'chapter'],
  annex: [],
}

/** Kinds that may be counted by position where nothing is numbered. */
const COUNTABLE = new Set<UnitKind>(['paragraph', 'point', 'clause', 'operative paragraph'])
const NUMBERED_ITEMS = new Set<UnitKind>(['paragraph', 'point', 'subparagraph', 'clause', 'operative paragraph'])

/** Lettered subparagraphs in the order a reference in any alphabet counts them. */
const ALPHABETS = ['abcdefghijklmnopqrstuvwxyz', 'абвгдежзиклмнопрстуфхцчшщэюя', 'աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ', 'أبجدهوزحطيكلمنسعفصقرشتثخذضظغ']

/** "(b)", "b)", "b." → "b"; "٥" → "5"; "07" → "7". */
function normalizeNumber(written: string): string {
  const text = asciiDigits(written.trim().toLowerCase()).replace(/^[(（[]+|[)）\].]+$/g, '').replace(/\u0640/g, '').replace(/[إآا]/g, 'أ')
  return /^[0-9]+$/.test(text) ? String(Number(text)) : text
}

function letterPosition(letter: string): { alphabet: number; position: number } | null {
  if ([...letter].length !== 1) return null
  for (let alphabet = 0; alphabet < ALPHABETS.length; alphabet++) {
    const position = ALPHABETS[alphabet]!.indexOf(letter)
    if (position >= 0) return { alphabet, position: position + 1 }
  }
  return null
}

/**
 * Whether `node`, the `order`-th lettered item of its list, carries the number written. Roman and
 * Arabic numbers match ("VII" = "7"); a letter of another alphabet matches by its place ("б" and
 * "(b)" are second), counted in the document's list where its letters are not in the tables.
 */
function carriesNumber(node: OutlineNode, order: number, written: string): boolean {
  if (written === '') return true
  const wanted = normalizeNumber(written)
  const own = normalizeNumber(node.number)
  if (wanted === own) return true
  if (node.kind === 'subparagraph') {
    const wantedLetter = letterPosition(wanted)
    const ownLetter = letterPosition(own)
    if (wantedLetter === null || ownLetter?.alphabet === wantedLetter.alphabet) return false
    return wantedLetter.position === (ownLetter?.position ?? order)
  }
  const value = numericValue(wanted)
  return value !== null && value === numericValue(own)
}

/** Where a step looks: inside what the step before found (`owner`), or the whole document. */
interface Scope {
  owner: OutlineNode | null
  nodes: OutlineNode[]
  first: number
  end: number
}

interface Found {
  kind: UnitKind
  number: string
  node: OutlineNode | null
  first: number
  end: number
}

/** The nearest node of `kind` carrying `written`: the outermost level that has one, first in the text. */
function findNode(nodes: OutlineNode[], kind: UnitKind, written: string): OutlineNode | null {
  let level: OutlineNode[][] = [nodes]
  while (level.length > 0) {
    const next: OutlineNode[][] = []
    for (const siblings of level) {
      let order = 0
      for (const node of siblings) {
        if (node.kind === 'subparagraph') order++
        if (node.kind === kind && carriesNumber(node, order, written)) return node
        if (node.children.length > 0) next.push(node.children)
      }
    }
    level = next
  }
  return null
}

function hasKind(nodes: OutlineNode[], kinds: (kind: UnitKind) => boolean): boolean {
  return nodes.some((node) => kinds(node.kind) || hasKind(node.children, kinds))
}

/** The paragraphs of a scope that are not headings nor their titles. */
function contentParagraphs(scope: Scope, paragraphs: Paragraph[]): number[] {
  const headingLines = new Set<number>()
  const collect = (nodes: OutlineNode[]): void => {
    for (const node of nodes) {
      if (node.heading !== null) {
        headingLines.add(node.heading)
        // A title taken from the line below the heading is that line.
        if (node.title !== null && paragraphs[node.heading + 1]?.text === node.title) headingLines.add(node.heading + 1)
      }
      collect(node.children)
    }
  }
  collect(scope.owner ? [scope.owner] : scope.nodes)
  const indexes: number[] = []
  for (let index = scope.first; index < scope.end; index++) if (!headingLines.has(index)) indexes.push(index)
  return indexes
}

function findUnit(scopes: Scope[], kind: UnitKind, written: string, paragraphs: Paragraph[]): Found | null {
  const absent = !scopes.some((scope) => hasKind(scope.nodes, (candidate) => candidate === kind))
  const kinds = STRUCTURAL.has(kind) && !absent ? [kind] : [kind, ...FALLBACKS[kind]]
  for (const candidate of kinds) {
    for (const scope of scopes) {
      const node = findNode(scope.nodes, candidate, written)
      if (node) return { kind: node.kind, number: node.number, node, first: node.first, end: node.end }
    }
  }
  const position = /^[0-9]+$/.test(asciiDigits(written)) ? Number(asciiDigits(written)) : 0
  if (!COUNTABLE.has(kind) || position < 1) return null
  for (const scope of scopes) {
    if (hasKind(scope.nodes, (candidate) => NUMBERED_ITEMS.has(candidate))) continue
    const index = contentParagraphs(scope, paragraphs)[position - 1]
    if (index !== undefined) return { kind, number: String(position), node: null, first: index, end: index + 1 }
  }
  return null
}

/**
 * The paragraphs a unit path names, in order, or the step that is missing. Each step is looked
 * for inside what the step before found: "paragraph 2 of Article 53" is the paragraph numbered 2
 * inside Article 53, or its second paragraph where it numbers none. A unit with a heading comes
 * whole, heading first.
 */
export function locateUnits(outline: OutlineNode[], paragraphs: Paragraph[], path: UnitStep[]): UnitLocation {
  let scopes: Scope[] = [{ owner: null, nodes: outline, first: 0, end: paragraphs.length }]
  let found: Found[] = scopes.map((scope) => ({ kind: 'paragraph', number: '', node: null, first: scope.first, end: scope.end }))
  const steps: LocatedStep[] = []
  for (const step of path) {
    found = []
    for (const written of step.numbers.length > 0 ? step.numbers : ['']) {
      const unit = findUnit(scopes, step.kind, written, paragraphs)
      if (!unit) return { missing: step }
      found.push(unit)
    }
    steps.push({ kind: found[0]!.kind, numbers: found.map((unit) => unit.number), byPosition: found.some((unit) => unit.node === null) })
    scopes = found.map((unit) => ({ owner: unit.node, nodes: unit.node?.children ?? [], first: unit.first, end: unit.end }))
  }
  const indexes: number[] = []
  const seen = new Set<number>()
  for (const unit of found) {
    for (let index = unit.first; index < unit.end; index++) {
      if (seen.has(index)) continue
      seen.add(index)
      indexes.push(index)
    }
  }
  return { indexes, steps }
}
