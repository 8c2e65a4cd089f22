import type { DocumentKind } from '../core/documents/kind-words'
import type { LanguageCode } from '../core/languages/language'

/** A search of the open folder: the words, phrases ("…") and prefixes (…*), and the filters. */
export interface SearchRequest {
  query: string
  /** Inclusive ISO dates (yyyy-mm-dd) of the documents' own dates. */
  from?: string | null
  to?: string | null
  kinds?: DocumentKind[]
  /** null stands for documents of no known language. */
  languages?: (LanguageCode | null)[]
  /** At most this many paragraphs (100 by default). */
  limit?: number
}

/** A paragraph found: a stretch of its text with the hits as offsets in it (never markup). */
export interface SearchParagraph {
  /** Position in its document, from 0: the reader opens at it. */
  index: number
  /** The number the document gives it, or null. */
  number: string | null
  snippet: { text: string; hits: [number, number][] }
  score: number
}

export interface SearchDocumentGroup {
  path: string
  title: string | null
  kind: DocumentKind | null
  language: LanguageCode | null
  date: string | null
  /** In the order of the document. */
  paragraphs: SearchParagraph[]
}

/** How far the index is: documents indexed of those readable in the folder; null once it is complete. */
export type SearchIndexing = { done: number; total: number } | null

export interface FolderSearch {
  /** Documents in the order of their best paragraph's score. */
  documents: SearchDocumentGroup[]
  /** Paragraphs found (at most the limit). */
  found: number
  /** Paragraphs holding the words before phrases were checked: more may be found with a higher limit. */
  candidates: number
  indexing: SearchIndexing
}

/** Every kind and language a search may be filtered by; `satisfies` keeps them in step with core's types. */
const KIND_TABLE = { statement: true, resolution: true, treaty: true, commentary: true, news: true, speech: true, letter: true, notes: true, other: true } as const satisfies Record<DocumentKind, true>
const LANGUAGE_TABLE = { en: true, ru: true, uk: true, fr: true, es: true, de: true, ar: true, zh: true, az: true, tr: true, hy: true } as const satisfies Record<LanguageCode, true>
export const SEARCH_KINDS = Object.keys(KIND_TABLE) as DocumentKind[]
export const SEARCH_LANGUAGES = Object.keys(LANGUAGE_TABLE) as LanguageCode[]
