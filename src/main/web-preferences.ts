import type { WebPreferences } from 'electron'

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

/** Links that may leave the app, for the system browser: the web, nothing else (no file:, no custom schemes). */
export function isExternalWebLink(url: string): boolean {
  try {
    const protocol = new URL(url).protocol
    return protocol === 'https:' || protocol === 'http:'
  } catch {
    return false
  }
}

/**
 * Whether a page is the app's own renderer (same protocol, host and path): the only page whose
 * IPC requests are answered and to which the window may navigate.
 */
export function isSameRenderer(url: string, rendererUrl: string): boolean {
  try {
    const expected = new URL(rendererUrl)
    const given = new URL(url)
    return given.protocol === expected.protocol && given.host === expected.host && given.pathname === expected.pathname
  } catch {
    return false
  }
}
