import { spawn, spawnSync, type SpawnOptions } from 'node:child_process'
import { chmod, chown, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError, type AppErrorData } from '../../shared/errors'
import { DEFAULT_SETTINGS } from '../../shared/settings'
import { AppStateService } from './app-state-service'
import { bundleForChild, run, type ChildBundle } from './fixtures/child-process'
import { useTestFolders } from './test-folder'

const folderWith = useTestFolders()
const dataDir = () => folderWith()

const temporaries = (names: string[]) => names.filter((name) => name.endsWith('.tmp'))

/**
 * Some conditions cannot be made by root in a plain folder: root reads a file of mode 000 and
 * writes in a folder of mode 555. As root, those tests run the service as `nobody`.
 */
const asRoot = process.getuid?.() === 0
const NOBODY = 65534
/** Read-only disks and full disks are real: a read-only bind mount, a small tmpfs, in a mount namespace of the child's own. */
const mountNamespaces = process.platform === 'linux' && spawnSync('unshare', ['-rm', 'true']).status === 0

interface ChildOutput {
  view: { recentFolders: string[]; notices: string[] }
  error: AppErrorData | null
  stateFile: string
  files: string[]
}

let child: ChildBundle
beforeAll(async () => {
  child = await bundleForChild({ 'state-child': resolve(__dirname, 'fixtures/state-child.ts'), 'search-worker': resolve(__dirname, 'search-worker.ts') })
})
afterAll(() => child.remove())

function parsed(result: { code: number | null; stdout: string; stderr: string }): ChildOutput {
  if (result.code !== 0) throw new Error(`child failed (${result.code}): ${result.stderr}`)
  return JSON.parse(result.stdout) as ChildOutput
}

/** The app's state used by another process, as an unprivileged user (see `asRoot`). */
async function runUnprivileged(step: string, dir: string): Promise<ChildOutput> {
  const options: SpawnOptions = asRoot ? { uid: NOBODY, gid: NOBODY } : {}
  return parsed(await run(process.execPath, [child.scripts['state-child']!, step, dir], options))
}

/** The app's state used by another process that sees `dir` on a disk made by `mountCommand`. */
async function runOnDisk(mountCommand: string, step: string, dir: string): Promise<ChildOutput> {
  const script = `${mountCommand} && exec "$0" "$2" "$3" "$1"`
  return parsed(await run('unshare', ['-rm', 'sh', '-c', script, process.execPath, dir, child.scripts['state-child']!, step]))
}
const READ_ONLY_BIND = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1"'
const SMALL_DISK = 'mount -t tmpfs -o size=64k tmpfs "$1"'

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
    const settings = { compareOptions: { ...DEFAULT_SETTINGS.compareOptions, ignoreCase: true }, reportLayout: 'inline' as const, panes: { library: false, changes: true } }
    await first.saveSettings(settings)
    await first.saveFolderView('/old', { sortKey: 'title', sortDescending: true, readingPath: 'a.txt' })
    const second = new AppStateService(dir)
    await second.load()
    expect(second.view()).toMatchObject({ settings, folderViews: { '/old': { sortKey: 'title', sortDescending: true, readingPath: 'a.txt' } } })
  })
})

describe('AppStateService: the window', () => {
  it('remembers where the window was left, and has none the first time', async () => {
    const dir = await dataDir()
    const first = new AppStateService(dir)
    await first.load()
    expect(first.savedWindow()).toBeNull()
    const window = { bounds: { x: -1200, y: 40, width: 1100, height: 760 }, maximized: true }
    await first.saveWindow(window)
    const second = new AppStateService(dir)
    await second.load()
    expect(second.savedWindow()).toEqual(window)
  })
})

describe('AppStateService: concurrent writes and crashes', () => {
  it('400 saves at once all succeed, one after the other, and the last one wins', async () => {
    const dir = await dataDir()
    const state = new AppStateService(dir)
    await state.load()
    const saves = Array.from({ length: 400 }, (_, i) => state.saveFolderView(`/folder-${i}`, { sortKey: 'date', sortDescending: i % 2 === 0, readingPath: null }))
    const results = await Promise.allSettled(saves)
    expect(results.filter((result) => result.status === 'rejected')).toEqual([])
    const onDisk = JSON.parse(await readFile(join(dir, 'state.json'), 'utf8')) as { folderViews: Record<string, unknown> }
    expect(Object.keys(onDisk.folderViews).at(-1)).toBe('/folder-399')
    expect(await readdir(dir)).toEqual(['state.json'])
  })

  it('a writer killed 20 times mid-write leaves a valid state, and its temporary files go at the next start', async () => {
    const dir = await dataDir()
    let orphansSeen = 0
    for (let kill = 0; kill < 20; kill++) {
      const writer = spawn(process.execPath, [child.scripts['state-child']!, 'write-loop', dir], { stdio: ['ignore', 'pipe', 'inherit'] })
      await new Promise<void>((started) => writer.stdout.once('data', () => started()))
      await new Promise((wait) => setTimeout(wait, 5 + Math.random() * 30))
      const exited = new Promise((done) => writer.once('exit', done))
      writer.kill('SIGKILL')
      await exited
      orphansSeen = Math.max(orphansSeen, temporaries(await readdir(dir)).length)
    }
    const state = new AppStateService(dir)
    await state.load()
    expect(temporaries(await readdir(dir))).toEqual([])
    expect(state.view().notices).toEqual([])
    expect(state.lastFolder()).toMatch(/^\/folder-\d+$/)
    // The loop writes all the time: most kills land mid-write. Were none left, this test proves nothing.
    expect(orphansSeen).toBeGreaterThan(0)
  })

  it('removes only temporary files of its own naming whose writer is gone', async () => {
    const dir = await dataDir()
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString()
    const orphan = `state.json.${gone}-0123456789ab.tmp`
    const live = `state.json.${process.pid}-0123456789ab.tmp`
    await Promise.all([orphan, live, 'notes.tmp', 'state.json.tmp'].map((name) => writeFile(join(dir, name), 'x')))
    await new AppStateService(dir).load()
    expect((await readdir(dir)).sort()).toEqual([live, 'notes.tmp', 'state.json.tmp'].sort())
  })
})

describe('AppStateService: state it cannot read or write', () => {
  it('an unreadable state file (a folder where state.json should be) is never written over: defaults, a notice, saves refused', async () => {
    const dir = await dataDir()
    await mkdir(join(dir, 'state.json'))
    await writeFile(join(dir, 'state.json', 'keep.txt'), 'mine')
    const state = new AppStateService(dir)
    await state.load()
    expect(state.view().recentFolders).toEqual([])
    const notice = state.view().notices[0]!
    expect(notice).toContain(join(dir, 'state.json'))
    expect(notice).toContain('will not save over that file')
    const refused = await state.rememberFolder('/a').catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(AppError)
    expect((refused as AppError).message).toBe(notice)
    // Within the run, the folder is still remembered.
    expect(state.view().recentFolders).toEqual(['/a'])
    expect(await readdir(dir)).toEqual(['state.json'])
    expect(await readdir(join(dir, 'state.json'))).toEqual(['keep.txt'])
  })

  it.skipIf(process.platform === 'win32')('an unreadable state file (mode 000) is never written over, though the folder is writable', async () => {
    const dir = await dataDir()
    const original = '{"version": 1, "recentFolders": ["/precious"]}'
    await writeFile(join(dir, 'state.json'), original, { mode: 0o000 })
    if (asRoot) await chown(dir, NOBODY, NOBODY)
    const output = await runUnprivileged('remember', dir)
    expect(output.view.recentFolders).toEqual(['/remembered'])
    expect(output.view.notices[0]).toContain(`could not read its state file ${join(dir, 'state.json')} (permission denied)`)
    expect(output.error?.code).toBe('PERMISSION_DENIED')
    await chmod(join(dir, 'state.json'), 0o600)
    expect(await readFile(join(dir, 'state.json'), 'utf8')).toBe(original)
    expect(await readdir(dir)).toEqual(['state.json'])
  })

  it.skipIf(process.platform === 'win32')('a data folder it may not write in (mode 555): the app runs, says so naming the folder, PERMISSION_DENIED', async () => {
    const dir = await dataDir()
    await writeFile(join(dir, 'state.json'), '{"version": 1, "recentFolders": ["/before"]}')
    await chmod(dir, 0o555)
    const output = await runUnprivileged('remember', dir)
    expect(output.view.recentFolders).toEqual(['/remembered', '/before'])
    expect(output.error).toEqual({ code: 'PERMISSION_DENIED', message: `state.json could not be saved: Communique may not write in ${dir}.` })
    expect(output.view.notices).toEqual([`${output.error!.message} Recent folders and settings are kept until Communique closes, not after.`])
    expect(output.files).toEqual(['state.json'])
    await chmod(dir, 0o755)
  })

  it.skipIf(!mountNamespaces)('a data folder on a read-only disk: READ_ONLY naming the folder, the state file untouched', async () => {
    const dir = await dataDir()
    const original = '{"version": 1, "recentFolders": ["/before"]}'
    await writeFile(join(dir, 'state.json'), original)
    const output = await runOnDisk(READ_ONLY_BIND, 'remember', dir)
    expect(output.error).toEqual({ code: 'READ_ONLY', message: `state.json could not be saved: ${dir} is on a read-only disk.` })
    expect(output.view.notices).toHaveLength(1)
    expect(output.view.notices[0]).toContain(output.error!.message)
    expect(output.view.recentFolders).toEqual(['/remembered', '/before'])
    expect(await readFile(join(dir, 'state.json'), 'utf8')).toBe(original)
    expect(await readdir(dir)).toEqual(['state.json'])
  })

  it.skipIf(!mountNamespaces)('a corrupt state file on a read-only disk does not stop the start: defaults, a notice, nothing written', async () => {
    const dir = await dataDir()
    await writeFile(join(dir, 'state.json'), '{"version": 1, "recentFol')
    const output = await runOnDisk(READ_ONLY_BIND, 'remember', dir)
    expect(output.view.notices[0]).toContain('is damaged and could not be set aside (the disk is read-only)')
    expect(output.view.recentFolders).toEqual(['/remembered'])
    expect(output.error?.code).toBe('READ_ONLY')
    expect(await readFile(join(dir, 'state.json'), 'utf8')).toBe('{"version": 1, "recentFol')
    expect(await readdir(dir)).toEqual(['state.json'])
  })

  it.skipIf(!mountNamespaces)('a full disk: NO_SPACE naming the folder, the last state saved stays whole, no temporary file left', async () => {
    const dir = await dataDir()
    const output = await runOnDisk(SMALL_DISK, 'fill-disk', dir)
    expect(output.error).toEqual({ code: 'NO_SPACE', message: `state.json could not be saved: the disk holding ${dir} is full.` })
    expect(output.view.notices).toEqual([`${output.error!.message} Recent folders and settings are kept until Communique closes, not after.`])
    expect((JSON.parse(output.stateFile) as { recentFolders: string[] }).recentFolders).toEqual(['/before'])
    expect(output.files).toEqual(['state.json'])
  })
})
