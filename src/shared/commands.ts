/**
 * The app's commands: what the Electron menu sends the renderer, what keys and buttons do there.
 * The main process sends them on `COMMAND_CHANNEL`; the preload hands them to the renderer's
 * listener, the only way anything reaches the renderer unasked.
 */

export type PaneName = 'library' | 'changes' | 'citation'

export type AppCommand =
  | { type: 'open-folder' }
  | { type: 'open-recent'; path: string }
  /** Files or a folder given to a second launch, or dropped on the window: opened or compared. */
  | { type: 'open-paths'; paths: string[] }
  | { type: 'compare' }
  | { type: 'print' }
  | { type: 'export-pdf' }
  | { type: 'export-html' }
  | { type: 'toggle-pane'; pane: PaneName }
  | { type: 'next-change' }
  | { type: 'previous-change' }
  | { type: 'keyboard-help' }

export type CommandType = AppCommand['type']

export const COMMAND_CHANNEL = 'communique:command'

/** What the Electron preload adds beside the contract, as `window.communiqueDesktop`. */
export interface DesktopBridge {
  /** Calls `listener` with each command the main process sends (the menu, a second launch). */
  onCommand(listener: (command: AppCommand) => void): void
  /** Where a dropped file is on disk (Electron's webUtils); "" when it is not a file on disk. */
  pathForFile(file: object): string
}

/**
 * Keys, in Electron's accelerator syntax, shown by the menu, the tooltips and the keyboard help.
 * The renderer handles the keys itself (in the web host too); the menu only shows them.
 */
export const ACCELERATORS = {
  'open-folder': 'CmdOrCtrl+O',
  compare: 'CmdOrCtrl+Enter',
  print: 'CmdOrCtrl+P',
  'export-pdf': 'CmdOrCtrl+Shift+P',
  'toggle-library': 'CmdOrCtrl+Shift+1',
  'toggle-changes': 'CmdOrCtrl+Shift+2',
  'toggle-citation': 'CmdOrCtrl+Shift+3',
  'next-change': 'F8',
  'previous-change': 'Shift+F8',
  'keyboard-help': 'F1',
} as const

export type AcceleratorName = keyof typeof ACCELERATORS

/** An accelerator as a person reads it on this system: "Ctrl+Shift+1", "⌘⇧1". */
export function keyLabel(name: AcceleratorName, mac: boolean): string {
  const accelerator: string = ACCELERATORS[name]
  if (!mac) return accelerator.replace('CmdOrCtrl', 'Ctrl')
  return accelerator.replace('CmdOrCtrl+', '⌘').replace('Shift+', '⇧').replace('Enter', '↩')
}
