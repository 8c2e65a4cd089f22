import { app, dialog, ipcMain, session, shell, BrowserWindow } from 'electron'
import { join, resolve } from 'node:path'
import { CHANNELS, IPC_PREFIX } from '../shared/contract'
import { AppError } from '../shared/errors'
import { registerAppScheme, serveRendererOverAppScheme } from './app-protocol'
import { electronReports } from './report-window'
import { createAppServices, openStartFolder } from './services/app-services'
import { APP_NAME } from './services/data-dir'
import { createMainWindow, denyAllPermissions, guardWebContents, isOwnRendererFrame } from './window'
import { version } from '../../package.json'

app.setName(APP_NAME)
// Before the app is ready: every renderer sandboxed, app:// privileged, every web contents guarded from birth.
app.enableSandbox()
registerAppScheme()
app.on('web-contents-created', (_event, contents) => guardWebContents(contents))
app.on('session-created', denyAllPermissions)

/** The folder to open comes after the app's own arguments: `electron . <folder>`. */
function requestedFolder(): string | null {
  const args = process.argv.slice(app.isPackaged ? 1 : 2).filter((arg) => !arg.startsWith('-'))
  return args[0] ? resolve(args[0]) : null
}

async function start(): Promise<void> {
  await app.whenReady()
  denyAllPermissions(session.defaultSession)
  serveRendererOverAppScheme(join(__dirname, '../renderer'))
  // COMMUNIQUE_DATA_DIR: tests run the app against a temporary folder, as they do the web host.
  const services = await createAppServices(process.env.COMMUNIQUE_DATA_DIR ?? app.getPath('userData'), {
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
  await openStartFolder(services, requestedFolder())
  app.on('will-quit', () => services.journal.close())

  for (const channel of CHANNELS) {
    ipcMain.handle(IPC_PREFIX + channel, (event, args: unknown) => {
      if (!isOwnRendererFrame(event.senderFrame)) {
        return { ok: false, error: { code: 'INVALID_INPUT', message: 'Request from an unknown page refused.' } }
      }
      return services.dispatch(channel, args)
    })
  }

  createMainWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow()
  })
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

start().catch((error: unknown) => {
  console.error(error)
  dialog.showErrorBox('Communique could not start', error instanceof Error ? error.message : String(error))
  app.quit()
})
