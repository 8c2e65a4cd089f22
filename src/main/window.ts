import { app, BrowserWindow, shell, type Session, type WebContents, type WebFrameMain } from 'electron'
import { join } from 'node:path'
import { MIN_WINDOW_SIZE, type WindowBounds } from './services/window-state'
import { isExternalWebLink, isSameOrigin, rendererUrl, secureWebPreferences } from './web-preferences'

/** The one place that decides where the renderer comes from. */
export const RENDERER_URL = rendererUrl(app.isPackaged, process.env.ELECTRON_RENDERER_URL)

/** Whether an IPC request comes from our renderer: the top frame of a page of its origin. */
export function isOwnRendererFrame(frame: WebFrameMain | null): boolean {
  return frame !== null && frame.parent === null && isSameOrigin(frame.url, RENDERER_URL)
}

function openExternalIfWeb(url: string): void {
  if (isExternalWebLink(url)) void shell.openExternal(url)
}

/**
 * Every web contents the app makes (the window, report windows, anything later) stays on the
 * renderer's origin: navigations and redirects elsewhere are stopped in every frame, new windows
 * are refused, webviews are never attached. A web link the user follows opens in the system
 * browser instead.
 */
export function guardWebContents(contents: WebContents): void {
  const allowed = (url: string): boolean => isSameOrigin(url, RENDERER_URL)
  contents.on('will-frame-navigate', (event) => {
    if (allowed(event.url)) return
    event.preventDefault()
    if (event.isMainFrame) openExternalIfWeb(event.url)
  })
  // Also stopped here and on redirects, whichever event a navigation comes through first.
  contents.on('will-navigate', (event) => {
    if (!allowed(event.url)) event.preventDefault()
  })
  contents.on('will-redirect', (event) => {
    if (!allowed(event.url)) event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfWeb(url)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** The app asks for no permission (camera, notifications, clipboard, devices…): every request and check is refused. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}

/** The main window, where and as large as `placeWindow` says. */
export function createMainWindow(placement: { bounds: WindowBounds; maximized: boolean }): BrowserWindow {
  const window = new BrowserWindow({
    ...placement.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Communique',
    backgroundColor: '#f6f5f1',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  })
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize()
    window.show()
  })
  void window.loadURL(RENDERER_URL)
  return window
}
