import { formatIsoDate } from '../text/dates'
import { paragraphLabel, type Paragraph } from '../text/paragraphs'
import type { Designation } from './designation'
import { detectReferences, type DetectedReference, type UnitKind } from './detect'
import { documentNames, normaliseName } from './names'

/** A document of the open folder, as references see it. */
export interface ReferableDocument {
  /** Relative path in the folder: the document's id. */
  path: string
  title: string
  date: string | null
  paragraphs: Paragraph[]
}

export interface ReferenceTarget {
  document: string
  /** The label of the first paragraph cited, as the reader shows it ("4", "¶ 2"); null for a whole document. */
  paragraph: string | null
  /** Labels and indexes of every paragraph cited, in order. */
  paragraphs: string[]
  indexes: number[]
}

export interface ResolvedReference {
  source: string
  /** Index of the paragraph the reference stands in, and its offsets there. */
  paragraph: number
  paragraphStart: number
  paragraphEnd: number
  /** Offsets in the document's text as the reader shows it: its paragraphs joined by blank lines. */
  start: number
  end: number
  text: string
  /** The unit kind, or "document" for a reference to a whole document. */
  kind: UnitKind | 'document'
  units: string[]
  /** The document as the reference writes it, or null when it writes none. */
  designation: string | null
  /** The one paragraph (or document) cited, when exactly one document fits. */
  target: ReferenceTarget | null
  /** Every document that fits, with its paragraphs: two renderings of one statement both fit. */
  candidates: ReferenceTarget[]
  /** Why there is no single target, for a reader. */
  reason: string | null
}

interface IndexedDocument {
  document: ReferableDocument
  head: string | null
  names: Set<string>
  /** The title's words, normalised, for names that only part of the title carries. */
  titleWords: Set<string>
  /** Paragraph indexes by the number the document gives them ("4", "IV"; "51" for an "Article 51" heading). */
  byNumber: Map<string, number[]>
  numbered: boolean
}

interface ReferenceIndex {
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
function indexDocuments(documents: ReferableDocument[]): ReferenceIndex {
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


interface Lookup {
  documents: IndexedDocument[]
  /** Why no document fits, when none does. */
  reason: string | null
}

/** Looks a designation up, once per designation; the citing document itself is never a named target. */
function lookUp(designation: Designation, source: IndexedDocument, index: ReferenceIndex): Lookup {
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
    case 'anaphor':
      return 'a'
  }
}

function lookUpInFolder(designation: Exclude<Designation, { kind: 'self' }>, index: ReferenceIndex): Lookup {
  const others = (found: IndexedDocument[] | undefined) => found ?? []
  switch (designation.kind) {
    case 'anaphor':
      return { documents: [], reason: `"${designation.text}" points back to a document, but none is named before it` }
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
      const { head, date } = designation
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
          return { documents: [], reason: `no ${designation.name} of ${formatIsoDate(date)} in this folder${dates.length ? ` (there is one of ${shown})` : ''}` }
        }
      } else {
        const found = index.byName.get(name) ?? (name === head ? [] : withTitleWords(index, name).filter(fits))
        if (found.length > 0) return { documents: found, reason: null }
      }
      return { documents: [], reason: `no document called "${designation.text.replace(/^(the|its|their|this|that)\s+/i, '')}" in this folder` }
    }
  }
}

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

function unitName(kind: UnitKind): string {
  return kind === 'subparagraph' ? 'sub-paragraph' : kind
}

/** The paragraphs of `entry` that carry the cited numbers: its own numbering first, position otherwise. */
function paragraphsOf(entry: IndexedDocument, kind: UnitKind, units: string[]): { indexes: number[]; missing: string | null } {
  const paragraphs = entry.document.paragraphs
  const indexes: number[] = []
  for (const unit of units) {
    const main = unit.replace(/\(.*$/, '')
    let found: number | undefined
    if (kind === 'preambular paragraph') {
      // Preambular paragraphs are unnumbered and end with a comma: count them.
      const firstNumbered = paragraphs.findIndex((paragraph) => paragraph.number !== null)
      const preamble = paragraphs.slice(0, firstNumbered < 0 ? paragraphs.length : firstNumbered).filter((paragraph) => paragraph.text.endsWith(','))
      found = preamble[Number(main) - 1]?.index
    } else if (entry.numbered) {
      found = entry.byNumber.get(main)?.[0]
    } else if (/^\d+$/.test(main)) {
      found = paragraphs[Number(main) - 1]?.index
    }
    if (found === undefined) return { indexes: [], missing: unit }
    indexes.push(found)
  }
  return { indexes, missing: null }
}

function targetOf(entry: IndexedDocument, indexes: number[]): ReferenceTarget {
  const labels = indexes.map((index) => paragraphLabel(entry.document.paragraphs[index]!))
  return { document: entry.document.path, paragraph: labels[0] ?? null, paragraphs: labels, indexes }
}

/** The start of each paragraph in the document's text as the reader shows it. */
function paragraphOffsets(paragraphs: Paragraph[]): number[] {
  const offsets: number[] = []
  let offset = 0
  for (const paragraph of paragraphs) {
    offsets.push(offset)
    offset += paragraph.text.length + 2
  }
  return offsets
}

function resolveOne(
  found: DetectedReference,
  lookup: Lookup,
  source: IndexedDocument,
): Pick<ResolvedReference, 'target' | 'candidates' | 'reason'> {
  if (lookup.documents.length === 0) return { target: null, candidates: [], reason: lookup.reason }
  if (!found.unit) {
    const candidates = lookup.documents.map((entry) => targetOf(entry, []))
    return ambiguity(candidates)
  }
  const { kind, numbers } = found.unit
  const candidates: ReferenceTarget[] = []
  let missing: { entry: IndexedDocument; unit: string } | null = null
  for (const entry of lookup.documents) {
    const located = paragraphsOf(entry, kind, numbers)
    if (located.missing === null) candidates.push(targetOf(entry, located.indexes))
    else missing ??= { entry, unit: located.missing }
  }
  if (candidates.length === 0 && missing) {
    const where = missing.entry === source ? 'this document' : `"${shortTitle(missing.entry.document.title)}"`
    return { target: null, candidates: [], reason: `${where} has no ${unitName(kind)} ${missing.unit} here` }
  }
  return ambiguity(candidates)
}

function ambiguity(candidates: ReferenceTarget[]): Pick<ResolvedReference, 'target' | 'candidates' | 'reason'> {
  if (candidates.length === 1) return { target: candidates[0]!, candidates, reason: null }
  return { target: null, candidates, reason: `${candidates.length} documents fit: ${candidates.map((candidate) => candidate.document).join(', ')}` }
}

function shortTitle(title: string): string {
  return title.length > 60 ? `${title.slice(0, 57)}…` : title
}

/**
 * Finds and resolves every reference in one document of the folder. "The Statement" and "said
 * document" go back to the document named last before them; a unit with no document written
 * ("paragraphs 3 and 4") means the one named last in the same paragraph, else the document itself.
 */
function resolveDocumentReferences(path: string, index: ReferenceIndex): ResolvedReference[] {
  const source = index.documents.get(path)
  if (!source) return []
  const offsets = paragraphOffsets(source.document.paragraphs)
  const resolved: ResolvedReference[] = []
  let lastNamed: Lookup | null = null
  for (const paragraph of source.document.paragraphs) {
    let namedInParagraph: Lookup | null = null
    for (const found of detectReferences(paragraph.text)) {
      const designation = found.designation
      let lookup: Lookup
      if (designation === null) lookup = namedInParagraph ?? { documents: [source], reason: null }
      else if (designation.kind === 'anaphor') lookup = lastNamed ?? lookUp(designation, source, index)
      else lookup = lookUp(designation, source, index)
      if (designation && designation.kind !== 'self' && designation.kind !== 'anaphor') {
        lastNamed = lookup
        namedInParagraph = lookup
      }
      resolved.push({
        source: path,
        paragraph: paragraph.index,
        paragraphStart: found.start,
        paragraphEnd: found.end,
        start: offsets[paragraph.index]! + found.start,
        end: offsets[paragraph.index]! + found.end,
        text: found.text,
        kind: found.unit?.kind ?? 'document',
        units: found.unit?.numbers ?? [],
        designation: designation?.text ?? null,
        ...resolveOne(found, lookup, source),
      })
    }
  }
  return resolved
}

/** Every reference of every document in the folder, documents in the order given. */
export function resolveFolderReferences(documents: ReferableDocument[]): ResolvedReference[] {
  const index = indexDocuments(documents)
  return documents.flatMap((document) => resolveDocumentReferences(document.path, index))
}
