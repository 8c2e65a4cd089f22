import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../../shared/settings'
import { AppStateService } from './app-state-service'
import { useTestFolders } from './test-folder'

const folderWith = useTestFolders()
const dataDir = () => folderWith()

describe('AppStateService', () => {
  it('remembers recent folders across restarts, most recent first, without duplicates', async () => {
    const dir = await dataDir()
    const first = new AppStateService(dir)
    await first.load()
    await first.rememberFolder('/a')
    await first.rememberFolder('/b')
    await first.rememberFolder('/a')
    const second = new AppStateService(dir)
    await second.load()
    expect(second.view().recentFolders).toEqual(['/a', '/b'])
    expect(second.lastFolder()).toBe('/a')
    expect(await readdir(dir)).toEqual(['state.json'])
  })

  it('sets a corrupt state file aside, says so, and starts from defaults', async () => {
    const dir = await dataDir()
    await writeFile(join(dir, 'state.json'), '{"version": 1, "recentFolders": [')
    const state = new AppStateService(dir, () => new Date('2026-11-28T10:00:00Z'))
    await state.load()
    expect(state.view().recentFolders).toEqual([])
    expect(state.view().notices[0]).toContain('set aside')
    const files = await readdir(dir)
    expect(files).toEqual(['state.corrupt-2026-11-28T10-00-00-000Z.json'])
    expect(await readFile(join(dir, files[0]!), 'utf8')).toBe('{"version": 1, "recentFolders": [')
  })

  it('starts empty when there is no state yet', async () => {
    const state = new AppStateService(join(await dataDir(), 'not-yet'))
    await state.load()
    expect(state.view()).toEqual({ recentFolders: [], notices: [], settings: DEFAULT_SETTINGS, folderViews: {} })
  })

  it('keeps settings and how each folder was shown, and reads files written before they existed', async () => {
    const dir = await dataDir()
    await writeFile(join(dir, 'state.json'), '{"version": 1, "recentFolders": ["/old"]}')
    const first = new AppStateService(dir)
    await first.load()
    expect(first.view()).toMatchObject({ recentFolders: ['/old'], settings: DEFAULT_SETTINGS, folderViews: {} })
    const settings = { compareOptions: { ...DEFAULT_SETTINGS.compareOptions, ignoreCase: true }, reportLayout: 'inline' as const }
    await first.saveSettings(settings)
    await first.saveFolderView('/old', { sortKey: 'title', sortDescending: true, readingPath: 'a.txt' })
    const second = new AppStateService(dir)
    await second.load()
    expect(second.view()).toMatchObject({ settings, folderViews: { '/old': { sortKey: 'title', sortDescending: true, readingPath: 'a.txt' } } })
  })
})
