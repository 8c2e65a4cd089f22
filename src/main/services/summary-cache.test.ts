import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DocumentSummary } from '../../shared/documents'
import { SummaryCache } from './summary-cache'
import { useTestFolders } from './test-folder'

const folderWith = useTestFolders()

const SUMMARY: DocumentSummary = {
  path: 'sub/statement.txt', name: 'statement.txt', format: 'text', size: 120, modified: '2024-03-04T10:00:00.000Z', status: 'ok',
  title: 'Joint Statement', kind: 'statement', language: 'en', names: ['joint statement'], date: '2024-03-04', dateSource: 'title',
  paragraphCount: 3, wordCount: 40, encoding: 'UTF-8', publisher: null, warning: null, problem: null,
}
const UNREADABLE: DocumentSummary = { ...SUMMARY, path: 'bad.pdf', name: 'bad.pdf', format: 'pdf', status: 'error', title: null, problem: { code: 'MALFORMED', message: 'bad.pdf is damaged.' } }

describe('SummaryCache', () => {
  it('gives back every summary as saved, by path, for the folder it was saved for only', async () => {
    const cache = new SummaryCache(await folderWith())
    await cache.save('/archive', [SUMMARY, UNREADABLE])
    const loaded = await cache.load('/archive')
    expect([...loaded.keys()]).toEqual(['sub/statement.txt', 'bad.pdf'])
    expect(loaded.get('sub/statement.txt')).toEqual(SUMMARY)
    expect(loaded.get('bad.pdf')).toEqual(UNREADABLE)
    expect((await cache.load('/other')).size).toBe(0)
  })

  it('trusts no cache of another version, another order of fields, or a damaged one: the folder is read again', async () => {
    const directory = await folderWith()
    const cache = new SummaryCache(directory)
    await cache.save('/archive', [SUMMARY])
    const [name] = await readdir(directory)
    const file = join(directory, name!)
    const saved = JSON.parse(await readFile(file, 'utf8')) as { version: number; fields: string[] }
    await writeFile(file, JSON.stringify({ ...saved, version: saved.version - 1 }))
    expect((await cache.load('/archive')).size).toBe(0)
    await writeFile(file, JSON.stringify({ ...saved, fields: [...saved.fields].reverse() }))
    expect((await cache.load('/archive')).size).toBe(0)
    await writeFile(file, '{"version": 3, "root": "/archive", "fie')
    expect((await cache.load('/archive')).size).toBe(0)
  })
})
