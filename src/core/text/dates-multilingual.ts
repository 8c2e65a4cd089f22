import { ENGLISH_ORDINAL_DAYS, MONTHS } from '../documents/date-words'
import { lowerCase } from './matchable'

/** A date as a text writes it, in any of the eleven languages. */
export interface WrittenDate {
  start: number
  end: number
  /** yyyy-mm-dd, or null for a date written without its year ("Baku, August 12"). */
  iso: string | null
  year: number | null
  month: number
  day: number
}

const MONTH_NUMBER = new Map<string, number>()
for (const months of Object.values(MONTHS)) months.forEach((forms, index) => forms.forEach((form) => MONTH_NUMBER.set(form, index + 1)))

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** An alternation of words, longest first so that "ноября" is tried before "ноя". */
const alternation = (words: Iterable<string>) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|')
const formsOf = (...languages: (keyof typeof MONTHS)[]) => languages.flatMap((language) => MONTHS[language].flat())

// Every piece is bounded: one white-space character where words meet, {1,2} or {4} digits, a
// closed list of month names, so each pattern does a bounded amount of work at each position.
// That a date does not start inside a word is checked after the match (startsWord): a leading
// lookbehind would keep the engine from skipping ahead to where a match can start, ten times slower.
const DIGIT = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9\\uFF10-\\uFF19]'
const DAY = `(?<d>${DIGIT}{1,2})(?!${DIGIT})`
const YEAR = `(?<y>${DIGIT}{4})(?!${DIGIT})`
const DAY_SUFFIX = '(?:st|nd|rd|th|er|re|º|°|\\.º)?\\.?'
const WORD_END = '(?![\\p{L}\\p{M}])'
const ALL_MONTHS = `(?<m>${alternation(formsOf('en', 'ru', 'uk', 'fr', 'es', 'de', 'az', 'tr', 'hy', 'ar'))})${WORD_END}(?:/(?:${alternation(MONTHS.ar.flat())}))?\\.?`
const ENGLISH_MONTH = `(?<m>${alternation(MONTHS.en.flat())})${WORD_END}\\.?`
const ARMENIAN_MONTH = `(?<m>${alternation(MONTHS.hy.flat())})${WORD_END}`
const AZERBAIJANI_MONTH = `(?<m>${alternation(MONTHS.az.flat())})(?:ın|in|un|ün)?${WORD_END}`
const HAN_DIGIT = '[〇零一二三四五六七八九]'
const HAN_NUMBER = '[一二三四五六七八九十]'
const AZERBAIJANI_YEAR = `${YEAR}-?(?:ci|cı|cu|cü)\\sil(?:in)?`

/**
 * Dates with their year, in every language's usual order. `inWord`: Chinese dates stand inside
 * a run of Han characters, and the numeric forms check their own edges; the others may not start
 * inside a word.
 */
const FULL_PATTERNS: { source: string; inWord?: boolean }[] = [
  // 10 November 2020, 9 ноября 2020 года, 10 de noviembre de 2020, 10. November 2020, 1er décembre 2025, ١٠ نوفمبر ٢٠٢٠, 10 تشرين الثاني/نوفمبر 2020
  { source: `${DAY}${DAY_SUFFIX}\\s(?:(?:de|of)\\s)?${ALL_MONTHS}(?:\\s(?:de|del)|,)?\\s(?:(?:عام|سنة)\\s)?${YEAR}` },
  // November 10, 2020; Nov. 10 2020
  { source: `${ENGLISH_MONTH}\\s${DAY}${DAY_SUFFIX},?\\s${YEAR}` },
  // the fourth day of April, 1949
  { source: `(?:the|this)\\s(?<d>${alternation(ENGLISH_ORDINAL_DAYS)}|${DIGIT}{1,2}(?:st|nd|rd|th)?)\\sday\\sof\\s${ENGLISH_MONTH},?\\s(?:in\\sthe\\syear\\s)?${YEAR}` },
  // 2020 թվականի նոյեմբերի 10, 2020 թ. նոյեմբերի 10
  { source: `${YEAR}\\s(?:(?:թվականի|թ\\.)\\s)?${ARMENIAN_MONTH}\\s${DAY}` },
  // 2020-ci il noyabrın 10-da
  { source: `${AZERBAIJANI_YEAR}\\s${AZERBAIJANI_MONTH}\\s${DAY}` },
  // 2020-ci il 10 noyabr
  { source: `${AZERBAIJANI_YEAR}\\s${DAY}\\s${AZERBAIJANI_MONTH}` },
  // 2020年11月10日, 二〇二〇年十一月十日
  { source: `${YEAR} ?年 ?(?<m>${DIGIT}{1,2}) ?月 ?${DAY} ?[日号]`, inWord: true },
  { source: `(?<y>${HAN_DIGIT}{4}) ?年 ?(?<m>${HAN_NUMBER}{1,2}) ?月 ?(?<d>${HAN_NUMBER}{1,3}) ?[日号]`, inWord: true },
  // 2020-11-10
  { source: '(?<![\\p{N}])(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?![\\p{N}])', inWord: true },
  // 10.11.2020
  { source: '(?<![\\p{N}.])(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4})(?![\\p{N}]|\\.\\p{N})', inWord: true },
]

/** Dates without their year, as datelines write them: "August 12", "9 ноября", "նոյեմբերի 10", "11月10日". */
const YEARLESS_PATTERNS: { source: string; inWord?: boolean }[] = [
  { source: `${DAY}${DAY_SUFFIX}\\s(?:de\\s)?${ALL_MONTHS}` },
  { source: `${ENGLISH_MONTH}\\s${DAY}(?:st|nd|rd|th)?` },
  { source: `${ARMENIAN_MONTH}\\s${DAY}` },
  { source: `(?<m>${DIGIT}{1,2}) ?月 ?${DAY} ?[日号]`, inWord: true },
]

interface DatePattern {
  pattern: RegExp
  inWord: boolean
}

const compiled = (patterns: { source: string; inWord?: boolean }[], flags: string): DatePattern[] =>
  patterns.map(({ source, inWord }) => ({ pattern: new RegExp(source, flags), inWord: inWord ?? false }))
// Patterns in lower case, read on lower-cased text (lowerCase): no case-insensitive flag to compile.
const FULL_SEARCH = compiled(FULL_PATTERNS, 'gu')
const FULL_AT = compiled(FULL_PATTERNS, 'yu')
const YEARLESS_AT = compiled(YEARLESS_PATTERNS, 'yu')

function digitValue(code: number): number {
  for (const zero of [0x30, 0x660, 0x6f0, 0xff10]) if (code >= zero && code <= zero + 9) return code - zero
  return -1
}

const HAN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** "2020", "٢٠٢٠", "２０２０", "二〇二〇" (digit by digit), "十一", "二十三", "三十一" (tens and units). */
function numberOf(text: string): number {
  if (/^[\p{N}]+$/u.test(text) && digitValue(text.codePointAt(0)!) >= 0) {
    let value = 0
    for (const character of text) value = value * 10 + digitValue(character.codePointAt(0)!)
    return value
  }
  if (text.includes('十')) {
    const [tens, units] = text.split('十') as [string, string]
    return (tens ? (HAN_DIGITS[tens] ?? 0) : 1) * 10 + (units ? (HAN_DIGITS[units] ?? 0) : 0)
  }
  let value = 0
  for (const character of text) value = value * 10 + (HAN_DIGITS[character] ?? 0)
  return value
}

function monthOf(text: string): number {
  if (/^[\p{N}一二三四五六七八九十]+$/u.test(text)) return numberOf(text)
  // Read on lower-cased text: "KASIM" is "kasim" here.
  return MONTH_NUMBER.get(text) ?? 0
}

function dayOf(text: string): number {
  const ordinal = ENGLISH_ORDINAL_DAYS.indexOf(text)
  if (ordinal >= 0) return ordinal + 1
  return numberOf(text.replace(/(?:st|nd|rd|th)$/, ''))
}

function isValid(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false
  if (year === null) return true
  if (year < 1000 || year > 2999) return false
  return new Date(Date.UTC(year, month - 1, day)).getUTCMonth() === month - 1
}

function toWrittenDate(match: RegExpExecArray): WrittenDate | null {
  const groups = match.groups!
  const year = groups.y === undefined ? null : numberOf(groups.y)
  const month = monthOf(groups.m!)
  const day = dayOf(groups.d!)
  if (!isValid(year, month, day)) return null
  const iso = year === null ? null : `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return { start: match.index, end: match.index + match[0].length, iso, year, month, day }
}

/**
 * Every date with its year written in the text, in order, in any of the eleven languages: "9
 * ноября 2020 года", "10 novembre 2020", "10 de noviembre de 2020", "10. November 2020", "10
 * noyabr 2020-ci il", "10 Kasım 2020", "2020 թվականի նոյեմբերի 10", "١٠ نوفمبر ٢٠٢٠",
 * "2020年11月10日", "November 10, 2020", "2020-11-10", "10.11.2020". Each pattern scans the text
 * once, so the whole is linear in the text's length.
 */
export function* writtenDates(written: string): Generator<WrittenDate, void, undefined> {
  const text = lowerCase(written)
  // Fresh copies: two scans of different texts may be under way at once.
  const patterns = FULL_SEARCH.map(({ pattern, inWord }) => ({ pattern: new RegExp(pattern), inWord }))
  const next = patterns.map((pattern) => nextMatch(pattern, text))
  let end = 0
  for (;;) {
    let earliest = -1
    next.forEach((date, index) => {
      if (date && (earliest < 0 || date.start < next[earliest]!.start || (date.start === next[earliest]!.start && date.end > next[earliest]!.end))) earliest = index
    })
    if (earliest < 0) return
    const date = next[earliest]!
    next[earliest] = nextMatch(patterns[earliest]!, text)
    // Two forms can read one date (a "10.11.2020" inside a longer match): the first, longest wins.
    if (date.start < end) continue
    end = date.end
    yield date
  }
}

/** Not inside a word or a number: "2020" in "A/2020" may start a date, "10" in "X10" may not. */
function startsWord(text: string, index: number): boolean {
  if (index === 0) return true
  const low = text.charCodeAt(index - 1)
  const before = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.codePointAt(index - 2)! : low
  return !/[\p{L}\p{N}]/u.test(String.fromCodePoint(before))
}

function nextMatch({ pattern, inWord }: DatePattern, text: string): WrittenDate | null {
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const date = inWord || startsWord(text, match.index) ? toWrittenDate(match) : null
    if (date) return date
    // Look again from the next position: a shorter match may start inside this one ("110 May 2020").
    pattern.lastIndex = match.index + 1
  }
  return null
}

/** The first date with its year written in the text, or null. */
export function firstWrittenDate(text: string): WrittenDate | null {
  const first = writtenDates(text).next()
  return first.done ? null : first.value
}

/**
 * A date written exactly at `index`: with its year if it has one, else (when `yearless` is set)
 * a day and month as a dateline writes them.
 */
export function writtenDateAt(written: string, index: number, options: { yearless?: boolean } = {}): WrittenDate | null {
  const text = lowerCase(written)
  for (const { pattern, inWord } of options.yearless ? [...FULL_AT, ...YEARLESS_AT] : FULL_AT) {
    pattern.lastIndex = index
    const match = pattern.exec(text)
    const date = match && (inWord || startsWord(text, index)) ? toWrittenDate(match) : null
    if (date) return date
  }
  return null
}
