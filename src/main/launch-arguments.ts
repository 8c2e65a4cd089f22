import { resolve } from 'node:path'

/**
 * The folder or files a launch names, as absolute paths: what follows the app's own arguments
 * (`communique <paths>` packaged, `electron . <paths>` in development), less the switches
 * Chromium and Electron add to a second instance's command line.
 */
export function launchPaths(argv: readonly string[], workingDirectory: string, packaged: boolean): string[] {
  return argv
    .slice(packaged ? 1 : 2)
    .filter((arg) => arg !== '' && !arg.startsWith('-'))
    .map((arg) => resolve(workingDirectory, arg))
}
