import { BrowserWindow, shell } from 'electron'
import { join } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '../shared/security'
import { isExternalWebLink, isSameRenderer, secureWebPreferences } from './web-preferences'

/** The one place that decides where the renderer comes from. */
export function rendererUrl(): string {
  const devServer = process.env.ELECTRON_RENDERER_URL
  return devServer ?? `file://${join(__dirname, '../renderer/index.html')}`
}

export function isOwnRenderer(url: string): boolean {
  return isSameRenderer(url, rendererUrl())
}

function openExternalIfWeb(url: string): void {
  if (isExternalWebLink(url)) void shell.openExternal(url)
}

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Communique',
    backgroundColor: '#f6f5f1',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  })
  window.webContents.session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
  window.webContents.setWindowOpenHandler(({ url }) => {
    openExternalIfWeb(url)
    return { action: 'deny' }
  })
  window.webContents.on('will-navigate', (event, url) => {
    if (isOwnRenderer(url)) return
    event.preventDefault()
    openExternalIfWeb(url)
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(rendererUrl())
  return window
}
