import type { Platform } from './app-services'

export interface RecordingPlatform extends Platform {
  /** Every path handed to the system's opener, and to the file manager, in order. */
  opened: string[]
  shown: string[]
}

/**
 * The web host's Platform with the system's opener and file manager replaced by a record of what
 * they were given: tests see what would have left the app without starting a program.
 */
export function recordingPlatform(): RecordingPlatform {
  const opened: string[] = []
  const shown: string[] = []
  return {
    capabilities: { runtime: 'web', nativeFolderDialog: false, version: 'test' },
    chooseFolder: async () => null,
    reports: { printPdf: async () => new Uint8Array(), save: async () => ({ savedTo: null, cancelled: false }), print: async () => false },
    openPath: async (path) => void opened.push(path),
    showInFolder: async (path) => void shown.push(path),
    opened,
    shown,
  }
}
