import type { DateSource } from '../core/text/document'
import type { Paragraph } from '../core/text/paragraphs'
import type { ResolvedReference } from '../core/references/resolve'
import type { AppErrorData } from './errors'

export type DocumentFormat = 'text' | 'markdown' | 'html'

/** One file of an open folder, as the library lists it. */
export interface DocumentSummary {
  /** Relative to the open folder, with "/" between parts: the id of the document. */
  path: string
  name: string
  format: DocumentFormat | null
  size: number
  /** ISO time of the file's last modification. */
  modified: string
  /** "ok": readable; "unsupported": a format Communique does not read; "error": could not be read. */
  status: 'ok' | 'unsupported' | 'error'
  title: string | null
  date: string | null
  dateSource: DateSource | null
  paragraphCount: number
  wordCount: number
  problem: AppErrorData | null
}

export interface FolderListing {
  /** Absolute path of the open folder. */
  root: string
  name: string
  documents: DocumentSummary[]
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
  /** Things the user should know about the app's own state, e.g. a settings file set aside. */
  notices: string[]
}

/** Every reference in the open folder, resolved against its documents. */
export interface FolderReferences {
  references: ResolvedReference[]
}
