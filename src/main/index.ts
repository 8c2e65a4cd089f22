import { app, dialog, ipcMain, screen, session, shell, BrowserWindow } from 'electron'
import { join } from 'node:path'
import { CHANNELS, IPC_PREFIX } from '../shared/contract'
import { AppError } from '../shared/errors'
import { registerAppScheme, serveRendererOverAppScheme } from './app-protocol'
import { electronReports } from './report-window'
import { createAppServices, openStartFolder } from './services/app-services'
import { APP_NAME } from './services/data-dir'
import { createMainWindow, denyAllPermissions, guardWebContents, isOwnRendererFrame } from './window'
import { launchPaths } from './launch-arguments'
import { sendCommand, setApplicationMenu } from './menu'
import { planOpenPaths } from './services/open-paths'
import { placeWindow } from './services/window-state'
import { version } from '../../package.json'

app.setName(APP_NAME)
// COMMUNIQUE_DATA_DIR: tests run the app against a temporary folder, as they do the web host; the
// single-instance lock follows the data folder, so two such runs do not take each other for one.
if (process.env.COMMUNIQUE_DATA_DIR) app.setPath('userData', process.env.COMMUNIQUE_DATA_DIR)
// Before the app is ready: every renderer sandboxed, app:// privileged, every web contents guarded from birth.
app.enableSandbox()
registerAppScheme()
app.on('web-contents-created', (_event, contents) => guardWebContents(contents))
app.on('session-created', denyAllPermissions)

let mainWindow: BrowserWindow | null = null

/** A second launch hands its folder or files to the running window, which comes to the front. */
function onSecondInstance(argv: string[], workingDirectory: string): void {
  const window = mainWindow
  if (!window || window.isDestroyed()) return
  if (window.isMinimized()) window.restore()
  window.focus()
  const paths = launchPaths(argv, workingDirectory, app.isPackaged)
  if (paths.length) sendCommand(window, { type: 'open-paths', paths })
}

async function start(): Promise<void> {
  await app.whenReady()
  denyAllPermissions(session.defaultSession)
  serveRendererOverAppScheme(join(__dirname, '../renderer'))
  const services = await createAppServices(app.getPath('userData'), {
    capabilities: { runtime: 'electron', nativeFolderDialog: true, version },
    chooseFolder: async () => {
      const owner = BrowserWindow.getFocusedWindow()
      const options = { title: 'Open a folder of statements', properties: ['openDirectory' as const] }
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    reports: electronReports,
    openPath: async (path) => {
      const failure = await shell.openPath(path)
      if (failure) throw new AppError('IO_ERROR', failure)
    },
    showInFolder: async (path) => shell.showItemInFolder(path),
  })
  // Launched with a folder, it opens; with files, their folder opens and the window reads or compares them.
  const requested = launchPaths(process.argv, process.cwd(), app.isPackaged)
  const plan = requested.length ? await planOpenPaths(requested, null).catch(() => null) : null
  await openStartFolder(services, plan?.folder ?? null)
  app.on('will-quit', () => services.journal.close())
  const refreshMenu = (): void => setApplicationMenu({ mac: process.platform === 'darwin', appName: APP_NAME, recentFolders: services.appState.view().recentFolders })
  refreshMenu()

  for (const channel of CHANNELS) {
    ipcMain.handle(IPC_PREFIX + channel, (event, args: unknown) => {
      if (!isOwnRendererFrame(event.senderFrame)) {
        return { ok: false, error: { code: 'INVALID_INPUT', message: 'Request from an unknown page refused.' } }
      }
      const answer = services.dispatch(channel, args)
      // Open Recent follows the folders opened.
      if (channel === 'openFolder') void answer.then(refreshMenu)
      return answer
    })
  }

  const openWindow = (): void => {
    const placement = placeWindow(services.appState.savedWindow(), screen.getAllDisplays().map((display) => display.workArea))
    const window = createMainWindow(placement)
    mainWindow = window
    // Closing waits for where the window was to be written: the app may quit right after.
    window.once('close', (event) => {
      event.preventDefault()
      void services.appState
        .saveWindow({ bounds: window.getNormalBounds(), maximized: window.isMaximized() })
        .catch(() => undefined)
        .finally(() => window.destroy())
    })
    if (plan?.documents.length) window.webContents.once('did-finish-load', () => sendCommand(window, { type: 'open-paths', paths: requested }))
  }
  openWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow()
  })
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

if (!app.requestSingleInstanceLock()) app.quit()
else {
  app.on('second-instance', (_event, argv, workingDirectory) => onSecondInstance(argv, workingDirectory))
  start().catch(failedToStart)
}

function failedToStart(error: unknown): void {
  console.error(error)
  dialog.showErrorBox('Communique could not start', error instanceof Error ? error.message : String(error))
  app.quit()
}
