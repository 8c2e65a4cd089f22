import { homedir } from 'node:os'
import { join } from 'node:path'

export const APP_NAME = 'Communique'

/**
 * Where the app keeps its own state when Electron is not there to say: the same folder Electron's
 * `app.getPath('userData')` gives, so the desktop app and the web host share recent folders.
 * COMMUNIQUE_DATA_DIR overrides it (tests run against a temporary folder).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.COMMUNIQUE_DATA_DIR) return env.COMMUNIQUE_DATA_DIR
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME)
}
