import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SearchIndex, type SearchableDocument } from '../../core/search/search-index'
import { splitParagraphs } from '../../core/text/paragraphs'
import { decodedTextCount, loadSearchIndex, saveSearchIndex } from './search-store'

const ROOT = '/archive'
const folders: string[] = []
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })))
})

async function indexFile(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'communique-search-store-'))
  folders.push(folder)
  return join(folder, 'folder.index')
}

function document(path: string, language: SearchableDocument['language'], paragraphs: string[], date = '2020-11-10'): SearchableDocument {
  return { path, title: path, kind: 'statement', language, date, paragraphs: splitParagraphs(paragraphs.join('\n\n')) }
}

/** Statements in three scripts, with numbered paragraphs, one removed before saving. */
function archive(): SearchIndex {
  const index = new SearchIndex()
  for (let i = 0; i < 40; i++) {
    index.add(document(`en/s${i}.txt`, 'en', [
      `Statement ${i} on the trilateral talks`,
      `1. A complete ceasefire is declared in area ${i}, and the négociations continue.`,
      `2. The parties exchange prisoners of war; the trilateral statement of ${i} stands.`,
    ], `2020-11-${String(10 + (i % 20)).padStart(2, '0')}`), `stamp-${i}`)
  }
  index.add(document('ru/zayavlenie.txt', 'ru', ['1. Объявляется полное прекращение огня.', '2. Осуществляется обмен военнопленными.']), 'stamp')
  index.add(document('zh/shengming.txt', 'zh', ['俄罗斯联邦总统联合声明', '各方宣布全面停火。']), 'stamp')
  index.remove('en/s3.txt')
  return index
}

const QUERIES = ['ceasefire', '"trilateral statement"', 'negotiat*', 'négociations', 'прекращение огня', '联合声明', 'prisoners 7', 'the']

describe('the saved search index', () => {
  it('answers, once loaded, with the same results and snippets as the index it was saved from', async () => {
    const file = await indexFile()
    const index = archive()
    await saveSearchIndex(file, ROOT, index)
    const loaded = (await loadSearchIndex(file, ROOT))!
    expect(loaded.size).toBe(index.size)
    for (const query of QUERIES) expect(loaded.search(query, {}, 10), query).toEqual(index.search(query, {}, 10))
    const filters = { from: '2020-11-12', to: '2020-11-20', languages: ['en' as const] }
    expect(loaded.search('ceasefire', filters)).toEqual(index.search('ceasefire', filters))
    expect(loaded.stampOf('en/s5.txt')).toBe('stamp-5')
    expect(loaded.stampOf('en/s3.txt')).toBeUndefined()

    // Changed after loading (its texts then partly in the file, partly added), saved again and loaded again.
    for (const changed of [index, loaded]) {
      changed.remove('en/s7.txt')
      changed.add(document('en/new.txt', 'en', ['1. A new ceasefire, and a trilateral statement.']), 'stamp')
    }
    await saveSearchIndex(file, ROOT, loaded)
    const again = (await loadSearchIndex(file, ROOT))!
    for (const query of QUERIES) expect(again.search(query, {}, 10), query).toEqual(loaded.search(query, {}, 10))
    expect(again.search('ceasefire', {}, 100).hits.map((hit) => hit.path)).toEqual(index.search('ceasefire', {}, 100).hits.map((hit) => hit.path))
  })

  it('decodes no paragraph text when it loads, and then only those a search checks', async () => {
    const file = await indexFile()
    await saveSearchIndex(file, ROOT, archive())
    const before = decodedTextCount()
    const loaded = (await loadSearchIndex(file, ROOT))!
    expect(decodedTextCount() - before).toBe(0)
    // "ceasefire" is in 39 paragraphs (one statement of 40 was removed); the best one alone is checked and cut into a snippet.
    const { hits, candidates } = loaded.search('ceasefire', {}, 1)
    expect(candidates).toBe(39)
    expect(hits).toHaveLength(1)
    expect(decodedTextCount() - before).toBe(1)
  })

  it('refuses a file that is cut short, of another folder, or of another format', async () => {
    const file = await indexFile()
    await saveSearchIndex(file, ROOT, archive())
    const bytes = await readFile(file)
    expect(await loadSearchIndex(file, '/elsewhere')).toBeNull()
    await writeFile(file, bytes.subarray(0, bytes.length - 1))
    expect(await loadSearchIndex(file, ROOT)).toBeNull()
    const headerEnd = bytes.indexOf(10)
    const header = JSON.parse(bytes.toString('utf8', 0, headerEnd)) as { format: number; textBytes: number }
    await writeFile(file, Buffer.concat([Buffer.from(JSON.stringify({ ...header, textBytes: header.textBytes + 8 })), bytes.subarray(headerEnd)]))
    expect(await loadSearchIndex(file, ROOT)).toBeNull()
    await writeFile(file, Buffer.concat([Buffer.from(JSON.stringify({ ...header, format: header.format - 1 })), bytes.subarray(headerEnd)]))
    expect(await loadSearchIndex(file, ROOT)).toBeNull()
    expect(await loadSearchIndex(join(file, 'missing'), ROOT)).toBeNull()
  })
})
