import { formatIsoDate } from '../text/dates'
import type { Paragraph } from '../text/paragraphs'
import type { Designation } from './designation'
import { documentNames, normaliseName } from './names'

/** A document of the open folder, as references see it. */
export interface ReferableDocument {
  /** Relative path in the folder: the document's id. */
  path: string
  title: string
  date: string | null
  paragraphs: Paragraph[]
}

/** A document with what references need to find it and its paragraphs. */
export interface IndexedDocument {
  document: ReferableDocument
  head: string | null
  names: Set<string>
  /** The title's words, normalised, for names that only part of the title carries. */
  titleWords: Set<string>
  /** Paragraph indexes by the number the document gives them ("4", "IV"; "51" for an "Article 51" heading). */
  byNumber: Map<string, number[]>
  numbered: boolean
}

/** The folder's documents by name, symbol, date and title word, and the lookups made so far. */
export interface ReferenceIndex {
  /** Lookups already made, by designation: a folder names the same few documents again and again. */
  lookups: Map<string, Lookup>
  documents: Map<string, IndexedDocument>
  byName: Map<string, IndexedDocument[]>
  bySymbol: Map<string, IndexedDocument[]>
  byHead: Map<string, IndexedDocument[]>
  byDate: Map<string, IndexedDocument[]>
  byTitleWord: Map<string, IndexedDocument[]>
}

/** "Article 51", "Point 4": a heading that numbers the paragraph it stands for. */
const UNIT_HEADING = /^(?:article|section|point|paragraph|clause|chapter)\s+([0-9]{1,3}|[IVXLC]{1,6})\.?$/i
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 }

function romanValue(roman: string): number | null {
  if (!/^[IVXLC]+$/.test(roman)) return null
  let total = 0
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN[roman[i]!]!
    const next = ROMAN[roman[i + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  return total
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** Indexes the folder's documents by their names, symbols and paragraph numbers. */
export function indexDocuments(documents: ReferableDocument[]): ReferenceIndex {
  const index: ReferenceIndex = { lookups: new Map(), documents: new Map(), byName: new Map(), bySymbol: new Map(), byHead: new Map(), byDate: new Map(), byTitleWord: new Map() }
  for (const document of documents) {
    const names = documentNames(document.title)
    const byNumber = new Map<string, number[]>()
    for (const paragraph of document.paragraphs) {
      const number = paragraph.number ?? UNIT_HEADING.exec(paragraph.text)?.[1] ?? null
      if (number === null) continue
      push(byNumber, number, paragraph.index)
      const roman = romanValue(number)
      if (roman !== null) push(byNumber, String(roman), paragraph.index)
    }
    const titleWords = new Set(normaliseName(document.title).split(/[^\p{L}\p{N}]+/u).filter(Boolean))
    const entry: IndexedDocument = { document, head: names.head, names: new Set(names.names), titleWords, byNumber, numbered: byNumber.size > 0 }
    index.documents.set(document.path, entry)
    for (const name of names.names) push(index.byName, name, entry)
    for (const symbol of names.symbols) push(index.bySymbol, symbol, entry)
    if (names.head) push(index.byHead, names.head, entry)
    if (document.date) push(index.byDate, document.date, entry)
    for (const word of titleWords) push(index.byTitleWord, word, entry)
  }
  return index
}


export interface Lookup {
  documents: IndexedDocument[]
  /** Why no document fits, when none does. */
  reason: string | null
}

/** Looks a designation up, once per designation; the citing document itself is never a named target. */
export function lookUp(designation: Designation, source: IndexedDocument, index: ReferenceIndex): Lookup {
  if (designation.kind === 'self') return { documents: [source], reason: null }
  const key = designationKey(designation)
  let found = index.lookups.get(key)
  if (!found) {
    found = lookUpInFolder(designation, index)
    index.lookups.set(key, found)
  }
  if (!found.documents.includes(source)) return found
  const others = found.documents.filter((entry) => entry !== source)
  return { documents: others, reason: others.length ? null : (found.reason ?? `only this document is called "${designation.text}"`) }
}

/** Designations that name the same document the same way share one lookup. */
function designationKey(designation: Exclude<Designation, { kind: 'self' }>): string {
  switch (designation.kind) {
    case 'named':
      return `n|${designation.name}|${designation.date ?? ''}`
    case 'symbol':
      return `s|${designation.symbol}`
    case 'resolution':
      return `r|${designation.number}`
    case 'instrument':
      return `i|${designation.instrument}`
    case 'anaphor':
      return 'a'
  }
}

function lookUpInFolder(designation: Exclude<Designation, { kind: 'self' }>, index: ReferenceIndex): Lookup {
  const others = (found: IndexedDocument[] | undefined) => found ?? []
  switch (designation.kind) {
    case 'anaphor':
      return { documents: [], reason: `"${designation.text}" points back to a document, but none is named before it` }
    case 'instrument':
      return { documents: [], reason: `no document ${designation.instrument} in this folder` }
    case 'symbol': {
      const found = others(index.bySymbol.get(designation.symbol.toLowerCase()))
      return { documents: found, reason: found.length ? null : `no document ${designation.symbol} in this folder` }
    }
    case 'resolution': {
      const number = designation.number
      const found = others([...(index.bySymbol.get(number) ?? []), ...(index.bySymbol.get(`a/res/${number}`) ?? []), ...(index.bySymbol.get(`s/res/${number}`) ?? [])])
      return { documents: [...new Set(found)], reason: found.length ? null : `no resolution ${number} in this folder` }
    }
    case 'named': {
      const name = normaliseName(designation.name)
      // Only full dates pick a document by date here; "--11-09" (no year) and "2020" do not.
      const date = designation.date !== null && /^\d{4}-\d{2}-\d{2}$/.test(designation.date) ? designation.date : null
      const head: string = designation.noun
      // "the Treaty on the Non-Proliferation of Nuclear Weapons" also fits a title with more words around it.
      const fits = (entry: IndexedDocument) => entry.names.has(name) || (entry.head === head && (name === head || titleHasWords(entry, name)))
      if (date) {
        // Few documents share a date: look among them, not among every document of that name.
        const found = (index.byDate.get(date) ?? []).filter(fits)
        if (found.length > 0) return { documents: found, reason: null }
        const named = index.byName.get(name) ?? []
        if (named.length > 0) {
          const dates = [...new Set(named.map((entry) => entry.document.date).filter((known): known is string => known !== null))]
          const shown = dates.slice(0, 3).map((known) => formatIsoDate(known)).join(', ') + (dates.length > 3 ? ', …' : '')
          return { documents: [], reason: `no ${name} of ${formatIsoDate(date)} in this folder${dates.length ? ` (there is one of ${shown})` : ''}` }
        }
      } else {
        const found = index.byName.get(name) ?? (name === head ? [] : withTitleWords(index, name).filter(fits))
        // "the President's statement" fits every statement of a president: that names none of them.
        if (found.length > MAX_CANDIDATES) return { documents: [], reason: `${found.length} documents could be "${designation.text}"` }
        if (found.length > 0) return { documents: found, reason: null }
      }
      return { documents: [], reason: `no document called "${designation.text.replace(/^(the|its|their|this|that)\s+/i, '')}" in this folder` }
    }
  }
}

/** More documents than this fitting a name by its words is no answer. */
const MAX_CANDIDATES = 20

const FILLER_WORDS = new Set(['of', 'the', 'on', 'and', 'for', 'between'])

function nameWords(name: string): string[] {
  return name.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '' && !FILLER_WORDS.has(word))
}

/** Documents whose titles carry every word of the name: those of its rarest word, checked. */
function withTitleWords(index: ReferenceIndex, name: string): IndexedDocument[] {
  let rarest: IndexedDocument[] | undefined
  for (const word of nameWords(name)) {
    const list = index.byTitleWord.get(word)
    if (!list) return []
    if (!rarest || list.length < rarest.length) rarest = list
  }
  return rarest ?? []
}

function titleHasWords(entry: IndexedDocument, name: string): boolean {
  return nameWords(name).every((word) => entry.titleWords.has(word))
}
