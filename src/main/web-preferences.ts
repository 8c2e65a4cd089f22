import type { WebPreferences } from 'electron'
import { rendererFilePath } from './services/renderer-files'

/**
 * The renderer's own origin: a privileged custom scheme serving out/renderer, instead of file://
 * (where every local file shares one origin with the page).
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'communique'
export const APP_RENDERER_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/**
 * The renderer is untrusted: isolated from the preload, sandboxed, without Node. Kept apart
 * from the window code (and free of Electron at run time) so a unit test can hold it to that.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  }
}

function parse(url: string): URL | null {
  return URL.canParse(url) ? new URL(url) : null
}

/**
 * Where the window loads the renderer from: the app:// origin, or electron-vite's dev server
 * (ELECTRON_RENDERER_URL) while developing, that is, only in an app that is not packaged and only
 * from this machine. A packaged app ignores the variable, so no environment can point it elsewhere.
 */
export function rendererUrl(isPackaged: boolean, devServerUrl: string | undefined): string {
  const dev = !isPackaged && devServerUrl ? parse(devServerUrl) : null
  const local = dev && (dev.protocol === 'http:' || dev.protocol === 'https:') && ['localhost', '127.0.0.1', '[::1]'].includes(dev.hostname)
  return local ? dev.href : APP_RENDERER_URL
}

/**
 * Whether a page is of the renderer's origin (scheme, host and port): the only origin whose
 * frames' IPC requests are answered and where the window may navigate. Compared by parts, as
 * Node gives no origin for custom schemes; URLs without a host (file:, data:, about:) never match.
 */
export function isSameOrigin(url: string, renderer: string): boolean {
  const given = parse(url)
  const expected = parse(renderer)
  if (!given || !expected || expected.host === '') return false
  return given.protocol === expected.protocol && given.host === expected.host
}

/** Links that may leave the app, for the system browser: the web, nothing else (no file:, no custom schemes). */
export function isExternalWebLink(url: string): boolean {
  const protocol = parse(url)?.protocol
  return protocol === 'https:' || protocol === 'http:'
}

/** The file of out/renderer that an app:// request names; null for another host or a path that is malformed or leaves the folder. */
export function appProtocolFile(requestUrl: string, rendererDir: string): string | null {
  const url = parse(requestUrl)
  if (!url || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  return rendererFilePath(rendererDir, url.pathname)
}
