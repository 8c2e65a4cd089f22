import { defineStore } from 'pinia'
import { shallowReactive } from 'vue'
import type { DocumentContent, DocumentSummary } from '../../../shared/documents'
import { call } from '../bridge'

/** Documents read so far in this folder, by path; each is read once. */
export const useDocumentsStore = defineStore('documents', () => {
  const loaded = shallowReactive(new Map<string, DocumentContent>())
  const pending = new Map<string, Promise<DocumentContent>>()

  async function load(path: string): Promise<DocumentContent> {
    const known = loaded.get(path)
    if (known) return known
    let request = pending.get(path)
    if (!request) {
      request = call('readDocument', { path }).finally(() => pending.delete(path))
      pending.set(path, request)
    }
    const content = await request
    loaded.set(path, content)
    return content
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
      changed.push(path)
    }
    return changed
  }

  function forget(): void {
    loaded.clear()
    pending.clear()
  }

  return { loaded, load, invalidate, forget }
})
