import { BrowserWindow, dialog, session, type Session } from 'electron'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { ReportPlatform } from './services/report-service'
import { USER_FILE_MODE, writeFileAtomic } from './services/atomic-write'
import { secureWebPreferences } from './web-preferences'

/** The report files being shown: the only things a report window may load. */
const reportFiles = new Set<string>()

function isReportFile(url: string): boolean {
  try {
    return reportFiles.has(fileURLToPath(url))
  } catch {
    return false
  }
}

let reportSession: Session | null = null

/**
 * The report windows' own session, in memory (no "persist:"): every request but a report's own
 * file is cancelled and every permission denied, so a report reaches nothing whatever it holds.
 */
function reportWindowSession(): Session {
  if (reportSession) return reportSession
  reportSession = session.fromPartition('communique-reports')
  reportSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isReportFile(details.url) }))
  reportSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  reportSession.setPermissionCheckHandler(() => false)
  return reportSession
}

/**
 * Loads report HTML in a hidden, sandboxed window without a preload or scripts: the report is
 * data, printed to PDF or sent to the system's print dialog from there. An aborted signal
 * closes the window, which stops what it was doing.
 */
async function withReportWindow<T>(html: string, signal: AbortSignal | null, use: (window: BrowserWindow) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'communique-report-'))
  const file = join(folder, 'report.html')
  await writeFile(file, html, 'utf8')
  reportFiles.add(file)
  const window = new BrowserWindow({ show: false, webPreferences: { ...secureWebPreferences(''), preload: undefined, javascript: false, session: reportWindowSession() } })
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  window.webContents.on('will-navigate', (event) => event.preventDefault())
  const stop = (): void => window.destroy()
  signal?.addEventListener('abort', stop, { once: true })
  try {
    signal?.throwIfAborted()
    await window.loadURL(pathToFileURL(file).href)
    return await use(window)
  } finally {
    signal?.removeEventListener('abort', stop)
    reportFiles.delete(file)
    if (!window.isDestroyed()) window.destroy()
    await rm(folder, { recursive: true, force: true })
  }
}

export const electronReports: ReportPlatform = {
  printPdf: (html, signal) => withReportWindow(html, signal, (window) => window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true })),
  async save(fileName, data) {
    const owner = BrowserWindow.getFocusedWindow()
    const extension = fileName.slice(fileName.lastIndexOf('.') + 1)
    const options = { defaultPath: fileName, filters: [{ name: extension === 'docx' ? 'Word document' : extension.toUpperCase(), extensions: [extension] }] }
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
    if (result.canceled || !result.filePath) return { savedTo: null, cancelled: true }
    await writeFileAtomic(result.filePath, data, USER_FILE_MODE)
    return { savedTo: result.filePath, cancelled: false }
  },
  print: (html) =>
    withReportWindow(
      html,
      null,
      (window) => new Promise<boolean>((resolve) => window.webContents.print({ printBackground: true }, () => resolve(true))),
    ),
}
