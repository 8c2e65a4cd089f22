import type { DocumentNoun, LanguageCode } from '../languages/language'
import { ZH_BODIES, ZH_POINTERS } from '../languages/zh'
import type { Designation } from './designation'
import { LANGUAGES, ROLE_BITS } from './lexicon'
import { romanValue, type Reading } from './reading'

/** A designation found in the tokens, with what makes it one. */
export interface Phrase {
  /** Token indexes, end exclusive. */
  start: number
  end: number
  designation: Designation
  language: LanguageCode | null
  /**
   * 'named': a symbol, number, name, date or parties, or "present"; 'pointer': "this", "said",
   * "该"; 'article': "the", "its", Arabic "ال"; 'bare': the noun alone; 'weak': a plural, an
   * indefinite or a common name ("a final report", "the statements") that is a designation only
   * after a unit.
   */
  strength: 'named' | 'pointer' | 'article' | 'bare' | 'weak'
  /** The noun is written with a capital where a sentence does not start ("the Statement", "Заявления"). */
  capitalised: boolean
  /** The noun is plural: "the statements". */
  plural?: true
}

/** Nouns that stand for one document with an article alone: "the Statement", "the Charter", "документ". */
export const STANDALONE_NOUNS: ReadonlySet<DocumentNoun> = new Set([
  'statement', 'declaration', 'resolution', 'charter', 'treaty', 'agreement', 'accord', 'convention', 'protocol', 'communique',
  'memorandum', 'document', 'covenant', 'package', 'rules',
])

/** First parts of UN document symbols: "S/RES/2334", "A/80/534", "ST/AI/189". */
const SYMBOL_HEADS = new Set(['A', 'S', 'E', 'ST', 'CCPR', 'CERD', 'CEDAW', 'CRC', 'TD', 'UNEP', 'DP', 'ICCD', 'UNW', 'CAT', 'CMW', 'CRPD', 'CED'])
/** How far before a noun its name, determiner and date may start, in tokens. */
const PREFIX_REACH = 12
/** How far after a noun its name, date and parties may reach, in tokens. */
const SUFFIX_REACH = 24

export interface FoundSymbol {
  symbol: string
  year: string | null
  end: number
}

/** A UN symbol at token i: "S/RES/2334 (2016)", "ST/AI/189/Add.9/Rev.2", "S/PV.4753". */
export function symbolAt(r: Reading, i: number): FoundSymbol | null {
  const head = r.token(i)
  if (!head || head.kind !== 'word' || !head.upper || !SYMBOL_HEADS.has(r.text.slice(head.start, head.end))) return null
  let end = i + 1
  let segments = 0
  while (r.punct(end, '/') && r.attached(end) && r.attached(end + 1) && r.token(end + 1) && r.token(end + 1)!.kind !== 'punct') {
    end += 2
    segments++
    // "Add.9", "L.39", "2016/1133": parts joined by dots and dashes inside a segment.
    while (r.punct(end, '.', '-') && r.attached(end) && r.attached(end + 1) && r.token(end + 1) && r.token(end + 1)!.kind !== 'punct') end += 2
  }
  if (segments === 0 || !r.token(end - 1) || (segments === 1 && r.token(end - 1)!.kind !== 'number' && !/\d/.test(r.token(end - 1)!.value))) return null
  const symbol = r.text.slice(head.start, r.endOf(end))
  const year = yearInBrackets(r, end)
  return { symbol, year: year?.year ?? null, end: year?.end ?? end }
}

/** "(2016)" or "(XXIX)" after a resolution's number. */
function yearInBrackets(r: Reading, i: number): { year: string | null; end: number } | null {
  if (!r.punct(i, '(') || !r.punct(i + 2, ')')) return null
  const inner = r.token(i + 1)!
  if (inner.kind === 'number' && inner.value.length === 4) return { year: inner.value, end: i + 3 }
  if (inner.kind === 'word' && inner.upper && romanValue(r.text.slice(inner.start, inner.end)) !== null) return { year: null, end: i + 3 }
  return null
}

export interface FoundResolutionNumber {
  number: string
  year: string | null
  end: number
}

/** A resolution's number at token i: "2334", "2334 (2016)", "68/262", "3314 (XXIX)", "二七五八". */
export function resolutionNumberAt(r: Reading, i: number): FoundResolutionNumber | null {
  const token = r.token(i)
  if (!token || token.kind !== 'number' || token.value.length > 5 || (token.suffix !== '' && !r.ordinalSuffix(i))) return null
  let number = String(Number(token.value))
  let end = i + 1
  if (r.punct(end, '/') && r.attached(end) && r.token(end + 1)?.kind === 'number' && r.attached(end + 1)) {
    number += `/${String(Number(r.token(end + 1)!.value))}`
    end += 2
  }
  const year = yearInBrackets(r, end)
  // The day or year of a date is not a resolution number ("от 20 июля 2015 г.").
  if (!year && r.dateAt(i) !== null && r.dateAt(i)!.end > i + 1) return null
  return { number, year: year?.year ?? null, end: year?.end ?? end }
}

interface PrefixInfo {
  start: number
  /** Where it was signed, written before it: "подписанные в Вашингтоне документы". */
  place: boolean
  /** Head-final languages: "signed", "between" before the noun ("Հայաստանի և Ադրբեջանի միջև ստորագրված փաստաթղթերը"). */
  signed: boolean
  pointer: 'the' | 'its' | 'this' | 'said' | 'self' | null
  nameWords: number[]
  date: string | null
  qualifiers: string[]
  parties: string[]
}

function isNameWord(r: Reading, i: number): boolean {
  const token = r.token(i)
  if (!token || token.kind !== 'word' || token.script === 'arabic' || token.script === 'han') return false
  // "un comunicado", "une déclaration": an article, not the UN, unless written "UN".
  if (r.is(i, 'indefinite') && !token.upper) return false
  if (r.is(i, 'qualifier') || r.is(i, 'name') || r.is(i, 'ordinal')) return true
  // Russian and Ukrainian names before a noun are adjectives ("Минского протокола"); other capitalised words there ("России", "Радою") are not its name.
  if (token.script === 'cyrillic') return token.capital && !token.upper && SLAVIC_ADJECTIVE_ENDINGS.some((ending) => token.value.endsWith(ending))
  if (r.is(i, 'country')) return true
  if (!token.capital) return false
  // "For the statement…": a sentence's first word is written with a capital; it names only when the name goes on ("Security Council resolution").
  if (r.sentenceStart(i) && !(r.token(i + 1)?.capital ?? false)) return false
  // Capitalised connectors ("On", "The") and unit words are not names.
  const roles = r.lookup(i).entries
  return !roles.some((entry) => entry.role !== 'noun' && entry.role !== 'qualifier' && entry.role !== 'name' && entry.role !== 'country' && entry.role !== 'month')
}

const SLAVIC_ADJECTIVE_ENDINGS = ['ый', 'ий', 'ій', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ого', 'его', 'ього', 'ому', 'ему', 'ым', 'им', 'ім', 'ом', 'ем', 'ую', 'юю', 'ых', 'их', 'іх', 'ыми', 'ими', 'іми', 'ої', 'ій', 'ою', 'ьої', 'ська', 'ські', 'ска', 'ский', 'ський']

function pointerOf(r: Reading, i: number): PrefixInfo['pointer'] {
  if (r.is(i, 'self')) return 'self'
  if (r.is(i, 'said')) return 'said'
  if (r.is(i, 'this')) return 'this'
  if (r.is(i, 'its')) return 'its'
  if (r.is(i, 'the')) return 'the'
  return null
}

/** What stands before noun n: determiners, pointers, names, qualifiers, a date ("the November 9", "10 noyabr tarixli üçtərəfli"). */
function prefixOf(r: Reading, n: number, limit: number, language: LanguageCode): PrefixInfo {
  // Most nouns have nothing of a name before them ("… recall the statement"): the scan starts where something might.
  let start = n
  while (start > Math.max(limit, n - PREFIX_REACH) && mayPrecedeNoun(r, start - 1)) start--
  let info: PrefixInfo = { start, place: false, signed: false, pointer: null, nameWords: [], date: null, qualifiers: [], parties: [] }
  let j = start
  while (j < n) {
    const step = prefixStep(r, j, n, info, LANGUAGES[language].datesBeforeNoun || info.signed, LANGUAGES[language].documentBeforeUnits, LANGUAGES[language].genitiveAfterUnit)
    if (step <= j || step > n) {
      start = j + 1
      info = { start, place: false, signed: false, pointer: null, nameWords: [], date: null, qualifiers: [], parties: [] }
      j = start
      continue
    }
    j = step
  }
  // A pointer may stand alone only first ("the said", "this"): one found later restarts the phrase.
  return info
}

function prefixStep(r: Reading, j: number, n: number, info: PrefixInfo, dates: boolean, headFinal: boolean, participles: boolean): number {
  const token = r.token(j)!
  // "подписанные в Вашингтоне документы", "принятый 9 ноября документ": a participle before the noun says where or when it was signed.
  if (participles && token.kind === 'word' && !token.capital && r.is(j, 'signed') && info.pointer === null) {
    info.signed = true
    return j + 1
  }
  if (participles && info.signed && r.is(j, 'of') && r.token(j + 1)?.capital && j + 2 <= n) {
    info.place = true
    return j + 2
  }
  const pointer = pointerOf(r, j)
  if (pointer && token.kind === 'word') {
    if (info.nameWords.length > 0 || info.date) {
      // "Tuesday the Statement": the phrase starts again at the article.
      info.start = j
      info.nameWords = []
      info.date = null
      info.qualifiers = []
      info.parties = []
    }
    if (info.pointer === null || info.pointer === 'the' || info.pointer === 'its') info.pointer = strongerPointer(info.pointer, pointer)
    return j + 1
  }
  if (token.kind === 'punct' && token.value === '-' && token.space === 0 && r.attached(j + 1) && j > info.start) return j + 1
  const date = dates ? (r.dateAt(j) ?? yearAlone(r, j)) : null
  if (date && date.end <= n) {
    info.date = date.iso
    let end = date.end
    // "10 noyabr tarixli", "9 Noyabr 2020-ci il tarixli".
    if (r.is(end, 'dated') && end < n) end++
    return end
  }
  // "Birleşmiş Milletler (BM) Şartı": an acronym in brackets after a name.
  if (token.kind === 'punct' && token.value === '(' && info.nameWords.length > 0 && r.token(j + 1)?.upper && r.punct(j + 2, ')') && j + 3 <= n) return j + 3
  if (isNameWord(r, j) && !r.is(j, 'unit')) {
    info.nameWords.push(j)
    const qualifier = r.role(j, 'qualifier')
    if (qualifier) info.qualifiers.push(qualifier.key)
    const country = r.role(j, 'country')
    if (country) info.parties.push(country.key)
    return j + 1
  }
  if (headFinal && info.nameWords.length + (info.date ? 1 : 0) > 0) {
    // "…միջև ստորագրված փաստաթղթերը", "əldə olunmuş razılaşma": who signed it, between whom.
    if (r.is(j, 'signed') || r.is(j, 'between')) {
      info.signed = true
      return j + 1
    }
    // "Ուաշինկթընի մէջ": a place and its postposition.
    if (r.is(j, 'of') && isNameWord(r, j - 1)) return j + 1
    if ((r.is(j, 'and') || r.punct(j, ',')) && isNameWord(r, j + 1)) return j + 1
  }
  // "եռակողմ (Հայաստան, Լեռնային Ղարաբաղ, Ադրբեջան) համաձայնագրի": names in brackets.
  if (headFinal && token.kind === 'punct' && token.value === '(') {
    for (let close = j + 1; close < Math.min(n, j + 12); close++) {
      if (r.punct(close, ')')) return close + 1 <= n && close > j + 1 ? close + 1 : -1
      if (!isNameWord(r, close) && !r.punct(close, ',') && !r.is(close, 'and')) return -1
    }
    return -1
  }
  // "rules of procedure": a unit word and "of" before the noun that completes it.
  if (r.role(j, 'unit')?.unit === 'rule' && r.is(j + 1, 'of') && j + 2 === n) return j + 2
  // "one-page", "above-mentioned": a compound written with a hyphen.
  if (token.kind === 'word' && r.punct(j + 1, '-') && r.attached(j + 1) && r.attached(j + 2) && r.token(j + 2)?.kind === 'word' && j + 3 <= n) return j + 3
  if (token.kind === 'number' && r.punct(j + 1, '-') && r.attached(j + 1) && r.attached(j + 2) && j + 3 <= n) return j + 3
  if (r.is(j, 'quantifier') && info.pointer === null && info.nameWords.length === 0) return j + 1
  return -1
}

const PREFIX_ROLES = ['the', 'its', 'this', 'said', 'self', 'qualifier', 'name', 'country', 'ordinal', 'month', 'dated', 'year', 'signed', 'between', 'of', 'and', 'quantifier', 'unit'] as const
const PREFIX_ROLE_BITS = PREFIX_ROLES.reduce((bits, role) => bits | ROLE_BITS[role], 0)

/** Whether token i could belong to what stands before a noun: a quick test, before the full reading. */
export function mayPrecedeNoun(r: Reading, i: number): boolean {
  const token = r.token(i)!
  if (token.kind === 'number') return true
  if (token.kind === 'punct') return token.value === '-' || token.value === '(' || token.value === ')' || token.value === ',' || token.value === '.' || token.value === '/'
  // "the one-page document": a compound written with a hyphen.
  const compound = (r.punct(i + 1, '-') && r.attached(i + 1) && r.attached(i + 2)) || (r.punct(i - 1, '-') && r.attached(i) && r.attached(i - 1))
  return token.capital || compound || (r.lookup(i).roles & PREFIX_ROLE_BITS) !== 0
}

/** "the 2020 trilateral statement": a year alone before a noun. */
function yearAlone(r: Reading, j: number): { iso: string; end: number } | null {
  const token = r.token(j)
  if (!token || token.kind !== 'number' || token.suffix !== '' || token.value.length !== 4 || r.punct(j + 1, '-', '/', '.')) return null
  const year = Number(token.value)
  return year >= 1900 && year <= 2100 ? { iso: token.value, end: j + 1 } : null
}

function strongerPointer(current: PrefixInfo['pointer'], next: NonNullable<PrefixInfo['pointer']>): PrefixInfo['pointer'] {
  const rank = { the: 0, its: 1, this: 2, said: 3, self: 4 }
  return current === null || rank[next] > rank[current] ? next : current
}

interface SuffixInfo {
  end: number
  /** Where it was signed: "signed in Washington", "принятыми в Минске". */
  place: boolean
  tailWords: number[]
  date: string | null
  parties: string[]
  qualifiers: string[]
  symbol: FoundSymbol | null
  resolution: FoundResolutionNumber | null
}

/** A name's tail after noun n: "of the United Nations", "der Vereinten Nationen", "ООН", "الأمم المتحدة". */
function tailEnd(r: Reading, n: number, language: LanguageCode | null, info: SuffixInfo): number {
  let end = n + 1
  // Qualifiers after the noun: "Règlement intérieur provisoire", "acuerdo conjunto".
  while (r.is(end, 'qualifier') && r.token(end)!.kind === 'word' && !r.token(end)!.capital && end < n + 4) {
    info.qualifiers.push(r.role(end, 'qualifier')!.key)
    info.tailWords.push(end)
    end++
  }
  const table = language ? LANGUAGES[language] : null
  // "la déclaration trilatérale de Sochi": a name may follow the qualifiers.
  if (end > n + 1 && !table?.capitalisedNames) return end
  if (table && !table.capitalisedNames) {
    // Arabic: the nouns and adjectives that follow in the construct: "ميثاق الأمم المتحدة", "الاتفاق النووي".
    let j = n + 1
    while (j < n + 5 && r.token(j)?.kind === 'word' && r.token(j)!.script === 'arabic') {
      const lookup = r.lookup(j)
      const known = lookup.entries.some((entry) => entry.role === 'name' || entry.role === 'qualifier' || entry.role === 'country')
      if (!(lookup.definite && lookup.clitic === null) && !known) break
      if (lookup.entries.some((entry) => entry.role === 'unit' || entry.role === 'noun' || entry.role === 'month' || entry.role === 'operative')) break
      const qualifier = r.role(j, 'qualifier')
      if (qualifier) info.qualifiers.push(qualifier.key)
      info.tailWords.push(j)
      j++
      end = j
    }
    return end
  }
  let j = end
  const genitive = table?.genitiveAfterUnit === true
  // German capitalises every noun: there only the words of names and acronyms make a tail.
  const strict = language === 'de'
  for (;;) {
    let k = j
    if (!genitive || !isTailWord(r, k, true)) {
      if (!(r.is(k, 'of') || r.word(k, 'on', 'for'))) break
      k++
      if (r.is(k, 'the')) k++
    }
    const first = k
    while (k < n + SUFFIX_REACH && isTailWord(r, k, strict)) {
      k++
      if ((r.is(k, 'of') || r.word(k, 'on', 'for', 'and')) && isTailWord(r, r.is(k + 1, 'the') ? k + 2 : k + 1, strict)) k += r.is(k + 1, 'the') ? 2 : 1
      else if (r.punct(k, '-') && r.attached(k) && isTailWord(r, k + 1, strict)) k++
    }
    if (k === first) break
    for (let t = first; t < k; t++) if (r.token(t)!.kind === 'word') info.tailWords.push(t)
    end = k
    j = k
  }
  return end
}

function isTailWord(r: Reading, i: number, genitive = false): boolean {
  const token = r.token(i)
  if (!token || token.kind !== 'word') return false
  // "of the Foreign Ministers": the words before "leaders" say whose, they are no name.
  if (r.is(i, 'month') || r.is(i, 'leaders') || r.is(i + 1, 'leaders')) return false
  if (r.is(i, 'name') || r.is(i, 'qualifier')) return true
  if (!token.capital) return false
  // Without a connector ("Устава ООН", "резолюції Генеральної Асамблеї") only the words of names and acronyms follow a noun: "резолюції Рада Безпеки схвалила" is a new clause.
  // A name in the genitive starts with an adjective: "Статут Міжнародного Суду", "Статут Постійної палати".
  if (genitive) return token.upper || (token.script === 'cyrillic' && !r.sentenceStart(i) && SLAVIC_ADJECTIVE_ENDINGS.some((ending) => token.value.endsWith(ending)) && r.token(i + 1)?.kind === 'word')
  return !r.lookup(i).entries.some((entry) => entry.role !== 'noun' && entry.role !== 'name' && entry.role !== 'qualifier' && entry.role !== 'country')
}

/** Countries written as a list: "Russia, Azerbaijan and Armenia", "России, Армении и Азербайджана". */
function countriesAt(r: Reading, i: number): { keys: string[]; end: number } | null {
  const keys: string[] = []
  let j = i
  for (;;) {
    if (r.is(j, 'the')) j++
    // "the Republic of Armenia", "the Russian Federation": words around a country's name.
    while (r.token(j)?.kind === 'word' && r.token(j)!.capital && !r.is(j, 'country') && r.is(j + 1, 'of') && j < i + 40) j += 2
    const country = r.role(j, 'country')
    if (!country) break
    if (!keys.includes(country.key)) keys.push(country.key)
    j++
    while (r.is(j, 'country') && r.role(j, 'country')!.key === country.key) j++
    if (r.punct(j, ',') && (r.is(j + 1, 'country') || r.is(j + 1, 'the') || r.is(j + 1, 'and'))) j += r.is(j + 1, 'and') ? 2 : 1
    else if (r.is(j, 'and') || r.lookup(j).clitic === 'and') j += r.is(j, 'and') ? 1 : 0
    else break
    if (j > i + 40) break
  }
  return keys.length > 0 ? { keys, end: j } : null
}

/** What follows noun n: a name's tail, a symbol or number, parties, a date ("of November 10, 2020", "от 9 ноября", "vom 4. April 1949"). */
function suffixOf(r: Reading, n: number, language: LanguageCode | null, noun: DocumentNoun): SuffixInfo {
  const info: SuffixInfo = { end: n + 1, place: false, tailWords: [], date: null, parties: [], qualifiers: [], symbol: null, resolution: null }
  // The body and number of a resolution: "resolution 2334 (2016)", "Резолюция Совета Безопасности ООН от 20 июля 2015 г. 2231 (2015)", "القرار رقم 2231".
  const symbol = symbolAt(r, n + 1)
  if (symbol) {
    info.symbol = symbol
    info.end = symbol.end
    return info
  }
  let j = tailEnd(r, n, language, info)
  info.end = j
  // "4 qətnamə (822, 853, 874, 884)": resolutions numbered in brackets after.
  if (noun === 'resolution' && r.punct(n + 1, '(')) {
    const number = resolutionNumberAt(r, n + 2)
    if (number) {
      info.resolution = number
      info.end = number.end
      return info
    }
  }
  // Documents written before their units take no date or parties after them ("bəyanat 2021-ci ildə…").
  if (language && LANGUAGES[language].documentBeforeUnits) return info
  const limit = n + SUFFIX_REACH
  const genitive = language !== null && LANGUAGES[language].genitiveAfterUnit
  let cue = false
  let signed = false
  let confirmed = j
  while (j < limit && j < r.length) {
    const token = r.token(j)!
    const symbol = symbolAt(r, j)
    if (symbol) {
      info.symbol = symbol
      info.end = symbol.end
      return info
    }
    if (noun === 'resolution' || noun === 'decree' || noun === 'decision') {
      let at = j
      if (r.is(at, 'numero')) {
        at++
        if (r.punct(at, '.') && r.attached(at)) at++
      }
      const number = resolutionNumberAt(r, at)
      if (number && (noun === 'resolution' || at > j)) {
        info.resolution = number
        info.end = number.end
        return info
      }
    }
    const date = r.dateAt(j)
    if (date) {
      info.date = date.iso
      confirmed = date.end
      j = date.end
      // "Резолюция … от 20 июля 2015 г. 2231 (2015)": the number after the date.
      const number = noun === 'resolution' ? resolutionNumberAt(r, r.is(j, 'numero') ? j + 1 : j) : null
      if (number) {
        info.resolution = number
        info.end = number.end
        return info
      }
      // "… 10 ноября лидерами России, Азербайджана и Армении": the parties after the date.
      let at = j
      if (r.punct(at, ',')) at++
      if (r.is(at, 'between') || r.is(at, 'leaders')) at++
      if (r.is(at, 'the')) at++
      if (r.is(at, 'leaders')) at++
      if (r.is(at, 'of')) at++
      const countries = at > j ? countriesAt(r, at) : null
      if (countries) {
        info.parties.push(...countries.keys.filter((key) => !info.parties.includes(key)))
        confirmed = countries.end
      }
      break
    }
    // Parties follow "by", "between", "leaders of" (or stand in the genitive: "лидеров России"); "statement, the Azerbaijani authorities…" names none.
    const countries = cue || genitive ? countriesAt(r, j) : null
    if (countries) {
      info.parties.push(...countries.keys.filter((key) => !info.parties.includes(key)))
      confirmed = countries.end
      j = countries.end
      continue
    }
    // "(1948)": a year in brackets.
    if (token.kind === 'punct' && token.value === '(' && r.token(j + 1)?.kind === 'number' && r.token(j + 1)!.value.length === 4 && r.punct(j + 2, ')')) {
      info.date = r.token(j + 1)!.value
      confirmed = j + 3
      break
    }
    if (r.is(j, 'signed') || r.is(j, 'dated') || r.is(j, 'leaders') || r.is(j, 'between') || r.is(j, 'the') || r.is(j, 'of') || r.punct(j, ',')) {
      cue ||= r.is(j, 'leaders') || r.is(j, 'between')
      signed ||= r.is(j, 'signed') && !r.word(j, 'which', 'was', 'were', 'that')
      j++
      continue
    }
    // "by the leaders of our countries on November 9": a few plain words after who signed it.
    if (cue && token.kind === 'word' && !token.capital && j < n + 16 && !r.is(j, 'noun') && !r.is(j, 'unit')) {
      j++
      continue
    }
    // "документами, принятыми в Минске", "the agreement signed in Washington": where it was signed names it.
    if (signed && token.kind === 'word' && token.capital && !r.sentenceStart(j) && r.lookup(j).roles === 0 && r.is(j - 1, 'of')) {
      info.place = true
      confirmed = j + 1
      j++
      continue
    }
    // "Указ Президента РФ от 11 марта", "заявление по урегулированию … конфликта, подписанное 10 ноября": names and a subject before the date.
    if (token.kind === 'word' && (token.capital || r.is(j, 'about') || (j > n + 1 && r.is(j - 1, 'about')))) {
      j++
      continue
    }
    if ((token.kind === 'word' || (r.punct(j, '-') && r.attached(j))) && !token.capital && !r.is(j, 'noun') && !r.is(j, 'unit') && j < n + 20 && aboutBefore(r, n, j)) {
      j++
      continue
    }
    break
  }
  info.end = Math.max(info.end, confirmed)
  // "the documents issued by Russia and Turkey in this regard (S/2016/1133)": the symbol in brackets says which.
  for (let k = info.end; k < info.end + 6 && k < r.length; k++) {
    if (r.punct(k, '(')) {
      const symbol = symbolAt(r, k + 1)
      if (symbol && r.punct(symbol.end, ')')) {
        info.symbol = symbol
        info.end = symbol.end + 1
      }
      break
    }
    const word = r.token(k)!
    if (word.kind !== 'word' || word.capital || r.is(k, 'noun') || r.is(k, 'unit')) break
  }
  return info
}

/** Whether a subject ("по урегулированию", "про припинення", "on the cessation") began after noun n and before token j. */
function aboutBefore(r: Reading, n: number, j: number): boolean {
  for (let i = n + 1; i < j; i++) if (r.is(i, 'about')) return true
  return false
}

/** A name as written, in lower case, from its first word to its last: "charter of the united nations", "üçtərəfli bəyanata". */
function nameText(r: Reading, indexes: number[]): string {
  const first = Math.min(...indexes)
  const last = Math.max(...indexes)
  return r.text
    .slice(r.start(first), r.endOf(last + 1))
    .toLowerCase()
    .replace(/["“”«»„]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The designation whose noun is token n, reaching left no further than `limit`: its
 * determiner or pointer, name, qualifiers, date, parties, symbol or number.
 */
export function phraseAt(r: Reading, n: number, limit: number): Phrase | null {
  const token = r.token(n)
  const written = r.role(n, 'noun')
  if (!token || !written) return null
  const nounEntry = written.lowercase && !token.capital ? { ...written, noun: written.lowercase } : written
  if (token.script === 'han') return hanPhrase(r, n, limit, nounEntry.noun)
  // "2020-11-10_trilateral-statement_az-mfa-en.txt": words of a file name are not a designation.
  if (inIdentifier(r, n)) return null
  // "rules of procedure": "procedure" names a document only there.
  if (nounEntry.noun === 'rules' && nounEntry.language === 'en' && !(r.is(n - 1, 'of') && r.role(n - 2, 'unit')?.unit === 'rule')) return null
  // "the North Atlantic Treaty Organisation": a noun inside a longer proper name is not the document.
  if (nounEntry.language === 'en' && isNameContinuation(r, n + 1)) return null
  // "the text of a draft resolution", "в тексті документа": the document named after its text is the one cited.
  if (nounEntry.text) {
    if (r.is(n + 1, 'of') && r.token(n + 1)!.kind === 'word') return null
    const genitive = LANGUAGES[nounEntry.language].genitiveAfterUnit
    if (genitive && (r.is(n + 1, 'noun') || ((r.is(n + 1, 'said') || r.is(n + 1, 'this') || r.is(n + 1, 'self') || r.is(n + 1, 'qualifier')) && r.is(n + 2, 'noun')))) return null
  }
  const numbered = nounEntry.noun === 'resolution' ? numberBeforeNoun(r, n, limit) : null
  if (numbered) return numbered
  const prefix = prefixOf(r, n, limit, nounEntry.language)
  const suffix = suffixOf(r, n, nounEntry.language, nounEntry.noun)
  let start = prefix.start
  let end = suffix.end
  // A title in quotation marks around or before the noun: "«Комплекс заходів з імплементації Мінських угод»", "“…մասին” հռչակագրով", "titled “Treaty on …”".
  const quotedBefore = r.punct(start - 1, '"') && r.attached(start - 1) ? quoteOpening(r, start - 1, limit) : null
  if (quotedBefore !== null) start = quotedBefore
  const quotedAround = quotedBefore === null && r.punct(start - 1, '"') && start - 1 >= limit ? quoteClosing(r, start - 1, TITLE_IN_QUOTES) : null
  if (quotedAround !== null && quotedAround >= end) {
    start--
    end = quotedAround + 1
  }
  if (r.word(end, 'titled', 'entitled') && r.punct(end + 1, '"')) {
    const closing = quoteClosing(r, end + 1, 40)
    if (closing !== null) end = closing + 1
  }
  // A title in quotation marks has more words than its noun: "“sənədlər”" alone is a word in quotes.
  const quoted = (quotedBefore !== null && quotedBefore < prefix.start - 2) || (quotedAround !== null && quotedAround >= end - 1 && quotedAround - start > 2)
  const text = r.text.slice(r.start(start), r.endOf(end))
  const lookup = r.lookup(n)
  const sentenceStart = r.sentenceStart(n)
  // German writes every noun with a capital: there a capital says nothing.
  const capitalised = token.capital && !sentenceStart && !token.upper && nounEntry.language !== 'de'
  const language = nounEntry.language
  if (suffix.symbol) return { start, end, designation: { kind: 'symbol', text, symbol: suffix.symbol.symbol }, language, strength: 'named', capitalised }
  if (suffix.resolution) {
    return { start, end, designation: { kind: 'resolution', text, number: suffix.resolution.number, year: suffix.resolution.year }, language, strength: 'named', capitalised }
  }
  const pointer = prefix.pointer ?? (lookup.possessive ? 'its' : lookup.definite ? 'the' : null)
  if (pointer === 'self') return { start, end, designation: { kind: 'self', text, noun: nounEntry.noun }, language, strength: 'named', capitalised }
  const plural = nounEntry.plural === true
  const indefinite = r.role(start - 1, 'indefinite')?.language === nounEntry.language
  const nameWords = [...prefix.nameWords.filter((i) => !r.is(i, 'country') || r.token(i)!.capital), n, ...suffix.tailWords]
  const dated = prefix.date !== null || suffix.date !== null || suffix.parties.length > 0 || suffix.place
  const named = quoted || dated || prefix.place || prefix.nameWords.length > 0 || suffix.tailWords.length > 0
  if (named) {
    const qualifiers = [...new Set([...prefix.qualifiers, ...suffix.qualifiers])]
    const parties = [...new Set([...prefix.parties, ...suffix.parties])]
    // "Lozan Barış Antlaşması", "the Geneva Communiqué": a word the tables do not know names the document, beyond its kind.
    const unknownName = (i: number) => r.token(i)!.capital && !r.token(i)!.upper && !r.sentenceStart(i) && r.lookup(i).entries.length === 0
    // "de Sochi", "Міжнародного Суду": a name after "of" or in the genitive, not "on Monday"; "the founding document of Washington Treaty": a tail with a noun of its own names a document by it.
    const afterOf = (i: number) => i === n + 1 || r.is(i - 1, 'of') || (r.is(i - 1, 'the') && r.is(i - 2, 'of'))
    const nameAfter = suffix.tailWords.some((i) => unknownName(i) && afterOf(i)) && !suffix.tailWords.some((i) => r.is(i, 'noun'))
    const ownName = nameAfter || prefix.nameWords.some(unknownName)
    const designation: Designation = {
      kind: 'named', text, noun: nounEntry.noun, qualifiers, name: nameText(r, nameWords), date: suffix.date ?? prefix.date, parties, ...(ownName ? { ownName } : {}), ...(nameAfter ? { nameAfter } : {}),
    }
    const signed = prefix.signed && (prefix.parties.length > 0 || prefix.date !== null || prefix.place)
    // "a trilateral statement was signed between Armenia, Azerbaijan and Russia": parties name it, after "a" only with a name too.
    const signatories = suffix.parties.length > 0 && (!indefinite || prefix.nameWords.length > 0)
    const strength = quoted || signed || prefix.date !== null || suffix.date !== null || signatories || suffix.place ? 'named' : nameStrength(r, prefix, suffix, { plural, indefinite, capitalised: token.capital, noun: nounEntry.noun })
    return { start, end, designation, language, strength, capitalised, ...(plural ? { plural } : {}) }
  }
  // "текст" alone is any text; "the text" is the one just named.
  const strength = pointer === 'said' || pointer === 'this' ? 'pointer' : plural || indefinite || (nounEntry.text && pointer === null) ? 'weak' : pointer === null ? 'bare' : 'article'
  return { start, end, designation: { kind: 'anaphor', text, noun: nounEntry.noun, ...(pointer === 'this' ? { demonstrative: true as const } : {}) }, language, strength, capitalised, ...(plural ? { plural } : {}) }
}

/** Whether a name makes a designation on its own: "the Joint Statement" does, "a final report", "les décisions du Conseil" and "la première résolution du CSNU" do not. */
function nameStrength(r: Reading, prefix: PrefixInfo, suffix: SuffixInfo, noun: { plural: boolean; indefinite: boolean; capitalised: boolean; noun: DocumentNoun }): Phrase['strength'] {
  const capitalName = (i: number) => r.token(i)!.capital && !r.sentenceStart(i)
  // "a statement of the Ministry" is any; "bir Başkanlık Açıklaması", "a Presidential Statement" is a kind of document named.
  if (noun.indefinite) return noun.capitalised && prefix.nameWords.some(capitalName) ? 'named' : 'weak'
  // A plural names documents only with a proper name before it: "the Paris Accords", "Мінські домовленості", not "the UN resolutions".
  const properName = prefix.nameWords.some((i) => (capitalName(i) && !r.token(i)!.upper) || (r.role(i, 'qualifier') !== undefined && !GENERIC_QUALIFIERS.has(r.role(i, 'qualifier')!.key)))
  if (noun.plural && !properName) return 'weak'
  if (prefix.nameWords.some((i) => r.is(i, 'ordinal') && !r.token(i)!.capital) && !noun.capitalised) return 'weak'
  const capitalised = prefix.nameWords.some(capitalName) || suffix.tailWords.some(capitalName)
  if (!STANDALONE_NOUNS.has(noun.noun) && !capitalised) return 'weak'
  return 'named'
}

/** Whether token i is part of a file name or identifier: written against "_", perhaps across a few hyphens. */
function inIdentifier(r: Reading, i: number): boolean {
  let start = i
  while (start > 1 && i - start < IDENTIFIER_REACH && r.punct(start - 1, '-') && r.attached(start) && r.attached(start - 1)) start -= 2
  let end = i
  while (end + 2 < r.length && end - i < IDENTIFIER_REACH && r.punct(end + 1, '-') && r.attached(end + 1) && r.attached(end + 2)) end += 2
  return (r.punct(start - 1, '_') && r.attached(start)) || (r.punct(end + 1, '_') && r.attached(end + 1))
}

/** How many hyphenated parts a file name's words are looked across. */
const IDENTIFIER_REACH = 8

/** Qualifiers that say what kind of document, not which: they do not make a plural one document. */
const GENERIC_QUALIFIERS = new Set(['un', 'nato', 'trilateral', 'tripartite', 'bilateral', 'quadrilateral', 'joint', 'final', 'peace', 'ceasefire', 'draft', 'provisional', 'nuclear'])

/** A capitalised word right after a noun that carries on a proper name: "Treaty Organisation". */
function isNameContinuation(r: Reading, i: number): boolean {
  const token = r.token(i)
  if (!token || token.kind !== 'word' || !token.capital || token.upper || token.space !== 1) return false
  return r.lookup(i).entries.length === 0
}

/** The opening quotation mark of the closing one at token `closing`, within a title's length. */
function quoteOpening(r: Reading, closing: number, limit: number): number | null {
  for (let i = closing - 1; i >= Math.max(limit, closing - 40); i--) {
    if (r.punct(i, '"')) return r.attached(i + 1) && i < closing - 1 ? i : null
    if (r.punct(i, '.', ';') || r.token(i)!.space === 2) return null
  }
  return null
}

/** How long a title starting with its noun may run inside quotation marks: «Комплекс заходів з імплементації Мінських угод». */
const TITLE_IN_QUOTES = 12

/** The closing quotation mark of the opening one at token `opening`, within `reach` tokens; a quoted sentence has none. */
function quoteClosing(r: Reading, opening: number, reach: number): number | null {
  if (!r.attached(opening + 1)) return null
  for (let i = opening + 2; i < Math.min(r.length, opening + reach); i++) {
    if (r.punct(i, '"')) return r.attached(i) ? i : null
    if (r.token(i)!.space === 2 || (reach === TITLE_IN_QUOTES && r.punct(i, '.', ',', ';', ':', '!', '?'))) return null
  }
  return null
}

/** A resolution's number written before it: "884 saylı qətnamə", "2771 (2025) sayılı kararla", "884-cü qətnamələri". */
function numberBeforeNoun(r: Reading, n: number, limit: number): Phrase | null {
  const nounEntry = r.role(n, 'noun')!
  if (!LANGUAGES[nounEntry.language].documentBeforeUnits || r.token(n)!.script === 'han') return null
  let at = n - 1
  if (r.is(at, 'numero')) at--
  let year: string | null = null
  if (r.punct(at, ')') && r.token(at - 1)?.kind === 'number' && r.punct(at - 2, '(')) {
    year = r.token(at - 1)!.value.length === 4 ? r.token(at - 1)!.value : null
    at -= 3
  }
  const number = r.token(at)
  if (!number || number.kind !== 'number' || at < limit || number.value.length > 5 || (at === n - 1 && !r.ordinalSuffix(at))) return null
  const text = r.text.slice(r.start(at), r.endOf(n + 1))
  return { start: at, end: n + 1, designation: { kind: 'resolution', text, number: String(Number(number.value)), year }, language: nounEntry.language, strength: 'named', capitalised: false }
}

/** Chinese: "《联合国宪章》", "该决议", "联大第2758号决议", "第2304(2016)號決議", "1972年《中日联合声明》". */
function hanPhrase(r: Reading, n: number, limit: number, noun: DocumentNoun): Phrase {
  let start = n
  let end = n + 1
  // The noun closes a title in book marks: 《联合国宪章》.
  const quoted = r.punct(n + 1, '》') ? findBack(r, n, '《', limit) : null
  if (quoted !== null) {
    start = quoted
    end = n + 2
  }
  // 第2758号决议, 二七五八號決議, 2304(2016)號決議, in book marks too: 《2334號決議》
  if (noun === 'resolution' && r.word(n - 1, '号', '號')) {
    let at = n - 2
    let year: string | null = null
    if (r.punct(at, ')') && r.token(at - 1)?.kind === 'number' && r.punct(at - 2, '(')) {
      year = r.token(at - 1)!.value
      at -= 3
    }
    const number = r.token(at)
    if (number?.kind === 'number' && number.value.length <= 5 && at >= limit) {
      let first = at
      if (r.word(first - 1, '第') && first - 1 >= limit) first--
      if (ZH_BODIES.includes(r.token(first - 1)?.value ?? '') && first - 1 >= limit) first--
      if (quoted !== null) first = quoted
      const text = r.text.slice(r.start(first), r.endOf(end))
      return { start: first, end, designation: { kind: 'resolution', text, number: String(Number(number.value)), year }, language: 'zh', strength: 'named', capitalised: false }
    }
  }
  const pointer = start > limit ? (ZH_POINTERS[r.token(start - 1)?.value ?? ''] ?? null) : null
  if (pointer) start--
  // A date before the title: 1972年《中日联合声明》.
  let date: string | null = null
  if (start - 2 >= limit && r.token(start - 1)?.value === '年') {
    const found = r.dateAt(start - 2)
    if (found && found.end === start) {
      date = found.iso
      start -= 2
    }
  }
  const text = r.text.slice(r.start(start), r.endOf(end))
  if (pointer === 'self') return { start, end, designation: { kind: 'self', text, ...(noun ? { noun } : {}) }, language: 'zh', strength: 'named', capitalised: false }
  if (quoted !== null) {
    const name = r.text.slice(r.start(quoted + 1), r.endOf(n + 1))
    return { start, end, designation: { kind: 'named', text, noun, qualifiers: [], name, date, parties: [] }, language: 'zh', strength: 'named', capitalised: true }
  }
  return { start, end, designation: { kind: 'anaphor', text, noun }, language: 'zh', strength: pointer ? 'pointer' : 'bare', capitalised: false }
}

function findBack(r: Reading, from: number, value: string, limit: number): number | null {
  for (let i = from - 1; i >= Math.max(limit, from - 30); i--) {
    if (r.punct(i, value)) return i
    if (r.punct(i, '》', '。')) return null
  }
  return null
}

/**
 * The document after a unit, from token i: "of the Trilateral Statement", ", of the Charter",
 * "above", "Заявления от 9 ноября", "de la Charte", "des Nato-Vertrags", "من ميثاق الأمم المتحدة",
 * "/Charte ONU", "of resolution 1958 (2010)", "TEU".
 */
export function designationAfter(r: Reading, i: number, unitLanguage: LanguageCode): Phrase | null {
  let k = i
  // "Article 51 [the right to self-defence] of the United Nations Charter": a gloss in brackets.
  if (r.punct(k, '[')) {
    for (let close = k + 1; close < Math.min(r.length, k + 12); close++) {
      if (!r.punct(close, ']')) continue
      k = close + 1
      break
    }
  }
  if (r.punct(k, ',')) k++
  if (r.word(k, 'ci') && r.punct(k + 1, '-')) k += 2
  // "11-й пункт (протоколу)": the document in brackets.
  if (r.punct(k, '(') && r.is(k + 1, 'noun') && r.punct(k + 2, ')')) {
    const phrase = phraseAt(r, k + 1, k + 1)
    if (phrase && phrase.end === k + 2) return { ...phrase, end: k + 3 }
  }
  if (r.is(k, 'above')) {
    return { start: k, end: k + 1, designation: { kind: 'self', text: r.text.slice(r.start(k), r.endOf(k + 1)) }, language: r.languageOf(k, 'above'), strength: 'named', capitalised: false }
  }
  let connector = false
  if ((r.is(k, 'of') && r.token(k)!.kind === 'word') || r.punct(k, '/')) {
    k++
    connector = true
  } else if (r.lookup(k).clitic === 'of') connector = true
  else if (LANGUAGES[unitLanguage].genitiveAfterUnit && k === i) connector = true
  if (!connector) return acronymAfter(r, i)
  // "5 статті НАТО", "Article 5 of NATO": an organisation's acronym alone names its founding text.
  if (r.token(k)?.upper && r.is(k, 'qualifier') && !r.is(k + 1, 'noun') && !r.punct(k + 1, '-')) return acronymPhrase(r, k)
  const symbol = symbolAt(r, k)
  if (symbol) {
    const text = r.text.slice(r.start(k), r.endOf(symbol.end))
    return { start: k, end: symbol.end, designation: { kind: 'symbol', text, symbol: symbol.symbol }, language: null, strength: 'named', capitalised: false }
  }
  // The noun stands within a few words: determiners, names, a date first.
  for (let n = k; n < k + PREFIX_REACH && n < r.length; n++) {
    if (r.is(n, 'noun')) {
      const phrase = phraseAt(r, n, k)
      if (phrase && phrase.start === k) return phrase
      return null
    }
    if (r.punct(n, '.', ';', ':', '(', ')')) return null
  }
  return null
}

/**
 * A short name written in capitals: "TEU", "GFK", or the way German statutes are named,
 * "AsylVfG", "AufenthG" (two capitals or more, some small letters).
 */
function acronymAt(r: Reading, i: number): 'capitals' | 'statute' | null {
  const token = r.token(i)
  if (!token || token.kind !== 'word' || token.script !== 'latin' || !token.capital) return null
  const written = r.text.slice(token.start, token.end)
  if (written.length < 2 || written.length > 10 || romanValue(written) !== null || r.lookup(i).entries.some((entry) => entry.role !== 'qualifier')) return null
  if (token.upper) return written.length <= 6 ? 'capitals' : null
  const capitals = written.replace(/[^A-Z]/g, '').length
  return capitals >= 2 && !/\s/.test(written) ? 'statute' : null
}

function acronymPhrase(r: Reading, i: number): Phrase {
  const written = r.text.slice(r.start(i), r.endOf(i + 1))
  return { start: i, end: i + 1, designation: { kind: 'named', text: written, noun: 'document', qualifiers: [], name: written.toLowerCase(), date: null, parties: [] }, language: null, strength: 'named', capitalised: true }
}

/** "Article 42(7) TEU", "§ 3 Abs. 2 AsylVfG": a short name right after a unit names its document. */
function acronymAfter(r: Reading, i: number): Phrase | null {
  const kind = acronymAt(r, i)
  if (kind === null || r.token(i)!.space !== 1) return null
  // "Article 5 NATO allies": capitals followed by more words are not the document's name.
  const next = r.token(i + 1)
  if (kind === 'capitals' && next && next.kind !== 'punct') return null
  return acronymPhrase(r, i)
}

/**
 * The document before units that follow it: "Bəyanatın 9-cu bəndi", "BM Şartı'nın 51. maddesi",
 * "հայտարարության 9-րդ կետին", "《聯合國憲章》第七章", "A/80/534, para. 7",
 * "Charte des Nations Unies, art. 25"; quantifiers may stand between ("հայտարարության բոլոր կետերը").
 */
export function designationBefore(r: Reading, s: number, unitLanguage: LanguageCode, limit: number): Phrase | null {
  let n = s - 1
  while (n > limit && r.is(n, 'quantifier')) n--
  if (n < limit) return null
  // "Charte des Nations Unies, art. 25", "Статут Організації Об'єднаних Націй/Розділ V", "UN-Charta: Artikel 51", "ميثاق الأمم المتحدة في المادة 27".
  const comma = r.punct(n, ',', '/', ':') || (unitLanguage === 'ar' && r.word(n, 'في'))
  if (comma) n--
  if (n < limit) return null
  const table = LANGUAGES[unitLanguage]
  // "AufenthG § 60", "GFK Art. 1 F": a statute's short name before an abbreviated unit.
  if (!comma && n + 1 === s && r.token(s)!.space === 1) {
    const kind = acronymAt(r, n)
    const abbreviated = r.punct(s, '§') || (r.token(s)!.value.length <= 4 && r.punct(s + 1, '.'))
    if (kind === 'statute' || (kind === 'capitals' && abbreviated)) return acronymPhrase(r, n)
  }
  // "Статут Організації Об'єднаних Націй Стаття 31", "Nordatlantikvertrag Artikel 5": a name, then a capitalised unit word, as headings and citations write them.
  const capitalUnit = !comma && r.token(s)!.capital && !r.token(s)!.upper && !r.sentenceStart(s)
  if (!comma && !capitalUnit && !table.documentBeforeUnits) return null
  if (r.punct(n, ')')) {
    // "(EK- 3, Mad. 2,3)" is not a designation; "A/80/534 (2016), para. 7" is.
    for (let back = n - 1; back >= Math.max(limit, n - 3); back--) {
      const symbol = symbolAt(r, back)
      if (symbol && symbol.end === n + 1) return { start: back, end: n + 1, designation: { kind: 'symbol', text: r.text.slice(r.start(back), r.endOf(n + 1)), symbol: symbol.symbol }, language: null, strength: 'named', capitalised: false }
    }
    return null
  }
  if (r.punct(n, '》') && r.is(n - 1, 'noun')) {
    const phrase = phraseAt(r, n - 1, limit)
    return phrase && phrase.end === n + 1 ? phrase : null
  }
  // "《國家責任條款草案》第50條": a title in book marks names its document, whatever its noun.
  const opening = r.punct(n, '》') ? findBack(r, n, '《', limit) : null
  if (opening !== null && opening < n - 1) {
    const text = r.text.slice(r.start(opening), r.endOf(n + 1))
    const name = r.text.slice(r.start(opening + 1), r.endOf(n))
    return { start: opening, end: n + 1, designation: { kind: 'named', text, noun: 'document', qualifiers: [], name, date: null, parties: [] }, language: 'zh', strength: 'named', capitalised: true }
  }
  // "上文第1段": the document itself, written before the unit.
  if (r.is(n, 'above') && r.token(n)!.script === 'han') return { start: n, end: n + 1, designation: { kind: 'self', text: r.text.slice(r.start(n), r.endOf(n + 1)) }, language: 'zh', strength: 'named', capitalised: false }
  // A symbol that ends right here.
  for (let back = n; back >= Math.max(limit, n - 12); back--) {
    const symbol = symbolAt(r, back)
    if (symbol && symbol.end === n + 1) return { start: back, end: n + 1, designation: { kind: 'symbol', text: r.text.slice(r.start(back), r.endOf(n + 1)), symbol: symbol.symbol }, language: null, strength: 'named', capitalised: false }
    if (symbol) break
  }
  // The noun, or the last word of its name's tail: "Charte des Nations Unies, art. 25".
  for (let back = n; back >= Math.max(limit, n - 6); back--) {
    if (!r.is(back, 'noun')) continue
    const phrase = phraseAt(r, back, limit)
    if (phrase && phrase.end === n + 1 && (comma || capitalUnit ? phrase.strength === 'named' : true)) return phrase
    return null
  }
  return null
}
