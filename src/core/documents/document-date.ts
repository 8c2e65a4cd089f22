import type { LanguageCode } from '../languages/language'
import { firstWrittenDate, writtenDateAt, writtenDates, type WrittenDate } from '../text/dates-multilingual'
import { lowerCase } from '../text/matchable'
import { SIGNATURE_WORDS } from './date-words'
import { DATELINE_PARAGRAPHS, type Dateline } from './dateline'
import { findNouns, type FoundNoun } from './nouns'
import { isHeadFinal } from './title'

/** Where a document's own date was read. */
export type DateSource = 'metadata' | 'dateline' | 'signature' | 'title' | 'file name' | 'text' | 'file modified'

export interface DatingInput {
  title: string
  paragraphs: readonly string[]
  fileName: string
  /** A date the file declares (page metadata, PDF or Word properties, front matter), yyyy-mm-dd. */
  declaredDate: string | null
  /** yyyy-mm-dd of the file's modification. */
  modified: string
  language: LanguageCode | null
  /** The title's head noun: a date attached to it is the document's own. */
  headNoun: FoundNoun | null
  dateline: Dateline | null
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const signatureWords = (languages: LanguageCode[]) => languages.flatMap((language) => SIGNATURE_WORDS[language]).map(escape).join('|')
/** Head-initial languages open the clause with it: "Done at …", "Совершено в …", "Fait à …". */
const SIGNATURE_OPENS = new RegExp(`^[\\s\\[*(]{0,3}(?:${signatureWords(['en', 'ru', 'uk', 'fr', 'es', 'de', 'ar'])})(?![\\p{L}])`, 'u')
/** Head-final ones close it: "… Moskva şəhərində imzalanmışdır", "… 签订于". */
const SIGNATURE_IN = new RegExp(`(?:${signatureWords(['az', 'tr', 'hy', 'zh'])})`, 'u')
/** A clause of this length or less may carry a head-final signature word anywhere. */
const SHORT_CLAUSE = 300
/** A signing clause stands in the first paragraphs (a resolution's "adopted on") or the last (a treaty's "Done at"). */
const SIGNATURE_PARAGRAPHS = 8
/** "Moscow, 9 November 2020" alone at the end of a statement. */
const PLACE_AND_DATE = /^[\p{Lu}\p{Script=Arabic}][\p{L}\p{M}.'’ -]{1,40}[,،]\s?/u
const PLACE_AND_DATE_LENGTH = 80

/** How far a date may stand from the noun it dates: "the Statement of the Armenian Foreign Ministry dated August 11, 2021". */
const NOUN_BEFORE_DATE = 80
const NOUN_AFTER_DATE = 40
/** A document's own date, when its text gives it, stands near its start; a long text is not read to its end for one. */
const TEXT_SEARCHED = 64 * 1024
/** "(Washington D.C., 4 April 1949)": the place a title's bracket may hold before the date. */
const PLACE_IN_BRACKETS = 40

function isIsoDate(value: string | null): value is string {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
}

/** A clause ends at a sentence end or a line end. */
function clauseStartIn(text: string): number {
  let start = 0
  for (const match of text.matchAll(/[.;!?。؛](?:\s|$)|\n/gu)) start = match.index + match[0].length
  return start
}

/**
 * The document noun a date dates, if any: in head-initial languages the last noun before it in
 * its clause ("the trilateral Statement of November 10, 2020"), in head-final ones the first
 * after it ("10 noyabr 2020-ci il tarixli Bəyanat", "2020年11月10日的声明").
 */
export function nounDated(text: string, date: WrittenDate, language: LanguageCode | null): FoundNoun | null {
  if (isHeadFinal(language)) {
    const after = text.slice(date.end, date.end + NOUN_AFTER_DATE)
    const clauseEnd = after.search(/[.;!?。]|\n/u)
    const noun = findNouns(clauseEnd >= 0 ? after.slice(0, clauseEnd) : after)[0]
    return noun ? { ...noun, start: noun.start + date.end, end: noun.end + date.end } : null
  }
  const from = Math.max(0, date.start - NOUN_BEFORE_DATE)
  const before = text.slice(from, date.start)
  const clause = clauseStartIn(before)
  const noun = findNouns(before.slice(clause)).at(-1)
  return noun ? { ...noun, start: noun.start + from + clause, end: noun.end + from + clause } : null
}

/** A title dates itself in brackets ("… (10 November 2020)", "(Washington, 4. April 1949)") or through its own noun ("Statement of 10 November 2020"). */
function isTitlesOwnDate(title: string, date: WrittenDate, input: DatingInput): boolean {
  const before = title.slice(Math.max(0, date.start - PLACE_IN_BRACKETS), date.start)
  const open = before.lastIndexOf('(')
  if (open >= 0 && !before.includes(')', open)) return true
  const dated = nounDated(title, date, input.language)
  return !dated || dated.start === input.headNoun?.start
}

/** A signing or adoption clause's date: "Done at Washington … April 4, 1949", "Resolution adopted by the General Assembly on 1 December 2025". */
function signatureDate(paragraphs: readonly string[]): string | null {
  const tailStart = Math.max(0, paragraphs.length - SIGNATURE_PARAGRAPHS)
  const indexes = [...new Set([...paragraphs.keys()].filter((index) => index < SIGNATURE_PARAGRAPHS || index >= tailStart))]
  for (const index of indexes) {
    const text = paragraphs[index]!
    const clause = text.slice(0, SHORT_CLAUSE + 100)
    const lower = lowerCase(clause)
    if (SIGNATURE_OPENS.test(lower) || (text.length <= SHORT_CLAUSE && SIGNATURE_IN.test(lower))) {
      const date = firstWrittenDate(clause)
      if (date?.iso) return date.iso
    }
    // A place and date alone on a line below the text; at the top it is a dateline.
    if (index >= Math.max(DATELINE_PARAGRAPHS, tailStart) && text.length <= PLACE_AND_DATE_LENGTH) {
      const place = PLACE_AND_DATE.exec(text)
      const date = writtenDateAt(text, place ? place[0].length : 0)
      if (date?.iso && text.length - date.end <= 10) return date.iso
    }
  }
  return null
}

/** A date in the file's name: "2020-11-10_statement.txt", "statement_20201110.pdf", "10 November 2020.docx". */
export function fileNameDate(fileName: string): string | null {
  const name = fileName.replace(/\.[^.]+$/, '')
  const written = firstWrittenDate(name.replace(/_/g, ' '))
  if (written?.iso) return written.iso
  const compact = /(?<!\d)((?:19|20)\d{2})[_.]?(0[1-9]|1[0-2])[_.]?(0[1-9]|[12]\d|3[01])(?!\d)/.exec(name)
  const iso = compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : null
  return isIsoDate(iso) ? iso : null
}

/**
 * The year of a date written without one ("Baku, August 12"): that of the file's name, else of
 * its declared date, else of its modification (a year earlier if that would put the date after
 * the file was saved).
 */
function withYear(date: WrittenDate, input: DatingInput): string {
  const known = fileNameDate(input.fileName) ?? (isIsoDate(input.declaredDate) ? input.declaredDate : null)
  const monthDay = `${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`
  if (known) return `${known.slice(0, 4)}-${monthDay}`
  const year = Number(input.modified.slice(0, 4))
  const candidate = `${year}-${monthDay}`
  return candidate > input.modified ? `${year - 1}-${monthDay}` : candidate
}

/**
 * The document's own date and where it was read, most trustworthy first: a signing or adoption
 * clause (the legal date, whatever the file's properties say); the date the file declares; a
 * dateline; the title's date unless it dates another document ("Commentary … on the statement
 * … dated August 11, 2021"); the file name; the first date in the text that dates no other
 * document; the file's modification.
 */
export function documentDate(input: DatingInput): { date: string; dateSource: DateSource } {
  const signed = signatureDate(input.paragraphs)
  if (signed) return { date: signed, dateSource: 'signature' }
  if (isIsoDate(input.declaredDate)) return { date: input.declaredDate, dateSource: 'metadata' }
  const datelineDate = input.dateline?.date
  if (datelineDate) return { date: datelineDate.iso ?? withYear(datelineDate, input), dateSource: 'dateline' }
  for (const date of writtenDates(input.title)) {
    if (date.iso && isTitlesOwnDate(input.title, date, input)) return { date: date.iso, dateSource: 'title' }
  }
  const inName = fileNameDate(input.fileName)
  if (inName) return { date: inName, dateSource: 'file name' }
  let left = TEXT_SEARCHED
  for (const paragraph of input.paragraphs) {
    if (left <= 0) break
    const text = paragraph.slice(0, left)
    left -= text.length
    for (const date of writtenDates(text)) if (date.iso && !nounDated(text, date, input.language)) return { date: date.iso, dateSource: 'text' }
  }
  return { date: input.modified, dateSource: 'file modified' }
}
