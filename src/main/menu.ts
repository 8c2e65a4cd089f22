import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron'
import { COMMAND_CHANNEL, type AppCommand } from '../shared/commands'
import { menuTemplate, type MenuContext, type MenuEntry } from './menu-template'

/** Sends a command to the window's renderer, which carries it out as it does the same key. */
export function sendCommand(window: BrowserWindow, command: AppCommand): void {
  if (!window.isDestroyed()) window.webContents.send(COMMAND_CHANNEL, command)
}

function toElectron(entry: MenuEntry): MenuItemConstructorOptions {
  if ('separator' in entry) return { type: 'separator' }
  if ('role' in entry) return { role: entry.role }
  if ('submenu' in entry) return { label: entry.label, enabled: entry.enabled ?? true, submenu: entry.submenu.map(toElectron) }
  return {
    label: entry.label,
    accelerator: entry.accelerator,
    // The renderer answers these keys itself (in the web host too): the menu shows them, not registers them.
    registerAccelerator: false,
    click: () => {
      const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
      if (window) sendCommand(window, entry.command)
    },
  }
}

export function setApplicationMenu(context: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(context).map(toElectron)))
}
