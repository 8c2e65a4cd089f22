import { spawn } from 'node:child_process'
import { readFile, realpath, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppStateView } from '../../shared/documents'
import type { Envelope } from '../../shared/errors'
import { createAppServices, openStartFolder } from './app-services'
import { bundleForChild, type ChildBundle } from './fixtures/child-process'
import { TEST_PLATFORM } from './fixtures/test-platform'
import { LibraryService } from './library-service'
import { ReadingJournal } from './reading-journal'
import { useTestFolders } from './test-folder'
import { useReaderPools, BUILT_WORKER_FOR_TESTS } from './test-readers'

const folderWith = useTestFolders()
const readers = useReaderPools()

interface JournalFile {
  reading: Record<string, string[]>
  stopped: { root: string; path: string }[]
}

async function journalIn(dataDir: string): Promise<JournalFile | null> {
  try {
    return JSON.parse(await readFile(join(dataDir, 'reading-journal.json'), 'utf8')) as JournalFile
  } catch {
    return null
  }
}

/** A plain-text statement of about `bytes` bytes: long enough to take a reading thread a second or more. */
function longStatement(bytes: number): string {
  let text = 'Joint Statement of the Ministers\n\n'
  for (let i = 1; text.length < bytes; i++) text += `${i}. The parties agreed to continue consultations number ${i * 7} on the matters raised.\n\n`
  return text
}

let child: ChildBundle
beforeAll(async () => {
  child = await bundleForChild({
    'state-child': resolve(__dirname, 'fixtures/state-child.ts'),
    'reader-worker': resolve(__dirname, 'reader-worker.ts'),
    'search-worker': resolve(__dirname, 'search-worker.ts'),
    'reference-worker': resolve(__dirname, 'reference-worker.ts'),
  })
})
afterAll(() => child.remove())

describe('ReadingJournal', () => {
  it('a process killed while reading a folder: the next start does not reopen it, names folder and file, and skips that file when it is opened again', async () => {
    const folder = await realpath(await folderWith({ 'a.txt': 'Short statement\n\nOne paragraph.', 'report.txt': longStatement(20e6) }))
    const dataDir = await folderWith()
    // The app's own wiring and reading threads, in a process of its own.
    const app = spawn(process.execPath, [child.scripts['state-child']!, 'open-folder', dataDir, folder], { stdio: ['ignore', 'pipe', 'inherit'] })
    const exited = new Promise((done) => app.once('exit', done))
    const deadline = Date.now() + 20_000
    let journal = await journalIn(dataDir)
    while (journal?.reading[folder]?.join() !== 'report.txt' && Date.now() < deadline) {
      await new Promise((wait) => setTimeout(wait, 10))
      journal = await journalIn(dataDir)
    }
    app.kill('SIGKILL')
    await exited
    expect(journal?.reading).toEqual({ [folder]: ['report.txt'] })

    const services = await createAppServices(dataDir, TEST_PLATFORM, BUILT_WORKER_FOR_TESTS)
    try {
      expect(services.appState.lastFolder()).toBe(folder)
      await openStartFolder(services, null)
      expect(services.library.current()).toBeNull()
      // Named on the command line (`npm start` always names one): not reopened either.
      await openStartFolder(services, folder)
      expect(services.library.current()).toBeNull()
      const state = (await services.dispatch('getAppState', {})) as Envelope<AppStateView>
      expect(state.ok && state.value.notices).toEqual([
        `Communique stopped while reading report.txt in ${folder}, so that folder was not opened at start. Open it again: that file is listed as not read until changed; the others are read as usual.`,
      ])

      // The user opens it again: the file it stopped on is listed, not read; the others are read.
      const opened = await services.dispatch('openFolder', { path: folder })
      expect(opened.ok).toBe(true)
      await services.library.whenRead()
      const listed = services.library.current()!.documents
      expect(listed.find((document) => document.path === 'a.txt')?.status).toBe('ok')
      expect(listed.find((document) => document.path === 'report.txt')?.problem).toMatchObject({ code: 'TOO_COMPLEX', message: expect.stringContaining('stopped while reading this file') as unknown })
      expect((await journalIn(dataDir))?.reading).toEqual({})
    } finally {
      await services.library.dispose()
    }
  }, 60_000)

  it('a file it stopped on is read again once it changed', async () => {
    const root = await realpath(await folderWith({ 'a.txt': 'First\n\nOne.', 'big.txt': 'Second\n\nTwo.' }))
    const dataDir = await folderWith({ 'reading-journal.json': JSON.stringify({ version: 1, reading: { [root]: ['big.txt'] }, stopped: [] }) })
    const journal = new ReadingJournal(dataDir)
    await journal.load()
    expect(journal.interruptions()).toEqual([{ root, paths: ['big.txt'] }])
    const library = new LibraryService(readers(), { journal })
    expect((await library.open(root)).documents.map((document) => document.status)).toEqual(['pending', 'error'])
    await library.whenRead()

    await writeFile(join(root, 'big.txt'), 'Second, revised\n\nTwo and a half.')
    const again = new LibraryService(readers(), { journal })
    await again.open(root)
    await again.whenRead()
    expect(again.current()!.documents.map((document) => document.status)).toEqual(['ok', 'ok'])
    expect((await journalIn(dataDir))?.stopped).toEqual([])
  })

  it('records a folder at once, then at most every quarter second, and forgets it when done', async () => {
    const dataDir = await folderWith()
    const journal = new ReadingJournal(dataDir)
    journal.reading('/folder', ['a.txt'])
    expect((await journalIn(dataDir))?.reading).toEqual({ '/folder': ['a.txt'] })
    for (let i = 0; i < 1000; i++) journal.reading('/folder', [`file-${i}.txt`])
    expect((await journalIn(dataDir))?.reading).toEqual({ '/folder': ['a.txt'] })
    await new Promise((wait) => setTimeout(wait, 300))
    expect((await journalIn(dataDir))?.reading).toEqual({ '/folder': ['file-999.txt'] })
    journal.finished('/folder')
    expect((await journalIn(dataDir))?.reading).toEqual({})
  })

  it('a quit on purpose in the middle of a reading is not a crash', async () => {
    const dataDir = await folderWith()
    const journal = new ReadingJournal(dataDir)
    journal.reading('/folder', ['a.txt'])
    journal.close()
    journal.reading('/folder', ['b.txt'])
    const next = new ReadingJournal(dataDir)
    await next.load()
    expect(next.interruptions()).toEqual([])
    expect(await next.wasInterrupted('/folder')).toBe(false)
  })
})
