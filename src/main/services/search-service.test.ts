import { readdir, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { LibraryService } from './library-service'
import { SearchService } from './search-service'
import { useTestFolders } from './test-folder'
import { useReaderPools } from './test-readers'

const folderWith = useTestFolders()
const readers = useReaderPools()
const SEARCH_WORKER = resolve('out/main/search-worker.js')

const opened: { library: LibraryService; search: SearchService }[] = []
afterEach(async () => {
  for (const { library, search } of opened.splice(0)) {
    await search.close()
    await library.close()
  }
})

async function openSearch(root: string, dataDir: string | null, watch = false) {
  const pool = readers()
  const library = new LibraryService(pool, { watch })
  const search = new SearchService(library, pool, dataDir, SEARCH_WORKER)
  opened.push({ library, search })
  // The reads the library makes itself, counted from here on.
  const byLibrary = { reads: 0 }
  library.onRead(() => byLibrary.reads++)
  await library.open(root)
  await library.whenRead()
  await search.sync()
  return { library, search, pool, byLibrary }
}

async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > end) throw new Error('timed out waiting for the index to follow the folder')
    await new Promise((done) => setTimeout(done, 100))
  }
}

const paths = async (search: SearchService, query: string) => (await search.searchParagraphs({ query })).map((hit) => `${hit.path}#${hit.index}`).sort()

const STATEMENT = 'Joint Statement\n\n1. A complete ceasefire is declared.\n\n2. The parties exchange prisoners of war.'
const ZAYAVLENIE = 'Заявление\n\n1. Объявляется полное прекращение огня.\n\n2. Стороны обмениваются военнопленными согласно настоящему заявлению.'

describe('the search service', () => {
  it('indexes the folder in its thread and answers grouped by document, with the hits and filters', async () => {
    const root = await folderWith({ 'en/statement.txt': STATEMENT, 'ru/zayavlenie.txt': ZAYAVLENIE, 'notes.bin': 'x' })
    const { search, pool } = await openSearch(root, null)
    expect(search.status()).toBeNull()
    // Each file read once, by the library: the index took the documents from that read.
    expect(pool.requested).toBe(2)
    expect(await paths(search, 'заявлением')).toEqual(['ru/zayavlenie.txt#1'])
    const result = await search.search({ query: '"прекращение огня"' })
    expect(result.documents).toMatchObject([{ path: 'ru/zayavlenie.txt', language: 'ru', paragraphs: [{ index: 0, number: '1' }] }])
    const [paragraph] = result.documents[0]!.paragraphs
    expect(paragraph!.snippet.hits.map(([from, to]) => paragraph!.snippet.text.slice(from, to))).toEqual(['прекращение огня'])
    expect((await search.search({ query: 'ceasefire', languages: ['ru'] })).documents).toEqual([])
  })

  it('keeps the index in the data folder and opens it again without reading the documents', async () => {
    const root = await folderWith({ 'statement.txt': STATEMENT })
    const dataDir = await folderWith()
    const first = await openSearch(root, dataDir)
    expect(await paths(first.search, 'ceasefire')).toEqual(['statement.txt#0'])
    expect(await readdir(join(dataDir))).toHaveLength(1)
    await first.search.close()

    const pool = readers()
    const library = new LibraryService(pool)
    const again = new SearchService(library, pool, dataDir, SEARCH_WORKER)
    opened.push({ library, search: again })
    await library.open(root)
    await library.whenRead()
    const readBefore = pool.requested
    await again.sync()
    expect(pool.requested).toBe(readBefore)
    expect(await paths(again, 'ceasefire')).toEqual(['statement.txt#0'])
  })

  it('rebuilds an index it cannot read', async () => {
    const root = await folderWith({ 'statement.txt': STATEMENT })
    const dataDir = await folderWith()
    const first = await openSearch(root, dataDir)
    await first.search.close()
    const [file] = await readdir(join(dataDir, ''))
    await writeFile(join(dataDir, file!), '{"format": 1, "root": ')
    const { search } = await openSearch(root, dataDir)
    expect(await paths(search, 'prisoners')).toEqual(['statement.txt#1'])
  })

  it('answers while it indexes, saying how far it is', async () => {
    const files = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`s${i}.txt`, `Statement ${i}\n\n1. The ceasefire number ${i} holds.`]))
    const root = await folderWith(files)
    const pool = readers()
    const library = new LibraryService(pool)
    const search = new SearchService(library, pool, null, SEARCH_WORKER)
    opened.push({ library, search })
    await library.open(root)
    await library.whenRead()
    const early = await search.search({ query: 'ceasefire', limit: 1000 })
    expect(early.indexing).toMatchObject({ total: 120 })
    expect(early.found).toBeLessThan(120)
    await search.sync()
    expect(search.status()).toBeNull()
    expect((await search.search({ query: 'ceasefire', limit: 1000 })).found).toBe(120)
  })

  it('follows the folder watcher: added, changed and removed files, reading none of them itself', async () => {
    const root = await folderWith({ 'statement.txt': STATEMENT })
    const { search, pool, byLibrary } = await openSearch(root, null, true)
    search.follow()
    await writeFile(join(root, 'added.txt'), 'Communique\n\nThe ministers discussed the ceasefire.')
    await until(async () => (await paths(search, 'ministers')).length === 1)
    await writeFile(join(root, 'statement.txt'), 'Joint Statement\n\n1. The ceasefire holds.')
    await until(async () => (await paths(search, 'prisoners')).length === 0 && (await paths(search, 'holds')).length === 1)
    await rm(join(root, 'added.txt'))
    await until(async () => (await paths(search, 'ceasefire')).join() === 'statement.txt#0')
    expect(byLibrary.reads).toBeGreaterThanOrEqual(3)
    expect(pool.requested).toBe(byLibrary.reads)
  })
})
