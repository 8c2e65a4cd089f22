import { describe, expect, it } from 'vitest'
import { editDocument } from '../../../bench/generate'
import { viewPair } from '../../../bench/view'
import { compareParagraphs } from '../../../core/compare/compare'
import { layOutOnBase } from '../../../core/compare/multi'
import { outlineEntries } from '../../../core/text/outline-entries'
import { splitParagraphs } from '../../../core/text/paragraphs'
import type { DocumentContent, DocumentSummary } from '../../../shared/documents'
import { AppError } from '../../../shared/errors'
import type { CompareResponse } from './compare-protocol'
import { CompareService } from './compare-service'

const LEFT = ['First paragraph.', 'Second paragraph here.', 'Third.']
const RIGHT = ['First paragraph.', 'Second paragraph there.', 'Third.', 'Fourth, new.']

function content(path: string, texts: string[]): DocumentContent {
  return { summary: { path } as DocumentSummary, paragraphs: splitParagraphs(texts.join('\n\n')) }
}

/** The service with a folder of documents read through `readDocument` as the web host would answer, and what it posted. */
function service(folder: Record<string, string[]> = {}) {
  const posted: CompareResponse[] = []
  const transferred: Transferable[] = []
  const reads: string[] = []
  const compare = new CompareService(
    (response, transfer = []) => {
      posted.push(response)
      transferred.push(...transfer)
    },
    async (path, token) => {
      reads.push(`${path} ${token}`)
      const texts = folder[path]
      if (!texts) throw new AppError('NOT_FOUND', `${path} does not exist.`)
      return content(path, texts)
    },
  )
  return { compare, posted, transferred, reads }
}

describe('CompareService', () => {
  it("reads a document's table of contents, read or handed over, as the reader would from its paragraphs", async () => {
    const charter = ['CHAPTER I', 'PURPOSES AND PRINCIPLES', 'Article 1', 'The Purposes of the United Nations are:', '1. To maintain international peace and security.', 'Article 2', 'The Organization shall act.', 'CHAPTER VII', 'ACTION WITH RESPECT TO THREATS TO THE PEACE', 'Article 1000', '1000. A long document numbers this far.']
    const { compare, posted } = service({ 'charter.txt': charter })
    await compare.handle({ kind: 'read', id: 1, path: 'charter.txt', token: 't' })
    await compare.handle({ kind: 'keep', path: 'kept.txt', texts: charter })
    await compare.handle({ kind: 'outline', id: 2, path: 'charter.txt' })
    await compare.handle({ kind: 'outline', id: 3, path: 'kept.txt' })
    const expected = outlineEntries(content('charter.txt', charter).paragraphs)
    expect(expected.map((entry) => entry.label)).toEqual(['CHAPTER I', 'Article 1', 'Article 2', 'CHAPTER VII', 'Article 1000'])
    for (const id of [2, 3]) expect(posted.filter((response) => response.id === id)).toEqual([{ id, kind: 'outline', entries: expected }, { id, kind: 'done' }])
    await compare.handle({ kind: 'outline', id: 4, path: 'unread.txt' })
    expect(posted.at(-1)).toMatchObject({ id: 4, kind: 'failed' })
  })

  it('compares documents the window handed over (Electron) and answers rows, stats, done', async () => {
    const { compare, posted } = service()
    await compare.handle({ kind: 'keep', path: 'a.txt', texts: LEFT })
    await compare.handle({ kind: 'keep', path: 'b.txt', texts: RIGHT })
    await compare.handle({ kind: 'compare', id: 7, paths: ['a.txt', 'b.txt'], options: {} })
    const rows = posted.flatMap((response) => (response.kind === 'rows' ? response.rows : []))
    expect(rows.map((row) => row.kind)).toEqual(['equal', 'modified', 'equal', 'inserted'])
    expect(posted.find((response) => response.kind === 'compared')).toMatchObject({ id: 7, comparison: 0, stats: { inserted: 1, modified: 1 } })
    expect(posted.at(-1)).toEqual({ id: 7, kind: 'done' })
  })

  it('lays out the grid of several documents itself and hands it over with the comparisons; a pair gets none', async () => {
    const { compare, posted, transferred } = service()
    const third = ['First paragraph.', 'Third.']
    await compare.handle({ kind: 'keep', path: 'a.txt', texts: LEFT })
    await compare.handle({ kind: 'keep', path: 'b.txt', texts: RIGHT })
    await compare.handle({ kind: 'keep', path: 'c.txt', texts: third })
    await compare.handle({ kind: 'compare', id: 1, paths: ['a.txt', 'b.txt'], options: {} })
    expect(posted.some((response) => response.kind === 'grid')).toBe(false)

    await compare.handle({ kind: 'compare', id: 2, paths: ['a.txt', 'b.txt', 'c.txt'], options: {} })
    const grid = posted.find((response) => response.kind === 'grid')
    if (grid?.kind !== 'grid') throw new Error('no grid posted')
    expect(posted.indexOf(grid)).toBe(posted.length - 3)
    expect(grid.layout).toEqual(layOutOnBase(LEFT.length, [compareParagraphs(LEFT, RIGHT), compareParagraphs(LEFT, third)]))
    expect(transferred).toEqual([grid.layout.base.buffer, grid.layout.after.buffer, grid.layout.cells.buffer, grid.layout.continued.buffer])
  })

  it('reports the progress of several comparisons and of their grid, in order, from 0 to 1', async () => {
    const { compare, posted } = service()
    const [base, edited] = viewPair(20_000)
    await compare.handle({ kind: 'keep', path: 'base.txt', texts: base })
    await compare.handle({ kind: 'keep', path: 'edited.txt', texts: edited })
    await compare.handle({ kind: 'keep', path: 'third.txt', texts: editDocument(base, 0.1, 7) })
    await compare.handle({ kind: 'compare', id: 1, paths: ['base.txt', 'edited.txt', 'third.txt'], options: {} })
    const progress = posted.flatMap((response) => (response.kind === 'progress' ? [response.done] : []))
    expect([...progress].sort((a, b) => a - b)).toEqual(progress)
    // Each comparison tells its own steps, in its half of the bar (the grid has the last 1%).
    expect(progress.filter((done) => done > 0 && done < 0.3).length).toBeGreaterThanOrEqual(10)
    expect(progress.filter((done) => done > 0.5 && done < 0.8).length).toBeGreaterThanOrEqual(10)
    const compared = posted.map((response) => response.kind).lastIndexOf('compared')
    const before = posted.slice(0, compared).findLast((response) => response.kind === 'progress')
    // The second comparison made (each has 0.495 of the bar), its rows not sent yet (8% of its share).
    expect(before?.kind === 'progress' && before.done).toBeCloseTo(0.495 * (1 + 0.92), 3)
    // The grid laid out, then 1: the last word before done.
    expect(posted.slice(-3).map((response) => response.kind)).toEqual(['grid', 'progress', 'done'])
    expect(posted.at(-2)).toEqual({ id: 1, kind: 'progress', done: 1 })
  })

  it('reads a document itself (web host), sends the window its summary and paragraphs, and compares it', async () => {
    const { compare, posted, reads } = service({ 'a.txt': LEFT, 'b.txt': RIGHT })
    await Promise.all([
      compare.handle({ kind: 'read', id: 1, path: 'a.txt', token: 'secret' }),
      compare.handle({ kind: 'read', id: 2, path: 'b.txt', token: 'secret' }),
      compare.handle({ kind: 'compare', id: 3, paths: ['a.txt', 'b.txt'], options: {} }),
    ])
    expect(reads).toEqual(['a.txt secret', 'b.txt secret'])
    expect(posted.find((response) => response.id === 1 && response.kind === 'document')).toMatchObject({ summary: { path: 'a.txt' } })
    const paragraphs = posted.flatMap((response) => (response.id === 2 && response.kind === 'paragraphs' ? response.paragraphs : []))
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual(RIGHT)
    expect(posted.filter((response) => response.kind === 'done').map((response) => response.id).sort()).toEqual([1, 2, 3])
  })

  it('sends a long document in chunks, each of bounded size', async () => {
    const long = Array.from({ length: 3_000 }, (_, k) => `Paragraph ${k} ${'word '.repeat(40)}`.trim())
    const { compare, posted } = service({ 'long.txt': long })
    await compare.handle({ kind: 'read', id: 1, path: 'long.txt', token: 't' })
    const chunks = posted.filter((response) => response.kind === 'paragraphs')
    expect(chunks.length).toBeGreaterThan(1)
    expect(chunks.flatMap((chunk) => chunk.paragraphs).map((paragraph) => paragraph.text)).toEqual(long)
  })

  it('fails with the host error code, forgets what it was told to, and refuses a document it was not given', async () => {
    const { compare, posted } = service({ 'a.txt': LEFT })
    await compare.handle({ kind: 'read', id: 1, path: 'gone.txt', token: 't' })
    expect(posted.at(-1)).toEqual({ id: 1, kind: 'failed', code: 'NOT_FOUND', message: 'gone.txt does not exist.' })

    await compare.handle({ kind: 'keep', path: 'b.txt', texts: RIGHT })
    await compare.handle({ kind: 'read', id: 2, path: 'a.txt', token: 't' })
    await compare.handle({ kind: 'forget', paths: ['b.txt'] })
    await compare.handle({ kind: 'compare', id: 3, paths: ['a.txt', 'b.txt'], options: {} })
    expect(posted.at(-1)).toMatchObject({ id: 3, kind: 'failed', code: 'INTERNAL' })

    await compare.handle({ kind: 'forget', paths: null })
    await compare.handle({ kind: 'compare', id: 4, paths: ['a.txt', 'a.txt'], options: {} })
    expect(posted.at(-1)).toMatchObject({ id: 4, kind: 'failed' })
  })
})
