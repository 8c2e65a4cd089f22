import { defineStore } from 'pinia'
import { shallowReactive } from 'vue'
import type { DocumentContent } from '../../../shared/documents'
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

  function forget(): void {
    loaded.clear()
    pending.clear()
  }

  return { loaded, load, forget }
})
