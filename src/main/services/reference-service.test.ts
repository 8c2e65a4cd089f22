import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { editDocument, generateDocument } from '../../bench/generate'
import type { FolderReferences } from '../../shared/documents'
import { createAppServices, type AppServices } from './app-services'
import { LibraryService } from './library-service'
import { ReferenceService, referenceWorkerBeside } from './reference-service'
import { useTestFolders } from './test-folder'
import { longestStall } from './test-stall'
import { recordingPlatform } from './test-platform'
import { BUILT_WORKER_FOR_TESTS, useReaderPools } from './test-readers'

const folderWith = useTestFolders()
const readers = useReaderPools()

const running: { services: AppServices; dataDir: string }[] = []
afterEach(async () => {
  for (const { services, dataDir } of running.splice(0)) {
    await services.library.dispose()
    await rm(dataDir, { recursive: true, force: true })
  }
})

/** The app's services, as the web host builds them, on a folder read to the end. */
async function servicesOn(root: string): Promise<AppServices> {
  const dataDir = await mkdtemp(join(tmpdir(), 'communique-data-'))
  const services = await createAppServices(dataDir, recordingPlatform(), BUILT_WORKER_FOR_TESTS)
  running.push({ services, dataDir })
  await services.dispatch('openFolder', { path: root })
  await services.library.whenRead()
  return services
}

/** The folder's references as the contract answers them. */
async function folderReferences(services: AppServices): Promise<FolderReferences> {
  const answer = await services.dispatch('folderReferences', {})
  if (!answer.ok) throw new Error(answer.error.message)
  return answer.value as FolderReferences
}

/** Two long statements, one a revision of the other: seconds of finding and resolving references. */
function longPair(words: number): Record<string, string> {
  const draft = generateDocument(words, 20201110)
  return { 'statement.txt': draft.join('\n\n'), 'statement-revised.txt': editDocument(draft, 0.3, 20201111).join('\n\n') }
}

describe('ReferenceService', () => {
  it('finds references in a thread of its own: a document is read, and the main thread ticks, while the references are pending', async () => {
    const services = await servicesOn(await folderWith(longPair(100_000)))
    let settled = false
    const started = performance.now()
    const references = folderReferences(services).finally(() => (settled = true))
    const stall = longestStall(references)

    const asked = performance.now()
    const read = await services.dispatch('readDocument', { path: 'statement.txt' })
    const readMs = performance.now() - asked
    expect(read).toMatchObject({ ok: true, value: { summary: { path: 'statement.txt' } } })
    expect(settled).toBe(false)

    const answer = await references
    const referencesMs = performance.now() - started
    expect(answer.references.length).toBeGreaterThan(1000)
    // The references take many times as long as the read and as any pause of the main thread: they ran elsewhere.
    expect(readMs).toBeLessThan(referencesMs / 4)
    expect(await stall).toBeLessThan(referencesMs / 4)
  })

  it('computes a state of the folder once: asked again, pending or done, it gives the same answer', async () => {
    const services = await servicesOn(await folderWith({ 'a.txt': 'Statement\n\n1. As paragraph 2 of the Joint Statement provides.', 'b.txt': 'Joint Statement\n\n1. First.\n\n2. Second.' }))
    const [first, second] = await Promise.all([folderReferences(services), folderReferences(services)])
    const third = await folderReferences(services)
    expect(first.references.map((reference) => reference.target?.document)).toEqual(['b.txt'])
    expect(second).toBe(first)
    expect(third).toBe(first)
  })

  it('computes the newest state asked for next: a state superseded while it waited gets the newest answer', { timeout: 60_000 }, async () => {
    // Long enough that two files are added and listed while the first state is computed.
    const root = await folderWith(longPair(200_000))
    const services = await servicesOn(root)
    const listed = async (path: string) => {
      while (!services.library.current()!.documents.some((document) => document.path === path && document.status === 'ok')) await new Promise((done) => setTimeout(done, 50))
    }
    const first = folderReferences(services)
    await writeFile(join(root, 'c.txt'), 'Note\n\n1. See paragraph 2 of the Joint Statement.')
    await listed('c.txt')
    const second = folderReferences(services)
    await writeFile(join(root, 'd.txt'), 'Joint Statement\n\n1. First.\n\n2. Second.')
    await listed('d.txt')
    const third = folderReferences(services)
    const sources = (answer: FolderReferences) => [...new Set(answer.references.map((reference) => reference.source))].sort()
    expect(sources(await first)).toEqual(['statement-revised.txt', 'statement.txt'])
    expect(await second).toBe(await third)
    expect((await third).references.find((reference) => reference.source === 'c.txt')?.target?.document).toBe('d.txt')
  })

  it('names the versions of one text and lists no quotation between them', async () => {
    const services = await servicesOn(await folderWith(longPair(20_000)))
    const answer = await folderReferences(services)
    expect(answer.versions).toEqual([{ documents: ['statement-revised.txt', 'statement.txt'] }])
    expect(answer.references.filter((reference) => reference.kind === 'quotation')).toEqual([])
  })

  it('refuses to start without its built script instead of finding references on the main thread', () => {
    expect(() => new ReferenceService(new LibraryService(readers()), '/nowhere/reference-worker.js')).toThrow(/script is missing/)
  })

  it('reports a folder not open', async () => {
    await expect(new ReferenceService(new LibraryService(readers()), referenceWorkerBeside(BUILT_WORKER_FOR_TESTS)).folderReferences()).rejects.toMatchObject({ code: 'NO_FOLDER' })
  })
})
