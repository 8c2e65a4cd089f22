import type { AppStateView, Capabilities, DocumentContent, FolderListing, FolderPage, FolderReferences, FolderStatus } from './documents'
import type { Envelope } from './errors'
import type { ReportJob, ReportRequestArgs } from './reports'
import type { FolderSearch, SearchIndexing, SearchRequest } from './search'
import type { FolderView, Settings } from './settings'

type NoArgs = Record<string, never>

/**
 * The one contract between the renderer and the services: each channel's arguments and result.
 * Electron serves it over IPC (preload), the web host over HTTP; both validate arguments with
 * `argumentSchemas` and answer with an `Envelope`.
 */
export interface Contract {
  getCapabilities: { args: NoArgs; result: Capabilities }
  getAppState: { args: NoArgs; result: AppStateView }
  /** Asks the user for a folder with the system dialog; null when cancelled or not offered. */
  chooseFolder: { args: NoArgs; result: string | null }
  /** The folder's listing with its first page of documents; the rest by `folderPage`. */
  openFolder: { args: { path: string }; result: FolderListing }
  currentFolder: { args: NoArgs; result: FolderListing | null }
  /** The open folder's documents after a path (null: from the first), at most `limit` of them. */
  folderPage: { args: { after: string | null; limit: number }; result: FolderPage }
  readDocument: { args: { path: string }; result: DocumentContent }
  saveSettings: { args: { settings: Settings }; result: null }
  saveFolderView: { args: { root: string; view: FolderView }; result: null }
  /** Cheap to ask often: how far reading the folder is, and what changed in its listing since `since`. */
  folderStatus: { args: { since: number }; result: FolderStatus }
  /** Opens a document's original file with the system's application for it. */
  openOriginal: { args: { path: string }; result: null }
  /** Shows a document's file in the system's file manager. */
  showInFolder: { args: { path: string }; result: null }
  /** Every reference in the open folder, resolved against its documents. */
  folderReferences: { args: NoArgs; result: FolderReferences }
  /** Names the analyst gives a document of the open folder ("also called …"); references use them. */
  saveDocumentNames: { args: { path: string; names: string[] }; result: null }
  /** Corrects where a reference leads (by its key): a document of the folder, null for nowhere, or forgets the correction. */
  chooseReferenceTarget: { args: { key: string; document: string | null; forget: boolean }; result: null }
  /** Starts making a report in the background; ask reportStatus how it stands. */
  startReport: { args: ReportRequestArgs; result: { id: string } }
  reportStatus: { args: { id: string }; result: ReportJob }
  /** Stops a report: taken out of the queue if waiting, stopped where it stands if being made. */
  cancelReport: { args: { id: string }; result: null }
  /**
   * What paths given to the app (a second launch, a drop) ask for: one folder to open, or one to
   * six files, as documents of the open folder or of their own folder, to open first.
   */
  resolvePaths: { args: { paths: string[] }; result: OpenPlan }
  /** Every paragraph of the open folder holding the query's words, phrases and prefixes, grouped by document. */
  searchFolder: { args: SearchRequest; result: FolderSearch }
  /** How far the search index of the open folder is; null once complete. */
  searchStatus: { args: NoArgs; result: SearchIndexing }
}

export interface OpenPlan {
  /** The folder to open first; null when the open folder holds the files. */
  folder: string | null
  /** The files, relative to that folder with "/" between parts: one is read, two to six compared. */
  documents: string[]
}

export type Channel = keyof Contract
export type ChannelArgs<C extends Channel> = Contract[C]['args']
export type ChannelResult<C extends Channel> = Contract[C]['result']

/** Every channel once; `satisfies` makes adding a channel to Contract without listing it here fail. */
const CHANNEL_TABLE = {
  getCapabilities: true,
  getAppState: true,
  chooseFolder: true,
  openFolder: true,
  currentFolder: true,
  folderPage: true,
  readDocument: true,
  saveSettings: true,
  saveFolderView: true,
  folderStatus: true,
  openOriginal: true,
  showInFolder: true,
  folderReferences: true,
  saveDocumentNames: true,
  chooseReferenceTarget: true,
  startReport: true,
  reportStatus: true,
  cancelReport: true,
  resolvePaths: true,
  searchFolder: true,
  searchStatus: true,
} as const satisfies Record<Channel, true>

export const CHANNELS = Object.keys(CHANNEL_TABLE) as Channel[]

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(CHANNEL_TABLE, name)
}

export const IPC_PREFIX = 'communique:'

/** What the preload exposes as `window.communique` and what the web bridge implements. */
export type RawBridge = { [C in Channel]: (args: ChannelArgs<C>) => Promise<Envelope<ChannelResult<C>>> }
