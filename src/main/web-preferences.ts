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
