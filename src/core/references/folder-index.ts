import type { DocumentIdentity } from '../documents/identity'
import { findInstrument, instrumentByKey, INSTRUMENTS } from '../documents/instruments'
import { normaliseName } from '../documents/normalise'
import { formatIsoDate } from '../text/dates'
import { buildOutline, type OutlineNode } from '../text/outline'
import type { Designation } from './detect'
import type { ReferableDocument } from './resolve'

/** A document with what references need to find it. */
export interface IndexedDocument {
  document: ReferableDocument
  identity: DocumentIdentity
  /** Its names, normalised, the analyst's included. */
  names: Set<string>
  /** A legal text (treaty, charter, resolution, numbered statement) whose unnamed units are its own. */
  ownsUnits: boolean
}

/** A document a reference may lead to, and why. */
export interface Candidate {
  entry: IndexedDocument
  reason: string
  /** Something the reader should know: "dated 10 November 2020, a day from the 9 November cited". */
  note?: string
  /** A news report or commentary standing in for the document it reports on. */
  weak?: boolean
}

export interface Lookup {
  candidates: Candidate[]
  /** The citing document fits the designation too: a title or heading naming its own document. */
  namesItself?: boolean
  /** How the document was named, in words: `named "the Trilateral Statement of 10 November 2020"`. */
  how: string
  /** Why nothing fits, when nothing does. */
  reason: string | null
  /** Found by kind of document alone (noun, qualifiers, parties, date), not by a name, symbol or number of its own. */
  byKind?: boolean
}

/** Nouns that name the same kind of document across languages and habits of translation. */
const NOUN_FAMILY: Record<string, string> = {
  statement: 'statement', declaration: 'statement', communique: 'statement', readout: 'statement',
  treaty: 'treaty', agreement: 'treaty', accord: 'treaty', convention: 'treaty', pact: 'treaty',
}

export function family(noun: string | null): string | null {
  return noun ? (NOUN_FAMILY[noun] ?? noun) : null
}

/** Nouns that languages swap for one founding text: the UN Charter is "Birleşmiş Milletler Antlaşması", NATO's treaty "Устав НАТО". */
const FOUNDING_TEXT = new Set(['charter', 'treaty', 'statute', 'covenant', 'constitution', 'act', 'package'])

/** A noun's family, founding texts of any name as one. */
function broadFamily(noun: string | null): string | null {
  const nounFamily = family(noun)
  return nounFamily && FOUNDING_TEXT.has(nounFamily) ? 'founding text' : nounFamily
}

/** Nouns of formal texts: when one of them is cited, a news report about such a text is not it. */
const FORMAL = new Set(['statement', 'treaty', 'resolution', 'charter', 'decision', 'protocol', 'memorandum', 'package', 'covenant', 'constitution', 'act'])
const REPORTING_KINDS = new Set(['news', 'commentary'])
const FORMAL_FAMILIES = new Set([...FORMAL].map((noun) => family(noun)!))
const PARTY_COUNT: Record<string, number> = { bilateral: 2, trilateral: 3, tripartite: 3, quadrilateral: 4 }

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

const DAY = 86_400_000
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/

function dayFrom(day: string, days: number): string {
  return new Date(Date.parse(day) + days * DAY).toISOString().slice(0, 10)
}

/** Documents a named designation may mean, with those of each full date at hand. */
class NamedPool {
  private byDay: Map<string, Set<Candidate>> | undefined
  private dates: string[] | undefined
  private readonly order: Map<Candidate, number>

  constructor(
    readonly candidates: Candidate[],
    readonly byKind: boolean,
  ) {
    this.order = new Map(candidates.map((candidate, i) => [candidate, i]))
  }

  /** Those dated the day given, the day before or the day after, in the pool's order. */
  onDaysAround(day: string): Candidate[] {
    if (!this.byDay) {
      this.byDay = new Map()
      for (const candidate of this.candidates) {
        for (const date of datesOf(candidate.entry)) if (FULL_DATE.test(date)) (this.byDay.get(date) ?? this.byDay.set(date, new Set()).get(date)!).add(candidate)
      }
    }
    const around = new Set([-1, 0, 1].flatMap((days) => [...(this.byDay!.get(dayFrom(day, days)) ?? [])]))
    return [...around].sort((a, b) => this.order.get(a)! - this.order.get(b)!)
  }

  /** The first three dates its documents bear, to say which there is when none fits. */
  someDates(): string[] {
    this.dates ??= [...new Set(this.candidates.map((candidate) => candidate.entry.identity.date).filter((date): date is string => date !== null))].slice(0, 3)
    return this.dates
  }
}

/** How a document's dates stand to a cited date, which may be partial: "2020-11-09", "2020-11", "2020", "--11-09". */
function dateFit(cited: string, dates: string[]): { fit: 'exact' | 'near' | 'no'; date: string | null } {
  for (const date of dates) {
    if (cited.startsWith('--') ? date.endsWith(cited.slice(1)) : date.startsWith(cited)) return { fit: 'exact', date }
  }
  if (FULL_DATE.test(cited)) {
    const day = Date.parse(cited)
    const near = dates.find((date) => FULL_DATE.test(date) && Math.abs(Date.parse(date) - day) <= DAY)
    if (near) return { fit: 'near', date: near }
  }
  return { fit: 'no', date: null }
}

function writtenDate(cited: string): string {
  if (FULL_DATE.test(cited)) return formatIsoDate(cited)
  return cited.replace(/^--/, '')
}

function quoted(text: string): string {
  return `"${text.length > 80 ? `${text.slice(0, 77)}…` : text}"`
}

/** "no document called "Constitution of …"": the name without the article the sentence gave it. */
function noDocumentCalled(text: string): string {
  return `no document called ${quoted(text.replace(/^(?:the|its|their|this|that)\s+/i, ''))} in this folder`
}

/** Past this many legal texts in a folder, a unit with no document named is not looked for in each. */
const MAX_LEGAL_TEXTS_TO_GUESS_AMONG = 200

/** The folder's documents by instrument, symbol, name and kind of document, with their outlines built when first needed. */
export class FolderIndex {
  private readonly entries = new Map<string, IndexedDocument>()
  private readonly outlines = new Map<IndexedDocument, OutlineNode[]>()
  private readonly byInstrument = new Map<string, IndexedDocument[]>()
  private readonly bySymbol = new Map<string, IndexedDocument[]>()
  private readonly byName = new Map<string, IndexedDocument[]>()
  private readonly byFamily = new Map<string, IndexedDocument[]>()
  private readonly lookups = new Map<string, Lookup>()
  private readonly namedPools = new Map<string, NamedPool>()
  /** The instrument each designation's words name, by text and date: a folder writes the same designations again and again. */
  private readonly instrumentsNamed = new Map<string, ReturnType<typeof instrumentByKey>>()
  private readonly onlyOfKinds = new Map<string, Candidate[]>()
  private legalTexts: IndexedDocument[] | undefined

  constructor(documents: ReferableDocument[], extraNames: Readonly<Record<string, readonly string[]>>) {
    for (const document of documents) {
      const identity = document.identity
      const names = new Set([...identity.names, ...(extraNames[document.path] ?? []).map(normaliseName)])
      const ownsUnits = identity.kind === 'treaty' || identity.kind === 'resolution' || (identity.kind === 'statement' && document.paragraphs.filter((paragraph) => paragraph.number !== null).length >= 3)
      const entry: IndexedDocument = { document, identity, names, ownsUnits }
      this.entries.set(document.path, entry)
      if (identity.instrument) push(this.byInstrument, identity.instrument, entry)
      for (const symbol of identity.symbols) {
        push(this.bySymbol, symbol, entry)
        const bare = symbol.replace(/\s*\(\d{4}\)$/, '')
        if (bare !== symbol) push(this.bySymbol, bare, entry)
      }
      for (const name of names) push(this.byName, name, entry)
      const nounFamily = family(identity.noun)
      if (nounFamily) push(this.byFamily, nounFamily, entry)
    }
  }

  entry(path: string): IndexedDocument | undefined {
    return this.entries.get(path)
  }

  outline(entry: IndexedDocument): OutlineNode[] {
    let outline = this.outlines.get(entry)
    if (!outline) {
      outline = buildOutline(entry.document.paragraphs, entry.identity.language)
      this.outlines.set(entry, outline)
    }
    return outline
  }

  /** Documents in one group are one text: renderings and translations of one instrument, or of one statement of one day. */
  textGroup(entry: IndexedDocument): string {
    const { instrument, noun, date, kind, symbols } = entry.identity
    if (instrument) return `instrument:${instrument}`
    // Resolutions of one day are as many texts as their numbers: "2334 (2016)" and "2335 (2016)" are two.
    if (symbols.length > 0) return `symbol:${symbols.map((symbol) => symbol.replace(/\s*\(\d{4}\)$/, '')).sort()[0]!}`
    if (!REPORTING_KINDS.has(kind) && noun && date) return `text:${family(noun)}:${date}:${[...entry.identity.parties].sort().join(',')}`
    return `document:${entry.document.path}`
  }

  /**
   * The one text of a kind in the folder, for a bare "the Charter" or "Nordatlantikvertrag" with
   * nothing named before it: an instrument its words name, else the documents of that noun when
   * they are all one text. Nothing when several texts fit.
   */
  onlyOfKind(text: string, noun: string | null): Lookup {
    const how = `${quoted(text)}: the only such text in this folder`
    const instrument = this.instrumentIn(text, null)
    // Looked up once per instrument or noun: every "the statement" of a large folder asks the same.
    const key = instrument ? `instrument:${instrument.key}` : `noun:${noun ?? ''}`
    let candidates = this.onlyOfKinds.get(key)
    if (!candidates) {
      const named = instrument ? (this.byInstrument.get(instrument.key) ?? []) : []
      const entries = named.length ? named : noun && noun !== 'document' ? (this.byFamily.get(family(noun) ?? '') ?? []) : []
      const groups = new Set(entries.map((entry) => this.textGroup(entry)))
      candidates = entries.length === 0 || groups.size !== 1 ? [] : entries.map((entry) => ({ entry, reason: instrument ? `it is ${instrumentTitle(instrument.key)}` : `the only ${noun} in this folder` }))
      this.onlyOfKinds.set(key, candidates)
    }
    return { candidates, how, reason: null }
  }

  /** The instrument whose words a designation has, if it is of the designation's kind: a declaration whose quoted title names the Charter is no charter. */
  private instrumentOfKind(text: string, date: string | null, noun: string): ReturnType<typeof instrumentByKey> {
    const instrument = this.instrumentIn(text, date)
    return instrument && (noun === 'document' || broadFamily(noun) === broadFamily(instrument.noun)) ? instrument : null
  }

  private instrumentIn(text: string, date: string | null): ReturnType<typeof instrumentByKey> {
    const key = `${date ?? ''}\n${text}`
    if (!this.instrumentsNamed.has(key)) this.instrumentsNamed.set(key, instrumentNamedIn(text, date))
    return this.instrumentsNamed.get(key)!
  }

  /** The folder's renderings of a well-known instrument. */
  instrumentEntries(key: string): IndexedDocument[] {
    return this.byInstrument.get(key) ?? []
  }

  /**
   * The legal texts of the folder (treaties, resolutions, numbered statements) but one: those a
   * bare "Article 51" may cite when nothing is named. None past a folder's worth of them, where
   * "the one that has it" would be a guess among too many.
   */
  legalTextsBesides(source: IndexedDocument): IndexedDocument[] {
    this.legalTexts ??= [...this.entries.values()].filter((entry) => entry.ownsUnits)
    return this.legalTexts.length <= MAX_LEGAL_TEXTS_TO_GUESS_AMONG + 1 ? this.legalTexts.filter((entry) => entry !== source) : []
  }

  /** The documents a designation names (never the citing document itself), looked up once per designation. */
  lookUp(designation: Exclude<Designation, { kind: 'self' | 'anaphor' }>, source: IndexedDocument): Lookup {
    const key = JSON.stringify({ ...designation, text: '' })
    let found = this.lookups.get(key)
    if (!found) {
      found = this.lookUpInFolder(designation)
      this.lookups.set(key, found)
    }
    if (!found.candidates.some((candidate) => candidate.entry === source)) return found
    const others = found.candidates.filter((candidate) => candidate.entry !== source)
    return { ...found, candidates: others, namesItself: true, reason: others.length ? null : `only this document itself is called ${quoted(designation.text)}` }
  }

  private lookUpInFolder(designation: Exclude<Designation, { kind: 'self' | 'anaphor' }>): Lookup {
    const how = `named ${quoted(designation.text)}`
    const fitting = (entries: IndexedDocument[] | undefined, reason: string): Lookup => {
      const unique = [...new Set(entries ?? [])]
      return { candidates: unique.map((entry) => ({ entry, reason })), how, reason: unique.length ? null : noDocumentCalled(designation.text) }
    }
    switch (designation.kind) {
      case 'symbol': {
        const symbol = designation.symbol.toLowerCase()
        return fitting(this.bySymbol.get(symbol) ?? this.bySymbol.get(symbol.replace(/\s*\(\d{4}\)$/, '')), `its symbol is ${designation.symbol}`)
      }
      case 'resolution': {
        const n = designation.number.toLowerCase()
        const found = [n, `a/res/${n}`, `s/res/${n}`].flatMap((symbol) => this.bySymbol.get(symbol) ?? [])
        const lookup = fitting(found, `it is resolution ${designation.number}`)
        return lookup.candidates.length ? lookup : { ...lookup, reason: `no resolution ${designation.number} in this folder` }
      }
      case 'instrument': {
        const instrument = instrumentByKey(designation.instrument)
        return fitting(this.byInstrument.get(designation.instrument), `it is ${instrument ? instrumentTitle(instrument.key) : designation.instrument}`)
      }
      case 'named':
        return this.named(designation, how)
    }
  }

  private named(designation: Extract<Designation, { kind: 'named' }>, how: string): Lookup {
    const name = normaliseName(designation.name)
    const cited = designation.date
    const fullDate = cited && FULL_DATE.test(cited) ? cited : null
    // A name of its own beyond the instrument's words ("la déclaration trilatérale de Sochi") is another text: only an exact name finds the instrument then.
    const instrument =
      findInstrument(name, fullDate) ?? (fullDate ? null : findInstrument(name)) ?? (designation.nameAfter ? null : this.instrumentOfKind(designation.text, fullDate, designation.noun))
    const pool = this.poolNamed(designation, name, instrument?.key ?? null)
    if (pool.candidates.length === 0) return { candidates: [], how, reason: noDocumentCalled(designation.text) }
    let candidates = pool.candidates
    if (cited) {
      // Only documents dated the day cited or a day from it can fit a full date: found by their day, not by trying every document of the pool.
      const dated = (fullDate ? pool.onDaysAround(fullDate) : pool.candidates).map((candidate) => ({ candidate, ...dateFit(cited, datesOf(candidate.entry)) }))
      const exact = dated.filter((entry) => entry.fit === 'exact').map((entry) => entry.candidate)
      const near = dated.filter((entry) => entry.fit === 'near').map((entry) => ({ ...entry.candidate, note: `dated ${formatIsoDate(entry.date)}, a day from the ${writtenDate(cited)} cited` }))
      if (exact.length > 0) candidates = exact
      else if (near.length > 0) candidates = near
      else {
        const shown = pool.someDates().map((date) => formatIsoDate(date)).join(', ')
        return { candidates: [], how, reason: `no ${designation.noun} of ${writtenDate(cited)} in this folder${shown ? ` (there is one of ${shown})` : ''}` }
      }
    }
    return { candidates: preferTheTextItself(candidates, designation.noun), how, reason: null, byKind: pool.byKind }
  }

  /**
   * The documents a named designation may mean whatever date it cites: the instrument's
   * renderings, else the documents of its name, else those of its kind that bear out its
   * qualifiers and parties. Made once per instrument, name or concept (a folder of statements
   * cites hundreds of dates of one concept), each with its documents by day.
   */
  private poolNamed(designation: Extract<Designation, { kind: 'named' }>, name: string, instrumentKey: string | null): NamedPool {
    const instrumentEntries = instrumentKey ? (this.byInstrument.get(instrumentKey) ?? []) : []
    const key = instrumentEntries.length
      ? `instrument\n${instrumentKey}`
      : this.byName.has(name)
        ? `name\n${name}\n${designation.name}`
        : `kind\n${designation.noun}\n${designation.ownName === true}\n${designation.qualifiers.join(',')}\n${designation.parties.join(',')}\n${designation.date !== null}`
    let pool = this.namedPools.get(key)
    if (pool) return pool
    // A well-known instrument named is that instrument: other documents that share a short name ("the trilateral statement" of another day) are not.
    let candidates: Candidate[] = instrumentEntries.length
      ? instrumentEntries.map((entry) => ({ entry, reason: `it is ${instrumentTitle(instrumentKey!)}` }))
      : (this.byName.get(name) ?? []).map((entry) => ({ entry, reason: `it is called ${quoted(designation.name)}` }))
    const byKind = candidates.length === 0
    if (byKind && !designation.ownName) {
      // "the document of 10 November": a document is any formal text.
      const kinds = designation.noun === 'document' ? [...FORMAL_FAMILIES].flatMap((nounFamily) => this.byFamily.get(nounFamily) ?? []) : (this.byFamily.get(family(designation.noun) ?? '') ?? [])
      candidates = kinds.filter((entry) => this.fitsConcept(entry, designation)).map((entry) => ({ entry, reason: `a ${entry.identity.noun ?? designation.noun}${describeConcept(designation)}` }))
    }
    pool = new NamedPool(unique(candidates), byKind)
    this.namedPools.set(key, pool)
    return pool
  }

  /** "The trilateral statement of the leaders of Russia, Armenia and Azerbaijan": qualifiers and parties that the document's own title bears out. */
  private fitsConcept(entry: IndexedDocument, designation: Extract<Designation, { kind: 'named' }>): boolean {
    const parties = entry.identity.parties
    // A qualifier stands as a word of a name: "un" is in "un charter", not in "nato founding treaty".
    const inNames = (qualifier: string) => [...entry.names].some((name) => name.split(/[^\p{L}\p{N}]+/u).includes(qualifier))
    for (const qualifier of designation.qualifiers) {
      const count = PARTY_COUNT[qualifier]
      if (count !== undefined) {
        if (parties.length !== count && !inNames(qualifier)) return false
      } else if (!inNames(qualifier)) return false
    }
    // Parties named are borne out only by a document whose parties are known: "the Agreement between Azerbaijan and Armenia" is no treaty of unknown parties.
    if (designation.parties.length > 0 && !designation.parties.every((party) => parties.includes(party))) return false
    // "the joint declaration of the leaders of Azerbaijan and Armenia" lists them all: a statement of three is another text.
    if (designation.parties.length >= 2 && parties.length > 0 && parties.length !== designation.parties.length) return false
    // A bare noun ("the statement") names nothing: it needs a date, a qualifier or parties.
    return designation.qualifiers.length > 0 || designation.parties.length > 0 || designation.date !== null
  }
}

/** Words that carry no name: articles, prepositions and conjunctions of the eleven languages. */
const STOP_WORDS = new Set(['of', 'the', 'and', 'on', 'for', 'in', 'at', 'de', 'la', 'las', 'los', 'el', 'del', 'le', 'les', 'des', 'du', 'et', 'y', 'der', 'die', 'das', 'und', 'von', 've', 'və', 'и', 'в', 'на', 'о', 'от', 'по', 'з', 'та', 'і', 'до'])
/** Letters of a longer word that must stand in the text cited: enough to tell words apart, few enough to survive endings ("Şartı'nın", "Устава"). */
const STEM_LENGTH = 5

/**
 * Whether a name of an instrument is written in a designation, whatever its case endings,
 * prefixes or compounds: each longer word of the name must begin a stretch of the text cited
 * ("Birleşmiş Milletler Şartı" in "Birleşmiş Milletler (BM) Şartı'nın", "ميثاق" in "لميثاق",
 * "Charta" in "Gründungscharta"), and each short one (BM, ООН) must stand as a word of its own.
 */
function nameWrittenIn(words: readonly string[], cited: string, citedWords: Set<string>): boolean {
  if (words.length === 0) return false
  return words.every((word) => (word.length >= 4 ? cited.includes(word.slice(0, STEM_LENGTH)) : citedWords.has(word)))
}

/** Each instrument's names as the words that must be written, normalised once. */
let instrumentNameWords: { instrument: (typeof INSTRUMENTS)[number]; names: string[][] }[] | undefined

/** The well-known instrument a designation names in any of its languages' words (its names carry their nouns). */
function instrumentNamedIn(text: string, date: string | null): ReturnType<typeof instrumentByKey> {
  const cited = normaliseName(text)
  const citedWords = new Set(cited.split(/[^\p{L}\p{N}]+/u))
  instrumentNameWords ??= INSTRUMENTS.map((instrument) => ({
    instrument,
    names: Object.values(instrument.names).flatMap((names) => names.map((name) => normaliseName(name).split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '' && !STOP_WORDS.has(word)))),
  }))
  for (const { instrument, names } of instrumentNameWords) {
    if (date && !instrument.dates.some((known) => dateFit(date, [known]).fit !== 'no')) continue
    if (names.some((words) => nameWrittenIn(words, cited, citedWords))) return instrument
  }
  return null
}

function datesOf(entry: IndexedDocument): string[] {
  const dates = entry.identity.date ? [entry.identity.date] : []
  const instrument = entry.identity.instrument ? instrumentByKey(entry.identity.instrument) : null
  return [...dates, ...(instrument?.dates ?? [])]
}

export function instrumentTitle(key: string): string {
  const instrument = instrumentByKey(key)
  return instrument?.names.en?.[0] ? `the ${instrument.names.en[0]}` : key
}

function describeConcept(designation: Extract<Designation, { kind: 'named' }>): string {
  const parts = [designation.qualifiers.length ? ` (${designation.qualifiers.join(', ')})` : '', designation.parties.length ? ` of ${designation.parties.join(', ')}` : '']
  return parts.join('')
}

function unique(candidates: Candidate[]): Candidate[] {
  const seen = new Set<IndexedDocument>()
  return candidates.filter((candidate) => (seen.has(candidate.entry) ? false : (seen.add(candidate.entry), true)))
}

/**
 * A news report or a commentary about a statement is never the statement: it stands in only
 * when no text of the kind cited is in the folder, and says so.
 */
function preferTheTextItself(candidates: Candidate[], noun: string): Candidate[] {
  if (!FORMAL.has(family(noun) ?? noun)) return candidates
  const texts = candidates.filter((candidate) => !REPORTING_KINDS.has(candidate.entry.identity.kind))
  if (texts.length > 0) return texts
  return candidates.map((candidate) => ({ ...candidate, weak: true, note: `${candidate.entry.identity.kind === 'news' ? 'a news report' : 'a commentary'} of it, as no ${noun} itself is in this folder` }))
}
