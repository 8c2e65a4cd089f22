import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ReaderPool } from './reader-pool'
import { useTestFolders } from './test-folder'
import { longestStall } from './test-stall'
import { useReaderPools } from './test-readers'

const folderWith = useTestFolders()
const readers = useReaderPools()

/** One paragraph of about `megabytes` MB: a reading thread's work for a good part of a second. */
function longParagraph(megabytes: number): string {
  const sentence = 'The Parties agree to continue consultations on the text of the statement. '
  return `Long text\n\n${sentence.repeat(Math.round((megabytes * 1024 * 1024) / sentence.length))}`
}

/** About `megabytes` MB of one-line paragraphs: an object each, seconds of work and far more memory than text. */
function manyParagraphs(megabytes: number): string {
  return `Many points\n\n${'Point 1.\n\n'.repeat(Math.round((megabytes * 1024 * 1024) / 10))}`
}

describe('ReaderPool', () => {
  it('reads in a worker thread: the main thread keeps answering while a slow file is read', async () => {
    const root = await folderWith({ 'long.txt': longParagraph(20) })
    const pool = readers()
    const started = performance.now()
    const reading = pool.read(join(root, 'long.txt'))
    const stall = await longestStall(reading)
    const document = await reading
    expect(document.paragraphs).toHaveLength(1)
    // The read takes far longer than any pause of the main thread: the parsing ran elsewhere.
    expect(performance.now() - started).toBeGreaterThan(300)
    expect(stall).toBeLessThan(150)
  })

  it('gives up a file that takes too long, reports TIMEOUT, and goes on reading others', async () => {
    const root = await folderWith({ 'long.txt': manyParagraphs(24), 'short.txt': 'Short\n\nA paragraph.' })
    // The limit counts from when a file is handed to a thread: for the short file, that includes
    // starting the replacement thread and loading what it reads with, a few hundred milliseconds on a busy machine.
    const pool = readers({ timeoutMs: 1000 }, 1)
    const slow = pool.read(join(root, 'long.txt'))
    const next = pool.read(join(root, 'short.txt'))
    await expect(slow).rejects.toMatchObject({ code: 'TIMEOUT', message: 'long.txt took longer than 1 s to read and was given up.' })
    await expect(next).resolves.toMatchObject({ title: 'Short' })
  })

  it('reads at most as many files at once as it has threads', async () => {
    const root = await folderWith(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`s${i}.txt`, `Statement ${i}\n\nText.`])))
    const pool = readers({}, 2)
    const reads = Array.from({ length: 12 }, (_, i) => pool.read(join(root, `s${i}.txt`)))
    expect(pool.load()).toEqual({ queued: 10, reading: 2 })
    const documents = await Promise.all(reads)
    expect(documents.map((document) => document.title)).toEqual(Array.from({ length: 12 }, (_, i) => `Statement ${i}`))
    expect(pool.load()).toEqual({ queued: 0, reading: 0 })
  })

  it('refuses to start without its built script instead of reading on the main thread', () => {
    expect(() => new ReaderPool('/nowhere/reader-worker.js')).toThrow(/script is missing/)
  })

  it('when stopped, rejects what it was reading and what was waiting', async () => {
    const root = await folderWith()
    await writeFile(join(root, 'a.txt'), 'A\n\nText.')
    const pool = readers({}, 1)
    const settled = Promise.allSettled([pool.read(join(root, 'a.txt')), pool.read(join(root, 'a.txt'))])
    await pool.close()
    const results = await settled
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected'])
    await expect(pool.read(join(root, 'a.txt'))).rejects.toMatchObject({ message: 'The reading threads were stopped.' })
  })
})
