import { chmod, readdir, stat, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../shared/errors'
import { LibraryService } from './library-service'
import { useTestFolders } from './test-folder'
import { useReaderPools } from './test-readers'

const folderWith = useTestFolders()
const readers = useReaderPools()

const FILES = {
  'statement.txt': 'Joint Statement\n\n1. First.\n\n2. Second.',
  'nested/readout.md': '# Readout of 19 September 2023\n\nThe ministers met.',
  'nested/deeper/page.html': '<title>Page</title><p>Text.</p>',
  'report.pdf': '%PDF-1.4 damaged',
  'photo.jpg': 'jpeg bytes',
  'broken.txt': Buffer.from([0xff, 0x00, 0x01, 0x02]),
  '.hidden/secret.txt': 'hidden',
}

describe('LibraryService', () => {
  it('lists every file below the folder, readable or not, with the reason for each it cannot read', async () => {
    const root = await folderWith(FILES)
    const library = new LibraryService(readers())
    await library.open(root)
    await library.whenRead()
    const listing = library.current()!
    const byPath = new Map(listing.documents.map((document) => [document.path, document]))
    expect([...byPath.keys()].sort()).toEqual(['broken.txt', 'nested/deeper/page.html', 'nested/readout.md', 'photo.jpg', 'report.pdf', 'statement.txt'])
    expect(byPath.get('statement.txt')).toMatchObject({ status: 'ok', title: 'Joint Statement', paragraphCount: 2, format: 'text' })
    expect(byPath.get('nested/readout.md')).toMatchObject({ status: 'ok', title: 'Readout of 19 September 2023', date: '2023-09-19' })
    expect(byPath.get('report.pdf')).toMatchObject({ status: 'error', problem: { code: 'MALFORMED' } })
    expect(byPath.get('photo.jpg')?.problem?.message).toContain('.jpg')
    expect(byPath.get('broken.txt')).toMatchObject({ status: 'error', problem: { code: 'UNSUPPORTED_FORMAT' } })
  })

  it('reads a document by its path in the folder', async () => {
    const root = await folderWith(FILES)
    const library = new LibraryService(readers())
    await library.open(root)
    const content = await library.read('nested/readout.md')
    expect(content.summary.path).toBe('nested/readout.md')
    expect(content.paragraphs.map((p) => p.text)).toEqual(['The ministers met.'])
  })

  it('refuses paths that leave the folder, directly or through a link', async () => {
    const outside = await folderWith({ 'private.txt': 'Private\n\nNot yours.' })
    const root = await folderWith({ 'a.txt': 'A\n\nText.' })
    await symlink(join(outside, 'private.txt'), join(root, 'link.txt'))
    const library = new LibraryService(readers())
    const listing = await library.open(root)
    expect(listing.documents.find((d) => d.path === 'link.txt')).toMatchObject({ status: 'error', problem: { code: 'OUTSIDE_FOLDER' } })
    for (const path of ['../private.txt', join(outside, 'private.txt'), 'link.txt']) {
      const error = await library.read(path).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(AppError)
      expect((error as AppError).code).toBe('OUTSIDE_FOLDER')
    }
  })

  it('does not follow links to folders, so a link loop cannot hang it', async () => {
    const root = await folderWith({ 'a.txt': 'A\n\nText.' })
    await symlink(root, join(root, 'loop'))
    const listing = await new LibraryService(readers()).open(root)
    expect(listing.documents.find((d) => d.path === 'loop')).toMatchObject({ status: 'unsupported' })
  })

  it('says clearly when the folder does not exist or is a file', async () => {
    const root = await folderWith({ 'a.txt': 'A' })
    const library = new LibraryService(readers())
    await expect(library.open(join(root, 'missing'))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(library.open(join(root, 'a.txt'))).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(library.read('a.txt')).rejects.toMatchObject({ code: 'NO_FOLDER' })
  })

  it('lists an unreadable file with its reason and opens the rest', async () => {
    if (process.getuid?.() === 0) return // root reads every file; the permission case cannot happen
    const root = await folderWith({ 'a.txt': 'A\n\nText.', 'locked.txt': 'L\n\nText.' })
    await chmod(join(root, 'locked.txt'), 0o000)
    const listing = await new LibraryService(readers()).open(root)
    expect(listing.documents.find((d) => d.path === 'locked.txt')).toMatchObject({ status: 'error', problem: { code: 'IO_ERROR' } })
  })

  it('never writes into the folder', async () => {
    const root = await folderWith(FILES)
    const before = await snapshot(root)
    const library = new LibraryService(readers())
    await library.open(root)
    await library.read('statement.txt')
    expect(await snapshot(root)).toEqual(before)
  })
})

async function snapshot(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true })
  return Promise.all(entries.sort().map(async (entry) => `${entry}:${(await stat(join(root, entry))).mtimeMs}`))
}
