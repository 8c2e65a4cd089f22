import { readdir, rename, rm, stat, symlink, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeHostileFolder } from './fixtures/hostile-files'
import { builtDocx, handMadePdf } from './fixtures/make-files'
import { LibraryService } from './library-service'
import { SummaryCache } from './summary-cache'
import { useTestFolders } from './test-folder'
import { useReaderPools } from './test-readers'

const folderWith = useTestFolders()
const readers = useReaderPools()

/** Every file below a folder with its size and time: to prove nothing was written there. */
async function snapshot(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true })
  const described = await Promise.all(entries.map(async (entry) => {
    const info = await stat(join(root, entry)).catch(() => null)
    return `${entry}:${info?.size ?? 'link'}:${info?.mtimeMs ?? ''}`
  }))
  return described.sort()
}

async function until(condition: () => boolean, timeoutMs = 8000): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting for the folder to change')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe('a folder of bad input', () => {
  it('gives each bad file its own clear problem, opens the rest, and writes nothing into the folder', async () => {
    const root = await folderWith({
      'good.txt': 'Joint Statement\n\n1. The Parties agree.',
      'empty.txt': '',
      'binary.txt': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00]),
      'damaged.pdf': '%PDF-1.7\n1 0 obj <<',
      'protected.pdf': handMadePdf(['Secret'], true),
      'corrupt.docx': 'PK\u0003\u0004 this is not a zip',
      'notes.docx': await builtDocx('Notes', ['A paragraph.'], []),
    })
    await truncate(join(root, 'huge.txt'), 500 * 1024 * 1024).catch(async () => {
      await writeFile(join(root, 'huge.txt'), '')
      await truncate(join(root, 'huge.txt'), 500 * 1024 * 1024)
    })
    await symlink(join(root, 'loop-b.txt'), join(root, 'loop-a.txt'))
    await symlink(join(root, 'loop-a.txt'), join(root, 'loop-b.txt'))
    const before = await snapshot(root)

    const library = new LibraryService(readers())
    await library.open(root)
    await library.whenRead()
    const byPath = new Map(library.current()!.documents.map((document) => [document.path, document]))
    const problem = (path: string) => byPath.get(path)?.problem
    expect(byPath.get('good.txt')).toMatchObject({ status: 'ok', title: 'Joint Statement' })
    expect(byPath.get('notes.docx')).toMatchObject({ status: 'ok', title: 'Notes' })
    expect(problem('empty.txt')).toEqual({ code: 'INVALID_INPUT', message: 'empty.txt is empty.' })
    expect(problem('binary.txt')).toMatchObject({ code: 'UNSUPPORTED_FORMAT', message: 'binary.txt looks like a binary file, not text.' })
    expect(problem('huge.txt')).toMatchObject({ code: 'TOO_LARGE', message: 'huge.txt is 500 MB; the limit is 50 MB.' })
    expect(problem('damaged.pdf')).toMatchObject({ code: 'MALFORMED' })
    expect(problem('protected.pdf')).toMatchObject({ code: 'ENCRYPTED', message: expect.stringContaining('protected by a password') as unknown })
    expect(problem('corrupt.docx')).toMatchObject({ code: 'MALFORMED', message: expect.stringContaining('not a readable Word document') as unknown })
    expect(problem('loop-a.txt')).toMatchObject({ code: 'IO_ERROR', message: 'loop-a.txt is a link that points back to itself.' })
    expect(await snapshot(root)).toEqual(before)
    await library.dispose()
  })

  it('says a file is gone when it was deleted after the folder was listed', async () => {
    const root = await folderWith({ 'a.txt': 'A\n\nText.', 'b.txt': 'B\n\nText.' })
    const library = new LibraryService(readers())
    await library.open(root)
    await library.whenRead()
    await rm(join(root, 'b.txt'))
    await expect(library.read('b.txt')).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'b.txt does not exist (it may have been moved or deleted).' })
    expect((await library.read('a.txt')).summary.title).toBe('A')
  })
})

describe('the summary cache', () => {
  it('lists a folder opened before from the cache at once, then reads only what changed', async () => {
    const root = await folderWith(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`s${i}.txt`, `Statement ${i}\n\n1. Point.`])))
    const cacheDir = await folderWith()
    const first = readers()
    const firstLibrary = new LibraryService(first, { cache: new SummaryCache(cacheDir) })
    await firstLibrary.open(root)
    await firstLibrary.whenRead()
    expect(first.requested).toBe(20)

    await writeFile(join(root, 's3.txt'), 'Statement three, revised\n\n1. Point.')
    const second = readers()
    const library = new LibraryService(second, { cache: new SummaryCache(cacheDir) })
    const listing = await library.open(root)
    // Listed as last read, before anything on disk is looked at; checked against the disk in the background.
    expect(listing.documents.filter((document) => document.status === 'ok')).toHaveLength(20)
    expect(listing.documents.find((document) => document.path === 's3.txt')?.title).toBe('Statement 3')
    await library.whenRead()
    expect(second.requested).toBe(1)
    expect(library.current()!.documents.find((document) => document.path === 's3.txt')?.title).toBe('Statement three, revised')
    expect(library.current()!.reading).toBeNull()
  })

  it('answers the first rows of a cached folder before taking the rest, which belong to the same version', async () => {
    const names = Array.from({ length: 35 }, (_, i) => `s${String(i).padStart(2, '0')}.txt`)
    const root = await folderWith(Object.fromEntries(names.map((name) => [name, `Statement ${name}\n\n1. Point.`])))
    const cacheDir = await folderWith()
    const firstLibrary = new LibraryService(readers(), { cache: new SummaryCache(cacheDir, 10) })
    await firstLibrary.open(root)
    await firstLibrary.whenRead()

    const library = new LibraryService(readers(), { cache: new SummaryCache(cacheDir, 10) })
    const head = await library.open(root, 12)
    expect(head.documents.map((document) => document.path)).toEqual(names.slice(0, 12))
    expect(head.total).toBe(35)
    // The rest of the cache comes as part of the version the window was answered, not as changes after it.
    expect(library.status(head.version)).toMatchObject({ version: head.version, changed: [], removed: [] })
    expect(library.page(names[11]!, 5)).toMatchObject({ documents: names.slice(12, 17).map((path) => ({ path })), next: names[16] })
    expect(library.page(names[11]!, 100).documents.map((document) => document.path)).toEqual(names.slice(12))
    await library.whenRead()
    expect(library.current()!.documents.map((document) => document.title)).toEqual(names.map((name) => `Statement ${name}`))
  })
})

describe('watching the folder', () => {
  it('follows files added, changed and removed, with a notice for each', async () => {
    const root = await folderWith({ 'a.txt': 'First title\n\nText.' })
    const library = new LibraryService(readers(), { watch: true })
    await library.open(root)
    await library.whenRead()
    const titleOf = (path: string) => library.current()!.documents.find((document) => document.path === path)?.title
    const opened = library.current()!.version

    await writeFile(join(root, 'b.txt'), 'Added statement\n\nText.')
    await until(() => titleOf('b.txt') === 'Added statement')
    await writeFile(join(root, 'a.txt'), 'Second title\n\nText, changed.')
    await until(() => titleOf('a.txt') === 'Second title')
    await rm(join(root, 'b.txt'))
    await until(() => titleOf('b.txt') === undefined)
    const status = library.status(opened)
    expect(status.notices).toEqual(['b.txt was added to the folder.', 'a.txt changed on disk.', 'b.txt was removed from the folder.'])
    // What changed since the window's version of the listing: enough to bring it up to date.
    expect(status.changed.map((summary) => [summary.path, summary.title])).toEqual([['a.txt', 'Second title']])
    expect(status.removed).toEqual(['b.txt'])
    expect(library.status(status.version)).toMatchObject({ changed: [], removed: [], notices: [] })
    await library.dispose()
  }, 20_000)

  it('follows a subfolder moved away and back: its documents go and come with it', async () => {
    const root = await folderWith({ 'kept.txt': 'Kept\n\nText.', 'sub/a.txt': 'A\n\nText.', 'sub/deeper/b.txt': 'B\n\nText.' })
    const away = await folderWith()
    const library = new LibraryService(readers(), { watch: true })
    await library.open(root)
    await library.whenRead()
    const paths = () => library.current()!.documents.map((document) => document.path).sort()
    // Long enough for the watcher to have started on three files: the moves are its to see, not the check at its start.
    await new Promise((resolve) => setTimeout(resolve, 1000))

    await rename(join(root, 'sub'), join(away, 'sub'))
    await until(() => paths().length === 1)
    expect(paths()).toEqual(['kept.txt'])
    await rename(join(away, 'sub'), join(root, 'sub'))
    await until(() => paths().length === 3)
    expect(paths()).toEqual(['kept.txt', 'sub/a.txt', 'sub/deeper/b.txt'])
    await library.dispose()
  }, 20_000)
})

describe('a hostile folder', () => {
  it('refuses each hostile file with a clear code, reads the rest, stays responsive and writes nothing', async () => {
    const root = await folderWith()
    const expected = await writeHostileFolder(root)
    const before = await snapshot(root)
    const library = new LibraryService(readers())
    await library.open(root)
    await library.whenRead()
    const byPath = new Map(library.current()!.documents.map((document) => [document.path, document]))
    expect([...byPath.keys()].sort()).toEqual(Object.keys(expected).sort())
    const misread = Object.entries(expected).flatMap(([path, outcome]) => {
      const listed = byPath.get(path)!
      const fits =
        outcome.status === 'ok'
          ? listed.status === 'ok' && (!outcome.warning || outcome.warning.test(listed.warning ?? ''))
          : listed.problem?.code === outcome.code && (!outcome.message || outcome.message.test(listed.problem.message))
      return fits ? [] : [{ path, expected: outcome, listed: { status: listed.status, warning: listed.warning, problem: listed.problem } }]
    })
    expect(misread).toEqual([])
    expect(await snapshot(root)).toEqual(before)
  }, 60_000)
})
