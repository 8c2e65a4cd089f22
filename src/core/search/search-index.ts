import MiniSearch, { type Query } from 'minisearch'
import type { DocumentKind } from '../documents/kind-words'
import type { LanguageCode } from '../languages/language'
import type { Paragraph } from '../text/paragraphs'
import { analyseText, queryKeys } from './analyze'
import { findHits, snippetOf, type Snippet } from './match'
import { parseQuery, type QueryWord } from './query'

/** What the index needs of a document: its paragraphs, and what results are filtered by. */
export interface SearchableDocument {
  path: string
  title: string | null
  kind: DocumentKind | null
  language: LanguageCode | null
  /** ISO date (yyyy-mm-dd), or null. */
  date: string | null
  paragraphs: Paragraph[]
}

export interface SearchFilters {
  /** Inclusive ISO dates (yyyy-mm-dd); a document without a date is left out when either is set. */
  from?: string | null
  to?: string | null
  kinds?: DocumentKind[]
  /** Languages; null in the list stands for documents of no known language. */
  languages?: (LanguageCode | null)[]
}

export interface ParagraphHit {
  path: string
  /** The paragraph's position in its document, from 0. */
  index: number
  /** The number the document gives it, or null. */
  number: string | null
  snippet: Snippet
  score: number
}

export interface SearchResults {
  /** Paragraphs found, best first, at most the limit asked. */
  hits: ParagraphHit[]
  /** Paragraphs the engine found before phrases were checked: the most there can be. */
  candidates: number
}

/** Goes up whenever what is saved, or how text becomes keys, changes: an index of another format is rebuilt. */
export const SEARCH_INDEX_FORMAT = 1

export interface StoredDocument extends Omit<SearchableDocument, 'paragraphs'> {
  serial: number
  /** Size and modification time of the file the document was read from: when they change, it is read again. */
  stamp: string
  paragraphs: [number: string | null, text: string][]
}

interface Unit {
  id: number
  keys: string
}

/** A unit's id: its document's serial and its paragraph's position. */
const PARAGRAPHS_PER_DOCUMENT = 2 ** 20
/** A prefix is also looked up as the stems it may have been cut from: "negotiat*" as "negoti". */
const PREFIX_STEM_REACH = 4
/** Paragraphs checked for phrases per result asked: beyond, the engine's order is trusted to have found enough. */
const CHECKED_PER_HIT = 20

const splitKeys = (text: string): string[] => text.split(' ')
const keepTerm = (term: string): string => term

function engineOptions() {
  return { fields: ['keys'], tokenize: splitKeys, processTerm: keepTerm, searchOptions: { tokenize: splitKeys, processTerm: keepTerm } }
}

/**
 * What the engine looks up for one query word, any of which may match: its keys; for a prefix,
 * the prefix and its stems as prefixes, and the stems it may have been cut from, whole.
 */
export function wordLookups(word: QueryWord): { prefix: boolean; terms: string[] }[] {
  if (!word.prefix) return [{ prefix: false, terms: word.keys }]
  const cut: string[] = []
  for (let length = Math.max(1, word.surface.length - PREFIX_STEM_REACH); length < word.surface.length; length++) cut.push(word.surface.slice(0, length))
  return [{ prefix: true, terms: queryKeys(word.surface) }, ...(cut.length ? [{ prefix: false, terms: cut }] : [])]
}

function wordQuery(word: QueryWord): Query {
  return { combineWith: 'OR', queries: wordLookups(word).map(({ prefix, terms }) => ({ combineWith: 'OR' as const, prefix, queries: terms })) }
}

/**
 * Every paragraph of a folder, searchable by words, phrases and prefixes in any language
 * (MiniSearch, chosen by measuring: see ARCHITECTURE.md, Search). Each paragraph is one
 * unit of the engine, indexed by its keys (analyse.ts); phrases and prefixes are checked on the
 * paragraphs the engine finds, and results carry a snippet with the hits marked.
 */
export class SearchIndex {
  private engine = new MiniSearch<Unit>(engineOptions())
  private readonly documents = new Map<string, StoredDocument>()
  private readonly bySerial = new Map<number, StoredDocument>()
  private nextSerial = 1

  get size(): number {
    return this.documents.size
  }

  /** The stamp a document was indexed with, or undefined when it is not indexed. */
  stampOf(path: string): string | undefined {
    return this.documents.get(path)?.stamp
  }

  paths(): string[] {
    return [...this.documents.keys()]
  }

  /** Adds a document, or replaces the one of the same path. */
  add(document: SearchableDocument, stamp: string): void {
    this.remove(document.path)
    const serial = this.nextSerial++
    const stored: StoredDocument = {
      path: document.path, title: document.title, kind: document.kind, language: document.language, date: document.date, serial, stamp,
      paragraphs: document.paragraphs.slice(0, PARAGRAPHS_PER_DOCUMENT).map((paragraph) => [paragraph.number, paragraph.text]),
    }
    this.documents.set(stored.path, stored)
    this.bySerial.set(serial, stored)
    const units = stored.paragraphs.map(([, text], index) => ({ id: serial * PARAGRAPHS_PER_DOCUMENT + index, keys: analyseText(text, document.language).map((word) => word.key).join(' ') }))
    this.engine.addAll(units)
  }

  remove(path: string): void {
    const stored = this.documents.get(path)
    if (!stored) return
    for (let index = 0; index < stored.paragraphs.length; index++) this.engine.discard(stored.serial * PARAGRAPHS_PER_DOCUMENT + index)
    this.documents.delete(path)
    this.bySerial.delete(stored.serial)
  }

  search(query: string, filters: SearchFilters = {}, limit = 100): SearchResults {
    const parsed = parseQuery(query)
    if (parsed.clauses.length === 0) return { hits: [], candidates: 0 }
    const accepts = acceptor(filters)
    const found = this.engine.search(
      { combineWith: 'AND', queries: parsed.clauses.flat().map(wordQuery) },
      { filter: (result) => accepts(this.bySerial.get(Math.floor((result.id as number) / PARAGRAPHS_PER_DOCUMENT))) },
    )
    const hits: ParagraphHit[] = []
    const checkedAtMost = Math.max(limit * CHECKED_PER_HIT, 1000)
    for (let i = 0; i < found.length && i < checkedAtMost && hits.length < limit; i++) {
      const id = found[i]!.id as number
      const document = this.bySerial.get(Math.floor(id / PARAGRAPHS_PER_DOCUMENT))!
      const index = id % PARAGRAPHS_PER_DOCUMENT
      const [number, text] = document.paragraphs[index]!
      const spans = findHits(text, analyseText(text, document.language), parsed)
      if (spans) hits.push({ path: document.path, index, number, snippet: snippetOf(text, spans), score: found[i]!.score })
    }
    return { hits, candidates: found.length }
  }

  /** The document a hit belongs to, for its title, kind, language and date. */
  describe(path: string): Omit<SearchableDocument, 'paragraphs'> | null {
    const stored = this.documents.get(path)
    return stored ? { path: stored.path, title: stored.title, kind: stored.kind, language: stored.language, date: stored.date } : null
  }

  toJSON(): SavedSearchIndex {
    return { format: SEARCH_INDEX_FORMAT, documents: [...this.documents.values()], engine: this.engine.toJSON() }
  }

  /** An index saved by toJSON, or null when it was saved in another format (it is then rebuilt). */
  static fromJSON(saved: SavedSearchIndex): SearchIndex | null {
    if (saved?.format !== SEARCH_INDEX_FORMAT) return null
    const index = new SearchIndex()
    index.engine = MiniSearch.loadJS<Unit>(saved.engine, engineOptions())
    for (const document of saved.documents) {
      index.documents.set(document.path, document)
      index.bySerial.set(document.serial, document)
      index.nextSerial = Math.max(index.nextSerial, document.serial + 1)
    }
    return index
  }
}

export interface SavedSearchIndex {
  format: number
  documents: StoredDocument[]
  engine: ReturnType<MiniSearch['toJSON']>
}

function acceptor(filters: SearchFilters): (document: StoredDocument | undefined) => boolean {
  const kinds = filters.kinds?.length ? new Set(filters.kinds) : null
  const languages = filters.languages?.length ? new Set(filters.languages) : null
  const { from, to } = filters
  return (document) => {
    if (!document) return false
    if (kinds && (!document.kind || !kinds.has(document.kind))) return false
    if (languages && !languages.has(document.language)) return false
    if ((from || to) && !document.date) return false
    if (from && document.date! < from) return false
    if (to && document.date!.slice(0, to.length) > to) return false
    return true
  }
}
