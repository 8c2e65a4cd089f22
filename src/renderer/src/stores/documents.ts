import { defineStore } from 'pinia'
import { shallowReactive } from 'vue'
import type { DocumentContent, DocumentSummary } from '../../../shared/documents'
import { call, hostTokenForWorkers } from '../bridge'
import { forgetInWorker, keepInWorker, onWorkerLost, readInWorker } from '../workers/compare-client'

/**
 * Documents read so far in this folder, by path; each is read once, and the comparison worker
 * holds each one read. With the web host the worker reads it (a million words is a 7.5 MB
 * answer, which the window would take hundreds of milliseconds to parse) and hands the window
 * its paragraphs in chunks; in Electron the window reads it through the preload and hands the
 * worker its texts.
 */
export const useDocumentsStore = defineStore('documents', () => {
  const loaded = shallowReactive(new Map<string, DocumentContent>())
  const pending = new Map<string, Promise<DocumentContent>>()
  /** Documents the worker holds: all those loaded, unless the worker stopped since. */
  const inWorker = new Set<string>()
  onWorkerLost(() => inWorker.clear())

  async function read(path: string): Promise<DocumentContent> {
    const token = hostTokenForWorkers()
    if (token !== null) return readInWorker(path, token)
    const content = await call('readDocument', { path })
    keepInWorker(path, content)
    return content
  }

  async function load(path: string): Promise<DocumentContent> {
    const known = loaded.get(path)
    if (known && inWorker.has(path)) return known
    let request = pending.get(path)
    if (!request) {
      request = read(path).finally(() => pending.delete(path))
      pending.set(path, request)
    }
    const content = await request
    inWorker.add(path)
    // Read again for a worker that stopped: the window keeps the content it shows.
    if (!loaded.has(path)) loaded.set(path, content)
    return loaded.get(path)!
  }

  /**
   * Forgets documents that changed on disk or are gone, given the folder's fresh listing; returns
   * their paths, so what shows them can read them again.
   */
  function invalidate(listing: DocumentSummary[]): string[] {
    const current = new Map(listing.map((summary) => [summary.path, summary]))
    const changed: string[] = []
    for (const [path, content] of loaded) {
      const now = current.get(path)
      if (now && now.status !== 'pending' && now.modified === content.summary.modified && now.size === content.summary.size) continue
      if (now?.status === 'pending' && now.modified === content.summary.modified) continue
      loaded.delete(path)
      inWorker.delete(path)
      changed.push(path)
    }
    if (changed.length) forgetInWorker(changed)
    return changed
  }

  function forget(): void {
    loaded.clear()
    pending.clear()
    inWorker.clear()
    forgetInWorker(null)
  }

  return { loaded, load, invalidate, forget }
})
