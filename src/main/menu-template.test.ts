import { describe, expect, it } from 'vitest'
import type { AppCommand } from '../shared/commands'
import { menuTemplate, type MenuEntry } from './menu-template'

function commands(entries: MenuEntry[]): { label: string; command: AppCommand; accelerator?: string }[] {
  return entries.flatMap((entry) => ('submenu' in entry ? commands(entry.submenu) : 'command' in entry ? [entry] : []))
}

describe('menuTemplate', () => {
  it("carries the app's commands with their keys", () => {
    const all = commands(menuTemplate({ mac: false, appName: 'Communique', recentFolders: [] }))
    const byType = new Map(all.map((entry) => [entry.command.type === 'toggle-pane' ? `pane-${entry.command.pane}` : entry.command.type, entry.accelerator]))
    expect(byType.get('open-folder')).toBe('CmdOrCtrl+O')
    expect(byType.get('print')).toBe('CmdOrCtrl+P')
    expect(byType.get('export-pdf')).toBe('CmdOrCtrl+Shift+P')
    expect(byType.has('export-html')).toBe(true)
    expect(byType.get('pane-library')).toBe('CmdOrCtrl+Shift+1')
    expect(byType.get('pane-changes')).toBe('CmdOrCtrl+Shift+2')
    expect(byType.get('pane-citation')).toBe('CmdOrCtrl+Shift+3')
    expect(byType.get('next-change')).toBe('F8')
    expect(byType.get('previous-change')).toBe('Shift+F8')
  })

  it('lists recent folders, each opening its folder, and greys the submenu out when there are none', () => {
    const menu = menuTemplate({ mac: false, appName: 'Communique', recentFolders: ['/a', '/b'] })
    expect(commands(menu).filter((entry) => entry.command.type === 'open-recent').map((entry) => entry.command)).toEqual([
      { type: 'open-recent', path: '/a' },
      { type: 'open-recent', path: '/b' },
    ])
    const empty = menuTemplate({ mac: false, appName: 'Communique', recentFolders: [] })
    const file = empty[0] as { submenu: MenuEntry[] }
    expect(file.submenu.find((entry) => 'label' in entry && entry.label === 'Open &Recent')).toMatchObject({ enabled: false })
  })

  it("has the application menu first on a Mac, and quits from File elsewhere", () => {
    expect(menuTemplate({ mac: true, appName: 'Communique', recentFolders: [] })[0]).toMatchObject({ label: 'Communique' })
    const file = menuTemplate({ mac: false, appName: 'Communique', recentFolders: [] })[0] as { label: string; submenu: MenuEntry[] }
    expect(file.label).toBe('&File')
    expect(file.submenu).toContainEqual({ role: 'quit' })
  })
})
