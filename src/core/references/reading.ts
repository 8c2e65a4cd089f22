import { LANGUAGE_CODES, type Connector, type LanguageCode, type Role } from '../languages/language'
import { HAN_WORDS, LANGUAGES, lookUp, NO_LOOKUP, ROLE_BITS, type Entry, type Lookup } from './lexicon'
import { tokenize, type Token } from './tokens'

type RoleName = Role['role']
type EntryOf<R extends RoleName> = R extends Connector ? { role: R; language: LanguageCode } : Extract<Entry, { role: R }>

/** A date as a designation writes it: "yyyy-mm-dd", or what is written of it: "--mm-dd" (no year), "yyyy-mm", "yyyy". */
export interface FoundDate {
  iso: string
  /** Token index after the date. */
  end: number
}

/** A part written on a number: "(3)" of "27(3)", "7" of "42.7", "(i) and (ii)" of "3 (b) (i) and (ii)". */
export interface NumberPart {
  numbers: string[]
  /** Written as a decimal ("42.7"), which only an article's number is split by. */
  decimal: boolean
}

export interface FoundNumbers {
  numbers: string[]
  /** Parts right after a single number, each inside the one before. */
  parts: NumberPart[]
  end: number
}

/** Longest list of numbers a unit may cite; longer lists are read up to here. */
const MAX_LIST = 500
/** Deepest nesting of parts written on one number: "3 (b) (i)". */
const MAX_PARTS = 3
/** Widest range a unit may cite ("points 1–100"). */
const MAX_RANGE = 100

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 }

/** The value of a Roman numeral written in capitals ("XXIX" → 29), or null for words that only look like one ("MIX"). */
export function romanValue(written: string): number | null {
  if (written.length === 0 || written.length > 8) return null
  let total = 0
  for (let i = 0; i < written.length; i++) {
    const value = ROMAN_VALUES[written[i]!]
    if (value === undefined) return null
    const next = ROMAN_VALUES[written[i + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  const canonical = toRoman(total)
  return canonical === written ? total : null
}

function toRoman(value: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
  let out = ''
  let rest = value
  for (const [amount, letters] of table) {
    while (rest >= amount) {
      out += letters
      rest -= amount
    }
  }
  return out
}

/** Languages written in Latin letters, whose words another of them may write alike. */
const LATIN_LANGUAGES: ReadonlySet<LanguageCode> = new Set(['en', 'fr', 'es', 'de', 'tr', 'az'])
const UNIT_BIT = ROLE_BITS.unit
const NOUN_BIT = ROLE_BITS.noun

const SENTENCE_ENDS = new Set(['.', '!', '?', ':', ';', '"', '(', '[', '-', '*', '•'])

/** A paragraph as tokens, with what each word is in the language tables. */
export class Reading {
  readonly tokens: Token[]
  private readonly lookups: Lookup[] = []
  /** Each token's roles, one bit each: `is` is one test. A plain array: a typed array costs an allocation outside the heap per paragraph. */
  private readonly roleBits: number[] = []
  /** Where unit references may turn: unit words, "§", "第". */
  readonly unitAnchors: number[] = []
  /** Where whole-document references may turn: document nouns, UN symbols' first parts, numbers. */
  readonly documentAnchors: number[] = []
  /** A resolution noun stands somewhere in the paragraph, or a list of resolutions goes on from the one before. */
  readonly speaksOfResolutions: boolean
  /**
   * The language given, else the one most words of the paragraph belong to alone; the latter also
   * when the paragraph has no word of the language given (a German citation line in a document
   * read as French).
   */
  private readonly preferred: LanguageCode | null

  constructor(
    readonly text: string,
    readonly language: LanguageCode | null,
    readonly resolutionsListedBefore = false,
  ) {
    this.tokens = tokenize(text, HAN_WORDS)
    const count = this.tokens.length
    const votes = new Int32Array(LANGUAGE_CODES.length)
    let resolutions = resolutionsListedBefore
    for (let i = 0; i < count; i++) {
      const token = this.tokens[i]!
      const lookup = token.kind === 'word' ? lookUp(token) : NO_LOOKUP
      this.lookups.push(lookup)
      this.roleBits.push(lookup.roles)
      if (token.kind === 'number') this.documentAnchors.push(i)
      else if (token.kind === 'punct') {
        if (token.value === '§') this.unitAnchors.push(i)
      } else {
        if ((lookup.roles & UNIT_BIT) !== 0 || token.value === '第') this.unitAnchors.push(i)
        if ((lookup.roles & NOUN_BIT) !== 0 || token.upper) this.documentAnchors.push(i)
      }
      if (lookup.single >= 0) votes[lookup.single]!++
      if (lookup.resolution) resolutions = true
    }
    this.speaksOfResolutions = resolutions
    let best = -1
    for (let language = 0; language < votes.length; language++) if (votes[language]! >= 2 && (best < 0 || votes[language]! > votes[best]!)) best = language
    const voted = best < 0 ? null : LANGUAGE_CODES[best]!
    const given = language === null ? -1 : LANGUAGE_CODES.indexOf(language)
    this.preferred = given < 0 || (voted !== null && votes[given] === 0) ? voted : language
  }

  get length(): number {
    return this.tokens.length
  }

  token(i: number): Token | undefined {
    return this.tokens[i]
  }

  lookup(i: number): Lookup {
    return this.lookups[i] ?? NO_LOOKUP
  }

  /**
   * The entry of token i with the given role, if the word has that role in some language: in
   * the text's language first ("Art." is German in a German text).
   */
  role<R extends RoleName>(i: number, role: R): EntryOf<R> | undefined {
    if (i < 0 || i >= this.roleBits.length || (this.roleBits[i]! & ROLE_BITS[role]) === 0) return undefined
    let found: EntryOf<R> | undefined
    const preferred = this.preferredLanguage()
    for (const entry of this.lookups[i]!.entries) {
      if (entry.role !== role) continue
      if (entry.language === preferred) return entry as EntryOf<R>
      found ??= entry as EntryOf<R>
    }
    // "Parties 5" in an English text is not the French "parties" (parts): a unit or document word of
    // another language written in the same letters is not read as one.
    if (found && preferred !== null && (role === 'unit' || role === 'noun') && LATIN_LANGUAGES.has(preferred) && LATIN_LANGUAGES.has(found.language)) return undefined
    return found
  }

  preferredLanguage(): LanguageCode | null {
    return this.preferred
  }

  is(i: number, role: Connector | 'unit' | 'noun' | 'ordinal' | 'cardinal' | 'qualifier' | 'month' | 'country' | 'operative'): boolean {
    return i >= 0 && i < this.roleBits.length && (this.roleBits[i]! & ROLE_BITS[role]) !== 0
  }

  punct(i: number, ...values: string[]): boolean {
    const token = this.tokens[i]
    return token !== undefined && token.kind === 'punct' && values.includes(token.value)
  }

  word(i: number, ...values: string[]): boolean {
    const token = this.tokens[i]
    return token !== undefined && token.kind === 'word' && values.includes(token.value)
  }

  /** Whether token i touches the one before it, with no space between. */
  attached(i: number): boolean {
    return this.tokens[i]?.space === 0
  }

  start(i: number): number {
    return this.tokens[i]?.start ?? this.text.length
  }

  /** End offset of the token before index `end` (an exclusive token index). */
  endOf(end: number): number {
    return this.tokens[end - 1]?.end ?? 0
  }

  /** Whether token i begins a sentence or a line: capitals there do not make a name. */
  sentenceStart(i: number): boolean {
    if (i === 0) return true
    const token = this.tokens[i]!
    if (token.space === 2) return true
    const previous = this.tokens[i - 1]!
    // A hyphen inside a name ("Ալմա-Աթայի", "Non-Proliferation") is not a dash before a sentence.
    if (previous.value === '-' && token.space === 0) return false
    return previous.kind === 'punct' && SENTENCE_ENDS.has(previous.value)
  }

  languageOf(i: number, role: RoleName): LanguageCode | null {
    return this.role(i, role)?.language ?? null
  }

  /** A number's ending makes it an ordinal in some language: "6-м", "4-cü", "4th", "51’inci". */
  ordinalSuffix(i: number): boolean {
    const token = this.tokens[i]
    if (!token || token.kind !== 'number' || token.suffix === '') return false
    for (const table of Object.values(LANGUAGES)) if (table.ordinalSuffixes.includes(token.suffix)) return true
    return false
  }

  /** One number a unit may cite, at token i: "4", "IV", "I-41", "six", "(b)", "b)", "٤", "五十一". */
  numberAt(i: number, afterUnitWord: boolean): { value: string; end: number } | null {
    const token = this.tokens[i]
    if (!token) return null
    if (token.kind === 'number') {
      if (token.value.length > 5) return null
      const value = String(Number(token.value))
      if (token.suffix === '') return { value, end: i + 1 }
      if (this.ordinalSuffix(i)) return { value, end: i + 1 }
      // "5a", "42bis": a letter written on the number is part of it.
      if (/^[a-z]$|^bis$|^ter$/.test(token.suffix)) return { value: value + token.suffix, end: i + 1 }
      return null
    }
    if (token.kind === 'word') {
      if (token.upper && token.script === 'latin') {
        const roman = romanValue(this.text.slice(token.start, token.end))
        if (roman !== null) {
          // "I-41": the Roman part of an article number in the EU constitution.
          if (this.punct(i + 1, '-') && this.attached(i + 1) && this.tokens[i + 2]?.kind === 'number' && this.attached(i + 2)) {
            return { value: `${this.text.slice(token.start, token.end)}-${this.tokens[i + 2]!.value}`, end: i + 3 }
          }
          return { value: this.text.slice(token.start, token.end), end: i + 1 }
        }
      }
      if (afterUnitWord) {
        const cardinal = this.role(i, 'cardinal')
        if (cardinal) return { value: String(cardinal.value), end: i + 1 }
        const ordinal = this.role(i, 'ordinal')
        if (ordinal && ordinal.language === 'ar') return { value: String(ordinal.value), end: i + 1 }
      }
      // "b)", "а)": a letter closed by a bracket.
      if (this.isLetterItem(i) && this.punct(i + 1, ')') && this.attached(i + 1)) return { value: letterValue(token.value), end: i + 2 }
      return null
    }
    // "(b)": a letter or number in brackets.
    if (token.value === '(' && this.punct(i + 2, ')')) {
      const inner = this.tokens[i + 1]!
      if (this.isLetterItem(i + 1) || (inner.kind === 'number' && inner.suffix === '' && inner.value.length <= 3)) return { value: inner.kind === 'number' ? String(Number(inner.value)) : letterValue(inner.value), end: i + 3 }
    }
    return null
  }

  /** A letter alone after a unit word that numbers by letters: "Bst. a", "Buchstabe c". */
  letterAt(i: number): string | null {
    const token = this.tokens[i]
    return token?.kind === 'word' && token.value.length === 1 && !token.upper && token.space === 1 && token.script === 'latin' ? token.value : null
  }

  private isLetterItem(i: number): boolean {
    const token = this.tokens[i]
    if (token === undefined || token.kind !== 'word' || token.upper || (token.script !== 'latin' && token.script !== 'cyrillic')) return false
    // "(i)", "(iv)": small Roman numerals number items too.
    return token.value.length === 1 || (token.value.length <= 4 && romanValue(token.value.toUpperCase()) !== null)
  }

  /** What joins two numbers of a list at token i: a list ("," "and" "、"), a range ("–" "to" "bis"), or nothing. */
  private joinAt(i: number): { kind: 'list' | 'range'; end: number } | null {
    if (this.punct(i, ',', '、', '/')) {
      const next = this.is(i + 1, 'and') && this.numberAt(i + 1, false) === null ? i + 2 : i + 1
      return { kind: 'list', end: next }
    }
    if (this.punct(i, '-')) return { kind: 'range', end: i + 1 }
    if (this.is(i, 'and') || this.lookup(i).clitic === 'and') return { kind: 'list', end: i + 1 }
    if (this.is(i, 'to')) return { kind: 'range', end: i + 1 }
    return null
  }

  /**
   * The numbers a unit cites, from token i on: "3, 4 and 5", "4–6", "I and II", "six", "а), b)
   * і g)". A range is read as the numbers it covers. A single number may carry a part of
   * itself: "27(3)", "2 § 4", "42.7".
   */
  numbersAt(from: number, afterUnitWord: boolean, partsAsWords = false): FoundNumbers | null {
    const i = this.skipMarkup(from)
    const first = this.numberAt(i, afterUnitWord)
    if (!first || this.isDateAt(i)) return null
    const list = this.listFrom(first, afterUnitWord)
    let end = list.end
    if (this.punct(end, '<') && this.punct(end + 1, '/') && this.punct(end + 3, '>')) end += 4
    const parts: NumberPart[] = []
    if (list.numbers.length === 1) {
      // German citations write a paragraph as a Roman numeral or a letter after the article's number: "Art. 27 III", "Art. 1 F".
      const word = this.tokens[end]
      if (partsAsWords && word?.kind === 'word' && word.space === 1 && word.upper && word.script === 'latin' && (romanValue(this.text.slice(word.start, word.end)) !== null || word.value.length === 1)) {
        parts.push({ numbers: [this.text.slice(word.start, word.end)], decimal: false })
        end++
      }
      const more = this.partsFrom(end)
      parts.push(...more.parts)
      end = more.end
    }
    return { numbers: list.numbers, parts, end }
  }

  /** Parts written on a number from token i: "(3)", "(b) (i) and (ii)", "§ 4", ".7", "㈢". */
  partsFrom(i: number): { parts: NumberPart[]; end: number } {
    const parts: NumberPart[] = []
    let end = i
    for (let part = this.partAt(end); part && parts.length < MAX_PARTS; part = this.partAt(end)) {
      const more = part.decimal ? { numbers: [part.value], end: part.end } : this.listFrom({ value: part.value, end: part.end }, false)
      parts.push({ numbers: more.numbers, decimal: part.decimal })
      end = more.end
      if (more.numbers.length > 1) break
    }
    return { parts, end }
  }

  /** A list of numbers from the first one read: "3, 4 and 5", "4–6", "(i) and (ii)". */
  private listFrom(first: { value: string; end: number }, afterUnitWord: boolean): { numbers: string[]; end: number } {
    const numbers = [first.value]
    let end = first.end
    while (numbers.length < MAX_LIST) {
      const join = this.joinAt(end)
      if (!join) break
      const next = this.numberAt(join.end, afterUnitWord)
      if (!next || this.isDateAt(join.end)) break
      if (join.kind === 'range') {
        const from = Number(numbers[numbers.length - 1])
        const to = Number(next.value)
        if (!Number.isInteger(from) || !Number.isInteger(to) || to <= from || to - from > MAX_RANGE) break
        for (let value = from + 1; value <= to; value++) numbers.push(String(value))
      } else numbers.push(next.value)
      end = next.end
    }
    return { numbers, end }
  }

  private partAt(i: number): { value: string; end: number; decimal: boolean } | null {
    const token = this.tokens[i]
    if (!token) return null
    // "42.7" and "2.1": a decimal part, written close.
    if (token.kind === 'punct' && token.value === '.' && token.space === 0 && this.tokens[i + 1]?.kind === 'number' && this.attached(i + 1) && this.tokens[i + 1]!.value.length <= 3) {
      return { value: String(Number(this.tokens[i + 1]!.value)), end: i + 2, decimal: true }
    }
    if (token.kind === 'punct' && token.value === '§') {
      const after = this.tokens[i + 1]
      if (after?.kind === 'number') return { value: String(Number(after.value)), end: i + 2, decimal: false }
    }
    if (token.kind === 'punct' && token.value === '(' && token.space <= 1) {
      const found = this.numberAt(i, false)
      if (found) return { ...found, decimal: false }
    }
    // "第8(a)㈢段": a Chinese numeral in brackets, written as one character.
    if (token.kind === 'punct' && token.value >= '㈠' && token.value <= '㈩' && token.value.length === 1) return { value: String(token.value.charCodeAt(0) - 0x321f), end: i + 1, decimal: false }
    // "Artículo 1 2)": a number closed by a bracket after the article's.
    if (token.kind === 'number' && token.space === 1 && token.suffix === '' && token.value.length <= 2 && this.punct(i + 1, ')') && this.attached(i + 1)) return { value: String(Number(token.value)), end: i + 2, decimal: false }
    return null
  }

  /** HTML left in a text ("Artículo <strong>51</strong>"): the tags are skipped. */
  skipMarkup(i: number): number {
    let j = i
    while (this.punct(j, '<') && this.tokens[j + 1]?.kind === 'word' && this.punct(j + 2, '>')) j += 3
    return j
  }

  private isDateAt(i: number): boolean {
    const date = this.dateAt(i)
    return date !== null && date.end > i + 1
  }

  private number(i: number, max: number): number | null {
    const token = this.tokens[i]
    if (!token || token.kind !== 'number' || token.value.length > 4) return null
    const value = Number(token.value)
    return value >= 1 && value <= max ? value : null
  }

  private year(i: number): number | null {
    const token = this.tokens[i]
    if (!token || token.kind !== 'number' || token.value.length !== 4) return null
    const value = Number(token.value)
    return value >= 1800 && value <= 2100 ? value : null
  }

  private month(i: number): number | null {
    return this.role(i, 'month')?.month ?? null
  }

  /** A year, and the words written after it ("года", "г.", "-ci il", "թվականի", "年"). */
  private yearAt(i: number): { year: number; end: number } | null {
    const year = this.year(i)
    if (year === null) return null
    let end = i + 1
    if (this.is(end, 'year')) end++
    else if (this.tokens[i]!.suffix === '') return { year, end }
    // "года г.", "2020թ.": a year word or letter written short, with its dot.
    if (this.punct(end, '.') && this.attached(end)) end++
    return { year, end }
  }

  /** A day, and its ending or dot: "9", "9-ի", "12-də", "4.", "1er"; "9/10" and "9 (10)" are read as their first day. */
  private dayAt(i: number): { day: number; end: number } | null {
    const day = this.number(i, 31)
    if (day === null || this.tokens[i]!.value.length > 2) return null
    let end = i + 1
    if (this.punct(end, '/') && this.number(end + 1, 31) !== null && this.month(end + 2) !== null) end += 2
    else if (this.punct(end, '(') && this.number(end + 1, 31) !== null && this.punct(end + 2, ')')) end += 3
    else if (this.punct(end, '.') && this.attached(end)) end++
    return { day, end }
  }

  /** A month name, with "of"/"de" before what follows it ("26 de junio de 1945") and an alternative name after a slash ("أغسطس/آب"). */
  private monthAt(i: number): { month: number; end: number } | null {
    let at = i
    // "26 de junio", "6th of November"; not "provision 6 of November 9".
    const of = this.role(at, 'of')
    if (of && this.month(at + 1) !== null && (of.language !== 'en' || this.tokens[i - 1]?.suffix !== '')) at++
    const month = this.month(at)
    if (month === null) return null
    let end = at + 1
    if (this.punct(end, '.') && this.attached(end)) end++
    if (this.punct(end, '/') && this.month(end + 1) !== null) end += 2
    return { month, end }
  }

  /**
   * A date at token i, in any of the eleven languages: "10 November 2020", "November 10, 2020",
   * "9 ноября 2020 года", "9/10 ноября", "2020 թվականի նոյեմբերի 9-ի", "2020-ci il 10 noyabr",
   * "2016年12月16日", "4. April 1949", "26 de junio de 1945", "26.03.2003", "2020-11-10",
   * and the same without a year ("November 9", "10 noyabr") or a day ("November 2020").
   */
  dateAt(i: number): FoundDate | null {
    const token = this.tokens[i]
    if (!token) return null
    if (token.kind === 'number') return this.dateFromNumber(i)
    const month = this.monthAt(i)
    if (month) {
      // November 10, 2020 / November 10 / November 2020
      const day = this.dayAt(month.end)
      if (day) {
        let end = day.end
        if (this.punct(end, ',')) end++
        const year = this.yearAt(end)
        if (year) return { iso: iso(year.year, month.month, day.day), end: year.end }
        return { iso: iso(null, month.month, day.day), end: day.end }
      }
      const year = this.yearAt(this.is(month.end, 'of') ? month.end + 1 : month.end)
      if (year) return { iso: iso(year.year, month.month, null), end: year.end }
    }
    return null
  }

  private dateFromNumber(i: number): FoundDate | null {
    const token = this.tokens[i]!
    // 2016年12月16日
    if (this.word(i + 1, '年') && this.attached(i + 1)) {
      const year = this.year(i)
      const month = this.number(i + 2, 12)
      if (year !== null && month !== null && this.tokens[i + 3]?.value === '月') {
        const day = this.number(i + 4, 31)
        if (day !== null && this.tokens[i + 5]?.value.startsWith('日')) return { iso: iso(year, month, day), end: i + 6 }
        return { iso: iso(year, month, null), end: i + 4 }
      }
      if (year !== null) return { iso: iso(year, null, null), end: i + 2 }
    }
    // 2020-11-10 and 26.03.2003
    const separator = this.tokens[i + 1]
    if (separator?.kind === 'punct' && (separator.value === '-' || separator.value === '.') && separator.space === 0 && this.tokens[i + 4]?.kind === 'number') {
      if (this.punct(i + 3, separator.value) && this.attached(i + 2) && this.attached(i + 3) && this.attached(i + 4)) {
        const [a, b, c] = [this.tokens[i]!.value, this.tokens[i + 2]!.value, this.tokens[i + 4]!.value]
        if (separator.value === '-' && a.length === 4) {
          const date = validIso(Number(a), Number(b), Number(c))
          if (date) return { iso: date, end: i + 5 }
        } else if (separator.value === '.' && c.length === 4) {
          const date = validIso(Number(c), Number(b), Number(a))
          if (date) return { iso: date, end: i + 5 }
        }
      }
    }
    // 2020 թվականի նոյեմբերի 9-ի / 1993-cü il noyabrın 12-də / 2020-ci il 10 noyabr
    const year = this.yearAt(i)
    if (year && (year.end > i + 1 || token.suffix !== '')) {
      let at = year.end
      if (this.punct(at, ',')) at++
      const month = this.monthAt(at)
      if (month) {
        const day = this.dayAt(month.end)
        if (day) return { iso: iso(year.year, month.month, day.day), end: day.end }
        return { iso: iso(year.year, month.month, null), end: month.end }
      }
      const day = this.dayAt(at)
      if (day) {
        const after = this.monthAt(day.end)
        if (after) return { iso: iso(year.year, after.month, day.day), end: after.end }
      }
      return { iso: iso(year.year, null, null), end: year.end }
    }
    // 10 November 2020 / 9 ноября 2020 года / 4. April 1949 / 10 noyabr
    const day = this.dayAt(i)
    if (day) {
      const month = this.monthAt(day.end)
      if (month) {
        let at = month.end
        if (this.punct(at, ',')) at++
        if (this.is(at, 'of') && this.year(at + 1) !== null) at++
        const afterYear = this.yearAt(at)
        if (afterYear) return { iso: iso(afterYear.year, month.month, day.day), end: afterYear.end }
        return { iso: iso(null, month.month, day.day), end: month.end }
      }
    }
    return null
  }
}

/** Cyrillic letters that look Latin stand for them in lettered items: a text mixing "а)" and "b)" means a, b. */
const LOOKALIKES: Record<string, string> = { а: 'a', е: 'e', о: 'o', с: 'c', р: 'p', х: 'x', і: 'i' }

function letterValue(letter: string): string {
  return LOOKALIKES[letter] ?? letter
}

function validIso(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null
  return iso(year, month, day)
}

function iso(year: number | null, month: number | null, day: number | null): string {
  const two = (value: number) => String(value).padStart(2, '0')
  if (year === null) return `--${two(month ?? 1)}-${two(day ?? 1)}`
  if (month === null) return String(year)
  if (day === null) return `${year}-${two(month)}`
  return `${year}-${two(month)}-${two(day)}`
}
