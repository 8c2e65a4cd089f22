import { dirname, join } from 'node:path'
import type { Capabilities } from '../../shared/documents'
import { AppError } from '../../shared/errors'
import { AppStateService } from './app-state-service'
import { removeOrphanTemporaries } from './atomic-write'
import { createDispatcher, type Dispatch, type Handlers } from './dispatcher'
import { LibraryService } from './library-service'
import { openableOriginal } from './original-file'
import { planOpenPaths } from './open-paths'
import { BUILT_READER_WORKER, ReaderPool } from './reader-pool'
import { ReadingJournal } from './reading-journal'
import { ReferenceService, referenceWorkerBeside } from './reference-service'
import { folderCacheDir, SummaryCache } from './summary-cache'
import { SearchService } from './search-service'
import { ReportService, type ReportPlatform } from './report-service'

/** What differs between Electron and the web host. */
export interface Platform {
  capabilities: Capabilities
  chooseFolder(): Promise<string | null>
  reports: ReportPlatform
  /** Opens a file with the system's application for it. */
  openPath(absolutePath: string): Promise<void>
  /** Shows a file in the system's file manager. */
  showInFolder(absolutePath: string): Promise<void>
}

export interface AppServices {
  library: LibraryService
  search: SearchService
  appState: AppStateService
  journal: ReadingJournal
  dispatch: Dispatch
}

/** The documents the window is answered with when it opens a folder: enough to fill the list at once. */
const FIRST_PAGE = 200

/**
 * Builds the services and the contract's handlers over them. Electron's main and the web host
 * both start here, so the two serve the same behaviour.
 */
export async function createAppServices(dataDir: string, platform: Platform, readerWorker: string = BUILT_READER_WORKER): Promise<AppServices> {
  const appState = new AppStateService(dataDir)
  await appState.load()
  const journal = new ReadingJournal(dataDir)
  await journal.load()
  const cacheDir = folderCacheDir(dataDir)
  await removeOrphanTemporaries(cacheDir)
  const pool = new ReaderPool(readerWorker)
  const library = new LibraryService(pool, { cache: new SummaryCache(cacheDir), watch: true, journal })
  // The search and references threads' scripts are built beside the reading thread's.
  const search = new SearchService(library, pool, join(dataDir, 'search-index'), join(dirname(readerWorker), 'search-worker.js'))
  search.follow()
  const references = new ReferenceService(library, referenceWorkerBeside(readerWorker), (root) => appState.referenceNotes(root))
  const reports = new ReportService(library, references, platform.reports)

  const openRoot = (): string => {
    const root = library.current()?.root
    if (!root) throw new AppError('NO_FOLDER', 'No folder is open.')
    return root
  }

  const openFolder = async (path: string) => {
    const { root } = await library.open(path, FIRST_PAGE)
    try {
      await appState.rememberFolder(root)
    } catch (error) {
      // The folder is open; that it could not be remembered is a notice of the app's state.
      if (!(error instanceof AppError)) throw error
    }
    return library.head(FIRST_PAGE)!
  }

  const handlers: Handlers = {
    getCapabilities: async () => platform.capabilities,
    getAppState: async () => {
      const view = appState.view()
      return { ...view, notices: [...journal.notices(), ...view.notices] }
    },
    chooseFolder: () => platform.chooseFolder(),
    openFolder: ({ path }) => openFolder(path),
    currentFolder: async () => library.head(FIRST_PAGE),
    folderPage: async ({ after, limit }) => library.page(after, limit),
    readDocument: ({ path }) => library.read(path),
    saveSettings: async ({ settings }) => {
      await appState.saveSettings(settings)
      return null
    },
    saveFolderView: async ({ root, view }) => {
      await appState.saveFolderView(root, view)
      return null
    },
    folderStatus: async ({ since }) => library.status(since),
    openOriginal: async ({ path }) => {
      await platform.openPath(await openableOriginal(library, path))
      return null
    },
    showInFolder: async ({ path }) => {
      await platform.showInFolder(await openableOriginal(library, path))
      return null
    },
    folderReferences: () => references.folderReferences(),
    saveDocumentNames: async ({ path, names }) => {
      await appState.saveDocumentNames(openRoot(), path, names)
      return null
    },
    chooseReferenceTarget: async ({ key, document, forget }) => {
      await appState.chooseReferenceTarget(openRoot(), key, forget ? undefined : document)
      return null
    },
    startReport: async (args) => reports.start(args),
    reportStatus: async ({ id }) => reports.status(id),
    cancelReport: async ({ id }) => {
      reports.cancel(id)
      return null
    },
    resolvePaths: ({ paths }) => planOpenPaths(paths, library.current()?.root ?? null),
    searchFolder: (request) => search.search(request),
    searchStatus: async () => search.status(),
  }
  return { library, search, appState, journal, dispatch: createDispatcher(handlers) }
}

/**
 * Opens the folder named on the command line, else the last one used. A folder that no longer
 * opens is not an error at start-up: the app starts with no folder. Nor is a folder whose
 * reading the app died in last time opened again by itself, even when named on the command line
 * (`npm start` always names one): the user is told (journal notice) and opens it when ready.
 */
export async function openStartFolder(services: AppServices, requested: string | null): Promise<void> {
  const folder = requested ?? services.appState.lastFolder()
  if (!folder) return
  if (await services.journal.wasInterrupted(folder)) {
    console.warn(`Communique: ${folder} was not opened: the app stopped while reading it last time.`)
    return
  }
  const result = await services.dispatch('openFolder', { path: folder })
  if (!result.ok) console.warn(`Communique: could not open ${folder}: ${result.error.message}`)
}
