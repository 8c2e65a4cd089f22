import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DocumentSummary } from '../../shared/documents'
import { SummaryCache } from './summary-cache'
import { useTestFolders } from './test-folder'

const folderWith = useTestFolders()

/** Every summary of a cached listing, taking its lines one by one as the library does. */
async function loadAll(cache: SummaryCache, root: string): Promise<DocumentSummary[] | null> {
  const listing = await cache.load(root)
  if (!listing) return null
  const summaries: DocumentSummary[] = []
  for (let rows = listing.next(); rows; rows = listing.next()) summaries.push(...rows)
  expect(summaries).toHaveLength(listing.count)
  return summaries
}

const SUMMARY: DocumentSummary = {
  path: 'sub/statement.txt', name: 'statement.txt', format: 'text', size: 120, modified: '2024-03-04T10:00:00.000Z', status: 'ok',
  title: 'Joint Statement', kind: 'statement', language: 'en', names: ['joint statement'], date: '2024-03-04', dateSource: 'title',
  paragraphCount: 3, wordCount: 40, encoding: 'UTF-8', publisher: null, warning: null, problem: null,
}
const UNREADABLE: DocumentSummary = { ...SUMMARY, path: 'bad.pdf', name: 'bad.pdf', format: 'pdf', status: 'error', title: null, problem: { code: 'MALFORMED', message: 'bad.pdf is damaged.' } }

describe('SummaryCache', () => {
  it('gives back every summary as saved, in path order, a line at a time, for the folder it was saved for only', async () => {
    const cache = new SummaryCache(await folderWith(), 2)
    const more = ['c.txt', 'a.txt', 'b.txt'].map((path) => ({ ...SUMMARY, path, name: path }))
    await cache.save('/archive', [SUMMARY, UNREADABLE, ...more])
    const listing = (await cache.load('/archive'))!
    expect(listing.count).toBe(5)
    expect(listing.next()!.map((summary) => summary.path)).toEqual(['a.txt', 'b.txt'])
    expect((await loadAll(cache, '/archive'))!.map((summary) => summary.path)).toEqual(['a.txt', 'b.txt', 'bad.pdf', 'c.txt', 'sub/statement.txt'])
    const loaded = (await loadAll(cache, '/archive'))!
    expect(loaded.find((summary) => summary.path === 'sub/statement.txt')).toEqual(SUMMARY)
    expect(loaded.find((summary) => summary.path === 'bad.pdf')).toEqual(UNREADABLE)
    expect(await cache.load('/other')).toBeNull()
  })

  it('trusts no cache of another version, another order of fields, or a damaged one: the folder is read again', async () => {
    const directory = await folderWith()
    const cache = new SummaryCache(directory)
    await cache.save('/archive', [SUMMARY])
    const [name] = await readdir(directory)
    const file = join(directory, name!)
    const [headerLine, ...rows] = (await readFile(file, 'utf8')).split('\n')
    const header = JSON.parse(headerLine!) as { version: number; fields: string[] }
    const withHeader = (changed: object) => writeFile(file, [JSON.stringify({ ...header, ...changed }), ...rows].join('\n'))
    await withHeader({ version: header.version - 1 })
    expect(await cache.load('/archive')).toBeNull()
    await withHeader({ fields: [...header.fields].reverse() })
    expect(await cache.load('/archive')).toBeNull()
    await writeFile(file, '{"version": 3, "root": "/archive", "fie')
    expect(await cache.load('/archive')).toBeNull()
    // A damaged line is found when it is taken.
    await writeFile(file, `${headerLine}\n[["sub/statement.txt", "stat`)
    await expect(cache.load('/archive').then((listing) => listing!.next())).rejects.toThrow()
  })
})
