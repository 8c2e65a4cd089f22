import { join } from 'node:path'
import type { Capabilities } from '../../shared/documents'
import { AppStateService } from './app-state-service'
import { createDispatcher, type Dispatch, type Handlers } from './dispatcher'
import { LibraryService } from './library-service'
import { openableOriginal } from './original-file'
import { ReaderPool } from './reader-pool'
import { ReferenceService } from './reference-service'
import { SummaryCache } from './summary-cache'
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
  appState: AppStateService
  dispatch: Dispatch
}

/**
 * Builds the services and the contract's handlers over them. Electron's main and the web host
 * both start here, so the two serve the same behaviour.
 */
export async function createAppServices(dataDir: string, platform: Platform): Promise<AppServices> {
  const library = new LibraryService(new ReaderPool(), { cache: new SummaryCache(join(dataDir, 'folder-cache')), watch: true })
  const references = new ReferenceService(library)
  const reports = new ReportService(library, references, platform.reports)
  const appState = new AppStateService(dataDir)
  await appState.load()

  const openFolder = async (path: string) => {
    const listing = await library.open(path)
    await appState.rememberFolder(listing.root)
    return listing
  }

  const handlers: Handlers = {
    getCapabilities: async () => platform.capabilities,
    getAppState: async () => appState.view(),
    chooseFolder: () => platform.chooseFolder(),
    openFolder: ({ path }) => openFolder(path),
    currentFolder: async () => library.current(),
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
    startReport: async (args) => reports.start(args),
    reportStatus: async ({ id }) => reports.status(id),
    cancelReport: async ({ id }) => {
      reports.cancel(id)
      return null
    },
  }
  return { library, appState, dispatch: createDispatcher(handlers) }
}

/**
 * Opens the folder named on the command line, else the last one used. A folder that no longer
 * opens is not an error at start-up: the app starts with no folder.
 */
export async function openStartFolder(services: AppServices, requested: string | null): Promise<void> {
  const folder = requested ?? services.appState.lastFolder()
  if (!folder) return
  const result = await services.dispatch('openFolder', { path: folder })
  if (!result.ok) console.warn(`Communique: could not open ${folder}: ${result.error.message}`)
}
