import { BrowserWindow, dialog } from 'electron'
import { writeFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ReportPlatform } from './services/report-service'
import { writeFileAtomic } from './services/atomic-write'
import { secureWebPreferences } from './web-preferences'

/**
 * Loads report HTML in a hidden, sandboxed window without a preload or scripts: the report is
 * data, printed to PDF or sent to the system's print dialog from there.
 */
async function withReportWindow<T>(html: string, use: (window: BrowserWindow) => Promise<T>): Promise<T> {
  const file = join(tmpdir(), `communique-report-${process.pid}-${Date.now()}.html`)
  await writeFile(file, html, 'utf8')
  const window = new BrowserWindow({ show: false, webPreferences: { ...secureWebPreferences(''), preload: undefined, javascript: false } })
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  window.webContents.on('will-navigate', (event) => event.preventDefault())
  try {
    await window.loadFile(file)
    return await use(window)
  } finally {
    window.destroy()
    await rm(file, { force: true })
  }
}

export const electronReports: ReportPlatform = {
  printPdf: (html) => withReportWindow(html, (window) => window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true })),
  async save(fileName, data) {
    const owner = BrowserWindow.getFocusedWindow()
    const extension = fileName.endsWith('.pdf') ? 'pdf' : 'html'
    const options = { defaultPath: fileName, filters: [{ name: extension.toUpperCase(), extensions: [extension] }] }
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
    if (result.canceled || !result.filePath) return { savedTo: null, cancelled: true }
    await writeFileAtomic(result.filePath, data)
    return { savedTo: result.filePath, cancelled: false }
  },
  print: (html) =>
    withReportWindow(
      html,
      (window) => new Promise<boolean>((resolve) => window.webContents.print({ printBackground: true }, () => resolve(true))),
    ),
}
