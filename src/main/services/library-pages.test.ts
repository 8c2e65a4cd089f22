import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_PAGE, type DocumentSummary } from '../../shared/documents'
import { withChanges } from '../../shared/listing-changes'
import { LibraryService } from './library-service'
import { SummaryCache } from './summary-cache'
import { useTestFolders } from './test-folder'
import { useReaderPools } from './test-readers'

const folderWith = useTestFolders()
const readers = useReaderPools()

/** Files the library lists without reading them (a format it does not read): a large folder at no reading cost. */
function unreadFiles(count: number, prefix = 'f'): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}${String(i).padStart(5, '0')}.dat`, `${i}`]))
}

/** Every page of the listing, as the window fetches them. */
function allPages(library: LibraryService, limit: number): { documents: DocumentSummary[]; pages: number } {
  const documents: DocumentSummary[] = []
  let after: string | null = null
  let pages = 0
  do {
    const page = library.page(after, limit)
    documents.push(...page.documents)
    after = page.next
    pages++
  } while (after !== null)
  return { documents, pages }
}

describe('the listing in pages', () => {
  it('hands out every document once, in path order, however the names compare in a language', async () => {
    // NFC and NFD spellings of one name are equal to a collator, and upper case sorts apart from lower in code units.
    const tricky = { 'caf\u00e9.dat': 'nfc', 'cafe\u0301.dat': 'nfd', 'Zebra.dat': 'z', 'apple.dat': 'a', 'sub/inner.dat': 'i' }
    const root = await folderWith({ ...unreadFiles(2_500), ...tricky })
    const library = new LibraryService(readers())
    await library.open(root)
    const head = library.head(200)!
    expect(head.documents).toHaveLength(200)
    expect(head.total).toBe(2_505)
    const { documents, pages } = allPages(library, 700)
    expect(pages).toBe(4)
    const paths = documents.map((document) => document.path)
    expect(new Set(paths).size).toBe(2_505)
    expect(paths).toEqual([...paths].sort())
    expect(paths.slice(0, 200)).toEqual(head.documents.map((document) => document.path))
    expect(library.page(null, 100_000).documents).toHaveLength(MAX_PAGE)
    expect(library.page(paths.at(-1)!, 10)).toMatchObject({ documents: [], next: null })
  })

  it('brings a window that fetched pages while the folder changed to the folder as it is, through the changes since its first page', async () => {
    const root = await folderWith({ ...unreadFiles(3_000), 'statement.txt': 'Statement\n\n1. Point.' })
    const library = new LibraryService(readers(), { watch: true })
    const opened = await library.open(root)
    await waitFor(() => library.status(0).reading === null)
    const first = library.page(null, 1_000)
    // While the window reads its pages: a file it has is removed, one before its place is added, one after it too.
    await rm(join(root, 'f00010.dat'))
    await writeFile(join(root, 'a-new.dat'), 'new')
    await writeFile(join(root, 'z-new.dat'), 'new')
    await waitFor(() => library.status(first.version).removed.length === 1 && library.status(first.version).changed.length === 2)
    let documents = [...first.documents]
    for (let after = first.next; after !== null; ) {
      const page = library.page(after, 1_000)
      documents.push(...page.documents)
      after = page.next
    }
    let version = opened.version
    for (let more = true; more; ) {
      const status = library.status(version)
      documents = withChanges(documents, status)
      version = status.version
      more = status.more
    }
    const onDisk = library.current()!.documents.map((document) => document.path)
    expect(documents.map((document) => document.path).sort()).toEqual(onDisk)
    expect(onDisk).toContain('a-new.dat')
    expect(onDisk).not.toContain('f00010.dat')
    await library.close()
  }, 60_000)
})

describe('the listing reopened from the cache', () => {
  it('is listed at once as cached, checked quietly against the disk, and its changes come in pages of whole versions', async () => {
    const root = await folderWith({ 'statement.txt': 'Statement\n\n1. Point.', 'gone.txt': 'Gone\n\n1. Point.' })
    const cacheDir = await folderWith()
    const first = new LibraryService(readers(), { cache: new SummaryCache(cacheDir) })
    await first.open(root)
    await first.whenRead()

    await rm(join(root, 'gone.txt'))
    await Promise.all(Object.entries(unreadFiles(4_500)).map(([name, text]) => writeFile(join(root, name), text)))
    const pool = readers()
    const library = new LibraryService(pool, { cache: new SummaryCache(cacheDir) })
    const listing = await library.open(root)
    expect(listing.documents.map((document) => document.path)).toEqual(['gone.txt', 'statement.txt'])
    expect(listing.documents.every((document) => document.status === 'ok')).toBe(true)
    await library.whenRead()
    expect(pool.requested).toBe(0)

    let documents = listing.documents
    let version = listing.version
    const answers: { changed: number; removed: number; more: boolean }[] = []
    for (let more = true; more; ) {
      const status = library.status(version)
      expect(status.notices).toEqual([])
      answers.push({ changed: status.changed.length, removed: status.removed.length, more: status.more })
      documents = withChanges(documents, status)
      expect(status.version).toBeGreaterThan(version)
      version = status.version
      more = status.more
    }
    expect(answers.every((answer) => answer.changed + answer.removed <= MAX_PAGE)).toBe(true)
    expect(answers.length).toBe(Math.ceil(4_501 / MAX_PAGE))
    expect(documents).toHaveLength(4_501)
    expect(documents.map((document) => document.path)).not.toContain('gone.txt')
  }, 60_000)
})

async function waitFor(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
