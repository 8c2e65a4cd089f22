import { detectLanguage, languageFromTag, type DocumentNoun, type LanguageCode } from '../languages/language'
import type { Paragraph } from '../text/paragraphs'
import { findDateline } from './dateline'
import { documentDate, type DateSource } from './document-date'
import { documentKind } from './document-kind'
import { documentNames, documentParties, documentSymbols } from './document-names'
import { findInstrument, instrumentNames, type Instrument } from './instruments'
import type { DocumentKind } from './kind-words'
import { titleHead } from './title'

export type { DateSource } from './document-date'
export type { DocumentKind } from './kind-words'

/** What a document is, as the library lists it and references resolve against it. */
export interface DocumentIdentity {
  kind: DocumentKind
  /** The language it is written in, or null when undetermined or another language. */
  language: LanguageCode | null
  /** Its own date, yyyy-mm-dd, and where it was read. */
  date: string | null
  dateSource: DateSource | null
  /** Normalised names: title, short names, its own "hereinafter" definitions, derived ("trilateral statement"), the instrument's names. */
  names: string[]
  /** UN symbols and resolution numbers, lower case: "80/37", "a/res/80/37", "s/res/822 (1993)". */
  symbols: string[]
  /** Key of the well-known instrument it is ("un-charter"), or null. */
  instrument: string | null
  /** What its title calls it. */
  noun: DocumentNoun | null
  /** Canonical keys of the countries its title (or its parties' opening) names. */
  parties: string[]
}

export interface IdentityInput {
  title: string
  paragraphs: readonly Paragraph[]
  fileName: string
  /** A date the file declares (page metadata, PDF or Word properties, front matter), yyyy-mm-dd. */
  declaredDate: string | null
  /** A language tag the file declares ("ru-RU"). */
  declaredLanguage: string | null
  publisher: string | null
  /** yyyy-mm-dd of the file's modification. */
  modified: string
}

/** A folder's own notes, not a document of it: its README, notes, change log or licence. */
const NOTES_FILE = /^(?:readme|notes|changelog|changes|license|licence|todo)(?:\.[a-z]{1,4})?$/i

/** What language detection reads: the title and the start of the text. */
const LANGUAGE_SAMPLE = 600
/** Paragraphs read for the document's kind and names. */
const OPENING_PARAGRAPHS = 8
/** Date sources that name the document's own day; a weaker one (a file's date) does not rule an instrument out. */
const FIRM_DATE_SOURCES: ReadonlySet<DateSource> = new Set(['signature', 'dateline', 'title'])

/**
 * The language written, else the one the file declares when it is one of ours; a declared
 * language outside the eleven ("it", "pl") makes it another language.
 */
function languageOf(title: string, paragraphs: readonly string[], declared: string | null): LanguageCode | null {
  let sample = title
  for (const text of paragraphs) {
    if (sample.length >= LANGUAGE_SAMPLE) break
    sample += `\n${text.slice(0, LANGUAGE_SAMPLE)}`
  }
  const declaredLanguage = languageFromTag(declared)
  if (declared && !declaredLanguage && /^[a-z]{2,3}(?:[-_]|$)/i.test(declared.trim())) return null
  return detectLanguage(sample) ?? declaredLanguage
}

function instrumentOf(names: readonly string[], symbols: readonly string[], date: string, firmDate: boolean): Instrument | null {
  for (const name of [...symbols, ...names]) {
    const found = findInstrument(name, date) ?? (firmDate ? null : findInstrument(name))
    if (found) return found
  }
  return null
}

/**
 * Identifies a document from its title, opening, file and declared metadata: its kind, language,
 * own date with its source, names, symbols, parties, and the well-known instrument it is.
 */
export function identifyDocument(input: IdentityInput): DocumentIdentity {
  const texts = input.paragraphs.map((paragraph) => paragraph.text)
  const opening = texts.slice(0, OPENING_PARAGRAPHS)
  const language = languageOf(input.title, texts, input.declaredLanguage)
  const head = titleHead(input.title, language)
  const dateline = findDateline(opening)
  const found = NOTES_FILE.test(input.fileName) ? { kind: 'notes' as const, noun: null } : documentKind({ title: input.title, head, opening, dateline, publisher: input.publisher })
  const { date, dateSource } = documentDate({
    title: input.title,
    paragraphs: texts,
    fileName: input.fileName,
    declaredDate: input.declaredDate,
    modified: input.modified,
    language,
    headNoun: head?.noun ?? null,
    dateline,
  })
  const names = documentNames({ title: input.title, paragraphs: opening, language, head, kind: found.kind })
  const symbols = documentSymbols(input.title, opening, head)
  // A report about an instrument is not the instrument.
  const instrument = found.kind === 'news' ? null : instrumentOf(names, symbols, date, FIRM_DATE_SOURCES.has(dateSource))
  return {
    kind: instrument?.kind ?? found.kind,
    language,
    date,
    dateSource,
    names: instrument ? [...new Set([...names, ...instrumentNames(instrument, language)])] : names,
    symbols: instrument ? [...new Set([...symbols, ...instrument.symbols])] : symbols,
    instrument: instrument?.key ?? null,
    noun: found.noun ?? instrument?.noun ?? null,
    parties: documentParties(input.title, opening),
  }
}

/** The identity part of a parsed or read document (which carries it spread among its other fields). */
export function identityOf(document: DocumentIdentity): DocumentIdentity {
  const { kind, language, date, dateSource, names, symbols, instrument, noun, parties } = document
  return { kind, language, date, dateSource, names, symbols, instrument, noun, parties }
}
