import { ACCELERATORS, type AppCommand } from '../shared/commands'

/** Electron's own menu roles this menu uses: editing in text fields, zoom, the window, quitting. */
export type MenuRole =
  | 'about' | 'hide' | 'hideOthers' | 'unhide' | 'quit' | 'close' | 'minimize' | 'zoom' | 'front'
  | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll'
  | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen'

/** A menu as data: the Electron glue (menu.ts) turns commands into messages to the window. */
export type MenuEntry =
  | { label: string; command: AppCommand; accelerator?: string }
  | { role: MenuRole }
  | { separator: true }
  | { label: string; submenu: MenuEntry[]; enabled?: boolean }

export interface MenuContext {
  mac: boolean
  appName: string
  recentFolders: readonly string[]
}

const entry = (label: string, command: AppCommand, accelerator?: string): MenuEntry => (accelerator ? { label, command, accelerator } : { label, command })
const SEPARATOR: MenuEntry = { separator: true }

/** The application menu: every command of the app with the key the window answers to. */
export function menuTemplate({ mac, appName, recentFolders }: MenuContext): MenuEntry[] {
  const recent: MenuEntry[] = recentFolders.map((path) => entry(path, { type: 'open-recent', path }))
  const file: MenuEntry = {
    label: '&File',
    submenu: [
      entry('&Open Folder…', { type: 'open-folder' }, ACCELERATORS['open-folder']),
      { label: 'Open &Recent', submenu: recent, enabled: recent.length > 0 },
      SEPARATOR,
      entry('&Compare Ticked Documents', { type: 'compare' }, ACCELERATORS.compare),
      SEPARATOR,
      entry('&Print…', { type: 'print' }, ACCELERATORS.print),
      entry('&Export PDF…', { type: 'export-pdf' }, ACCELERATORS['export-pdf']),
      entry('Export &HTML…', { type: 'export-html' }),
      SEPARATOR,
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  }
  const edit: MenuEntry = {
    label: '&Edit',
    submenu: [{ role: 'undo' }, { role: 'redo' }, SEPARATOR, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
  }
  const view: MenuEntry = {
    label: '&View',
    submenu: [
      entry('&Library', { type: 'toggle-pane', pane: 'library' }, ACCELERATORS['toggle-library']),
      entry('&Change List', { type: 'toggle-pane', pane: 'changes' }, ACCELERATORS['toggle-changes']),
      entry('Cited &Document', { type: 'toggle-pane', pane: 'citation' }, ACCELERATORS['toggle-citation']),
      SEPARATOR,
      entry('&Next Change', { type: 'next-change' }, ACCELERATORS['next-change']),
      entry('&Previous Change', { type: 'previous-change' }, ACCELERATORS['previous-change']),
      SEPARATOR,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      SEPARATOR,
      { role: 'togglefullscreen' },
    ],
  }
  const windowMenu: MenuEntry = { label: '&Window', submenu: mac ? [{ role: 'minimize' }, { role: 'zoom' }, SEPARATOR, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }] }
  const help: MenuEntry = { label: '&Help', submenu: [entry('&Keys', { type: 'keyboard-help' }, ACCELERATORS['keyboard-help'])] }
  const appMenu: MenuEntry = {
    label: appName,
    submenu: [{ role: 'about' }, SEPARATOR, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, SEPARATOR, { role: 'quit' }],
  }
  return [...(mac ? [appMenu] : []), file, edit, view, windowMenu, help]
}
