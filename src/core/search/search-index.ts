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
  /** Paragraphs holding every word before phrases were checked: the most there can be. */
  candidates: number
}

/** Goes up whenever what is saved, or how text becomes keys, changes: an index of another format is rebuilt. */
export const SEARCH_INDEX_FORMAT = 3

export interface StoredDocument extends Omit<SearchableDocument, 'paragraphs'> {
  /** Size and modification time of the file the document was read from: when they change, it is read again. */
  stamp: string
  /** The unit of its first paragraph; its paragraphs are the units that follow, in order. */
  firstUnit: number
  /** The number each of its paragraphs is given, or null, in order: one per paragraph. */
  numbers: (string | null)[]
}

/** A document as the index holds it: its paragraphs' texts are asked for only to check phrases and cut snippets. */
interface IndexedDocument extends StoredDocument {
  textOf: (paragraph: number) => string
}

/** An index as saved: its units numbered from 0 without gaps, its terms sorted. */
export interface SavedSearchIndex {
  format: number
  documents: StoredDocument[]
  /** The text of a unit: a loaded index keeps its texts where they were saved and reads one only when a search needs it. */
  textOf: (unit: number) => string
  terms: string[]
  /** How many postings each term has, in the terms' order. */
  counts: Int32Array
  /** Every term's postings, one term after the other (see TF_SPAN). */
  postings: Int32Array
  /** Each unit's length in words. */
  lengths: Int32Array
}

/**
 * A posting is one number: the unit × TF_SPAN + how often the term occurs in it (at most
 * TF_SPAN - 1). With at most MAX_UNITS units it stays a small integer, which V8 keeps unboxed.
 */
const TF_SPAN = 64
const MAX_UNITS = 2 ** 24
/** Removed paragraphs are dropped from the postings once they are this many and more than those kept. */
const COMPACT_AFTER = 50_000
/** A prefix is also looked up as the stems it may have been cut from: "negotiat*" as "negoti". */
const PREFIX_STEM_REACH = 4
/** Paragraphs checked for phrases per result asked: beyond, the scores are trusted to have found enough. */
const CHECKED_PER_HIT = 20
/** BM25+ as MiniSearch, the engine used before, scored (k, b, d); a word found only as a longer word of a prefix counts less. */
const BM25_K = 1.2
const BM25_B = 0.7
const BM25_D = 0.5
const PREFIX_WEIGHT = 0.375

/** What the index looks up for one query word: postings lists, each with the weight of its matches. */
interface WordLists {
  lists: { postings: number[] | Int32Array; weight: number }[]
  size: number
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

/**
 * Every paragraph of a folder, searchable by words, phrases and prefixes in any language. Each
 * paragraph is one unit of an inverted index of its keys (analyze.ts): a posting list per key,
 * in unit order. A search scores only the paragraphs holding every word (BM25+), keeps the best
 * few with a bounded heap, and checks phrases and prefixes on those alone, so a word found in
 * most paragraphs costs one pass over its postings, never a result per paragraph. Results carry
 * a snippet with the hits marked.
 */
export class SearchIndex {
  private readonly documents = new Map<string, IndexedDocument>()
  /** A loaded index's lists are views of the saved postings until a unit is added to them. */
  private postings = new Map<string, number[] | Int32Array>()
  /** The terms in code-unit order, for prefixes; null when terms came since it was sorted. */
  private sortedTerms: string[] | null = []
  /** Each unit's document; null once removed (its postings stay until compacted). */
  private unitDocument: (IndexedDocument | null)[] = []
  private unitLength: number[] = []
  private liveUnits = 0
  private liveLength = 0
  private deadUnits = 0

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
    if (this.unitDocument.length + document.paragraphs.length > MAX_UNITS) this.compact()
    if (this.unitDocument.length + document.paragraphs.length > MAX_UNITS) throw new Error(`The search index holds at most ${MAX_UNITS} paragraphs.`)
    const texts = document.paragraphs.map((paragraph) => paragraph.text)
    const stored: IndexedDocument = {
      path: document.path, title: document.title, kind: document.kind, language: document.language, date: document.date, stamp,
      firstUnit: this.unitDocument.length, numbers: document.paragraphs.map((paragraph) => paragraph.number), textOf: (paragraph) => texts[paragraph]!,
    }
    this.documents.set(stored.path, stored)
    const counts = new Map<string, number>()
    for (const text of texts) {
      const unit = this.unitDocument.length
      const words = analyseText(text, document.language)
      counts.clear()
      for (const word of words) counts.set(word.key, (counts.get(word.key) ?? 0) + 1)
      for (const [key, count] of counts) {
        let postings = this.postings.get(key)
        if (!postings) {
          this.postings.set(key, (postings = []))
          this.sortedTerms = null
        } else if (!Array.isArray(postings)) this.postings.set(key, (postings = Array.from(postings)))
        postings.push(unit * TF_SPAN + Math.min(count, TF_SPAN - 1))
      }
      this.unitDocument.push(stored)
      this.unitLength.push(words.length)
      this.liveLength += words.length
    }
    this.liveUnits += texts.length
  }

  remove(path: string): void {
    const stored = this.documents.get(path)
    if (!stored) return
    for (let unit = stored.firstUnit; unit < stored.firstUnit + stored.numbers.length; unit++) {
      this.unitDocument[unit] = null
      this.liveLength -= this.unitLength[unit]!
    }
    this.liveUnits -= stored.numbers.length
    this.deadUnits += stored.numbers.length
    this.documents.delete(path)
    if (this.deadUnits > Math.max(COMPACT_AFTER, this.liveUnits)) this.compact()
  }

  search(query: string, filters: SearchFilters = {}, limit = 100): SearchResults {
    const parsed = parseQuery(query)
    const words = parsed.clauses.flat().map((word) => this.listsOf(word))
    if (words.length === 0 || words.some((word) => word.size === 0)) return { hits: [], candidates: 0 }
    // The rarest word first: only the paragraphs it names can hold every word.
    words.sort((a, b) => a.size - b.size)
    const units = this.unitDocument.length
    const matched = new Uint16Array(units)
    const scores = new Float64Array(units)
    const touched: number[] = []
    const averageLength = this.liveLength / Math.max(1, this.liveUnits)
    for (const [w, word] of words.entries()) {
      for (const { postings, weight } of word.lists) {
        const idf = Math.log(1 + (this.liveUnits - postings.length + 0.5) / (postings.length + 0.5))
        for (let p = 0; p < postings.length; p++) {
          const posting = postings[p]!
          const count = posting % TF_SPAN
          const unit = (posting - count) / TF_SPAN
          const seen = matched[unit]!
          if (seen === w) {
            matched[unit] = w + 1
            if (w === 0) touched.push(unit)
          } else if (seen !== w + 1) continue
          const length = this.unitLength[unit]!
          scores[unit] = scores[unit]! + weight * idf * (BM25_D + (count * (BM25_K + 1)) / (count + BM25_K * (1 - BM25_B + (BM25_B * length) / averageLength)))
        }
      }
    }
    const accepts = acceptor(filters)
    const best = new BestUnits(Math.max(limit * CHECKED_PER_HIT, 1000))
    let candidates = 0
    for (const unit of touched) {
      const document = this.unitDocument[unit]
      if (matched[unit] !== words.length || !document || !accepts(document)) continue
      candidates++
      best.offer(unit, scores[unit]!)
    }
    const hits: ParagraphHit[] = []
    for (const unit of best.ranked()) {
      if (hits.length >= limit) break
      const document = this.unitDocument[unit]!
      const index = unit - document.firstUnit
      const text = document.textOf(index)
      const spans = findHits(text, analyseText(text, document.language), parsed)
      if (spans) hits.push({ path: document.path, index, number: document.numbers[index] ?? null, snippet: snippetOf(text, spans), score: scores[unit]! })
    }
    return { hits, candidates }
  }

  /** The document a hit belongs to, for its title, kind, language and date. */
  describe(path: string): Omit<SearchableDocument, 'paragraphs'> | null {
    const stored = this.documents.get(path)
    return stored ? { path: stored.path, title: stored.title, kind: stored.kind, language: stored.language, date: stored.date } : null
  }

  toSaved(): SavedSearchIndex {
    if (this.deadUnits > 0) this.compact()
    const terms = this.terms()
    const counts = new Int32Array(terms.length)
    let total = 0
    for (const [t, term] of terms.entries()) total += counts[t] = this.postings.get(term)!.length
    const postings = new Int32Array(total)
    let offset = 0
    for (const term of terms) {
      const list = this.postings.get(term)!
      postings.set(list, offset)
      offset += list.length
    }
    const documents = [...this.documents.values()].map(({ textOf: _, ...stored }) => stored)
    const textOf = (unit: number): string => {
      const document = this.unitDocument[unit]!
      return document.textOf(unit - document.firstUnit)
    }
    return { format: SEARCH_INDEX_FORMAT, documents, textOf, terms, counts, postings, lengths: Int32Array.from(this.unitLength) }
  }

  /** An index saved by toSaved, or null when it was saved in another format or does not hold together (it is then rebuilt). */
  static fromSaved(saved: SavedSearchIndex): SearchIndex | null {
    if (saved.format !== SEARCH_INDEX_FORMAT || saved.counts.length !== saved.terms.length) return null
    if (saved.counts.reduce((sum, count) => sum + count, 0) !== saved.postings.length) return null
    const units = saved.lengths.length
    const postingsEnd = units * TF_SPAN
    for (let p = 0; p < saved.postings.length; p++) if (!(saved.postings[p]! >= 0 && saved.postings[p]! < postingsEnd)) return null
    if (saved.documents.some((document) => !Array.isArray(document.numbers) || !(document.firstUnit >= 0 && document.firstUnit + document.numbers.length <= units))) return null
    const index = new SearchIndex()
    index.unitLength = Array.from(saved.lengths)
    index.unitDocument = new Array<IndexedDocument | null>(saved.lengths.length).fill(null)
    for (const stored of saved.documents) {
      // Its units as saved, which compacting may number again later.
      const savedFirstUnit = stored.firstUnit
      const document: IndexedDocument = { ...stored, textOf: (paragraph) => saved.textOf(savedFirstUnit + paragraph) }
      index.documents.set(document.path, document)
      for (let unit = document.firstUnit; unit < document.firstUnit + document.numbers.length; unit++) {
        index.unitDocument[unit] = document
        index.liveLength += index.unitLength[unit]!
      }
      index.liveUnits += document.numbers.length
    }
    let offset = 0
    for (const [t, term] of saved.terms.entries()) {
      index.postings.set(term, saved.postings.subarray(offset, offset + saved.counts[t]!))
      offset += saved.counts[t]!
    }
    index.sortedTerms = saved.terms
    return index
  }

  private terms(): string[] {
    this.sortedTerms ??= [...this.postings.keys()].sort()
    return this.sortedTerms
  }

  /** The postings lists of a query word: its keys; for a prefix, every term it begins (weighed less when longer). */
  private listsOf(word: QueryWord): WordLists {
    const lists: WordLists['lists'] = []
    const seen = new Set<string>()
    const take = (term: string, weight: number): void => {
      const postings = this.postings.get(term)
      if (!postings || seen.has(term)) return
      seen.add(term)
      lists.push({ postings, weight })
    }
    for (const { prefix, terms } of wordLookups(word)) {
      for (const term of terms) {
        take(term, 1)
        if (!prefix) continue
        const sorted = this.terms()
        for (let i = lowerBound(sorted, term); i < sorted.length && sorted[i]!.startsWith(term); i++) take(sorted[i]!, PREFIX_WEIGHT)
      }
    }
    return { lists, size: lists.reduce((sum, list) => sum + list.postings.length, 0) }
  }

  /** Drops removed paragraphs from the postings and numbers the units again from 0, in order. */
  private compact(): void {
    const renumbered = new Int32Array(this.unitDocument.length).fill(-1)
    const unitDocument: IndexedDocument[] = []
    const unitLength: number[] = []
    for (const [unit, document] of this.unitDocument.entries()) {
      if (!document) continue
      renumbered[unit] = unitDocument.length
      unitDocument.push(document)
      unitLength.push(this.unitLength[unit]!)
    }
    for (const document of this.documents.values()) document.firstUnit = renumbered[document.firstUnit]!
    for (const [term, postings] of this.postings) {
      const kept: number[] = []
      for (const posting of postings) {
        const count = posting % TF_SPAN
        const unit = renumbered[(posting - count) / TF_SPAN]!
        if (unit >= 0) kept.push(unit * TF_SPAN + count)
      }
      if (kept.length > 0) this.postings.set(term, kept)
      else {
        this.postings.delete(term)
        this.sortedTerms = null
      }
    }
    this.unitDocument = unitDocument
    this.unitLength = unitLength
    this.deadUnits = 0
  }
}

/** The index of the first of sorted `values` not before `value`. */
function lowerBound(values: string[], value: string): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (values[middle]! < value) low = middle + 1
    else high = middle
  }
  return low
}

/** The `capacity` best-scored units offered, in a min-heap: the worst kept is the first to go. */
class BestUnits {
  private readonly units: number[] = []
  private readonly scores: number[] = []

  constructor(private readonly capacity: number) {}

  /** Whether unit a ranks below unit b: a lower score, or the same score and a later unit. */
  private below(a: number, b: number): boolean {
    return this.scores[a]! < this.scores[b]! || (this.scores[a] === this.scores[b] && this.units[a]! > this.units[b]!)
  }

  offer(unit: number, score: number): void {
    if (this.units.length < this.capacity) {
      this.units.push(unit)
      this.scores.push(score)
      this.up(this.units.length - 1)
    } else if (score > this.scores[0]!) {
      this.units[0] = unit
      this.scores[0] = score
      this.down(0)
    }
  }

  /** The units kept, best first (ties: in unit order, which is the order documents were added). */
  ranked(): number[] {
    const order = this.units.map((_, i) => i)
    order.sort((a, b) => (this.below(a, b) ? 1 : this.below(b, a) ? -1 : 0))
    return order.map((i) => this.units[i]!)
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.below(i, parent)) break
      this.swap(i, parent)
      i = parent
    }
  }

  private down(i: number): void {
    for (;;) {
      const left = 2 * i + 1
      let lowest = i
      if (left < this.units.length && this.below(left, lowest)) lowest = left
      if (left + 1 < this.units.length && this.below(left + 1, lowest)) lowest = left + 1
      if (lowest === i) return
      this.swap(i, lowest)
      i = lowest
    }
  }

  private swap(a: number, b: number): void {
    ;[this.units[a], this.units[b]] = [this.units[b]!, this.units[a]!]
    ;[this.scores[a], this.scores[b]] = [this.scores[b]!, this.scores[a]!]
  }
}

function acceptor(filters: SearchFilters): (document: IndexedDocument) => boolean {
  const kinds = filters.kinds?.length ? new Set(filters.kinds) : null
  const languages = filters.languages?.length ? new Set(filters.languages) : null
  const { from, to } = filters
  return (document) => {
    if (kinds && (!document.kind || !kinds.has(document.kind))) return false
    if (languages && !languages.has(document.language)) return false
    if ((from || to) && !document.date) return false
    if (from && document.date! < from) return false
    if (to && document.date!.slice(0, to.length) > to) return false
    return true
  }
}
