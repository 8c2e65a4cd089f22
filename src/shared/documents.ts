import type { DateSource, DocumentKind } from '../core/documents/identity'
import type { LanguageCode } from '../core/languages/language'
import type { Paragraph } from '../core/text/paragraphs'
import type { ResolvedReference } from '../core/references/resolved'
import type { VersionGroup } from '../core/documents/versions'
import type { AppErrorData } from './errors'
import type { FolderView, Settings } from './settings'

export type DocumentFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx'

/** One file of an open folder, as the library lists it. */
export interface DocumentSummary {
  /** Relative to the open folder, with "/" between parts: the id of the document. */
  path: string
  name: string
  format: DocumentFormat | null
  size: number
  /** ISO time of the file's last modification. */
  modified: string
  /** "ok": readable; "pending": not read yet; "unsupported": a format Communique does not read; "error": could not be read. */
  status: 'ok' | 'pending' | 'unsupported' | 'error'
  title: string | null
  /** What the document is (statement, resolution, treaty, news …); null until it is read. */
  kind: DocumentKind | null
  /** The language it is written in; null when unread, undetermined or another language. */
  language: LanguageCode | null
  /** Normalised names it goes by (title, short names, defined names, the instrument's names). */
  names: string[]
  date: string | null
  dateSource: DateSource | null
  paragraphCount: number
  wordCount: number
  /** How a text file was decoded ("UTF-8", "windows-1251"); null for PDF and Word, and unread files. */
  encoding: string | null
  /** Who published it, when the file says (a web page's site name, a PDF's author). */
  publisher: string | null
  /** Something the reader should know about how the file was read (broken UTF-8 sequences), or null. */
  warning: string | null
  problem: AppErrorData | null
}

export interface FolderListing {
  /** Absolute path of the open folder. */
  root: string
  name: string
  /**
   * In path order (code units). Over the contract only the first page of them: the window
   * fetches the rest with `folderPage` and follows changes with `folderStatus`, so a folder of
   * 100,000 files never travels as one answer.
   */
  documents: DocumentSummary[]
  /** How many documents the folder lists in all. */
  total: number
  /** Goes up whenever the listing changes (a file read, added, changed or removed). */
  version: number
  /** How far reading the folder's files in the background is; null when all are read. */
  reading: { done: number; total: number } | null
}

/**
 * The most documents one answer carries (a page of the listing, the changes of a status): a
 * summary is about 650 bytes of JSON (its names take most), so an answer stays under a megabyte.
 */
export const MAX_PAGE = 1_000

/** Documents of the open folder after a path, in path order: one page of the listing. */
export interface FolderPage {
  root: string
  /** The listing's version when the page was taken: changes after it come from `folderStatus`. */
  version: number
  documents: DocumentSummary[]
  /** The path to ask after for the next page; null after the last one. */
  next: string | null
}

/** How the open folder stands, cheap to ask often: the window asks it to follow changes. */
export interface FolderStatus {
  /** The open folder, or null: a different root means the window must fetch the listing whole. */
  root: string | null
  version: number
  reading: { done: number; total: number } | null
  /** The changes on disk since the version asked about, in words ("statement.txt changed on disk."): the latest of them. */
  notices: string[]
  /**
   * Files whose summary changed after the version asked about, and files removed since: at most
   * a page of them, the oldest first; `version` is then the one they bring the window to, and
   * `more` says to ask again at once.
   */
  changed: DocumentSummary[]
  removed: string[]
  more: boolean
}

export interface DocumentContent {
  summary: DocumentSummary
  paragraphs: Paragraph[]
}

export interface Capabilities {
  runtime: 'electron' | 'web'
  /** Electron offers the system's folder dialog; the web host asks for a typed path. */
  nativeFolderDialog: boolean
  version: string
}

export interface AppStateView {
  recentFolders: string[]
  settings: Settings
  /** How each folder was last shown, by its absolute path. */
  folderViews: Record<string, FolderView>
  /** Things the user should know about the app's own state, e.g. a settings file set aside. */
  notices: string[]
}

/** Every reference in the open folder, resolved against its documents. */
export interface FolderReferences {
  /** References and quotations (`kind` "quotation"), document by document in text order. */
  references: ResolvedReference[]
  /** Documents that are versions of one text (re-publications, renderings, drafts), by group. */
  versions: VersionGroup[]
  /** Documents with more references than any real one holds: only their first ones are listed. */
  cut: string[]
  /** The names the analyst gave documents of this folder ("also called …"), by path. */
  addedNames: Record<string, string[]>
}
