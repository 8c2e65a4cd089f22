import { parentPort } from 'node:worker_threads'
import { SearchIndex, type SearchableDocument } from '../../core/search/search-index'
import type { SearchRequest as SearchAsked } from '../../shared/search'
import type { ThreadResponse } from './request-thread'
import { loadSearchIndex, saveSearchIndex } from './search-store'

/**
 * The search thread: it holds the open folder's index, so that building it (analysing every
 * paragraph) and searching it never hold up the main thread.
 */
export type SearchWorkerRequest =
  | { id: number; type: 'open'; root: string; file: string | null }
  | { id: number; type: 'add'; documents: { document: SearchableDocument; stamp: string }[] }
  | { id: number; type: 'remove'; paths: string[] }
  | { id: number; type: 'search'; request: SearchAsked }
  | { id: number; type: 'save' }


let index = new SearchIndex()
let opened: { root: string; file: string | null } | null = null

async function handle(request: SearchWorkerRequest): Promise<unknown> {
  switch (request.type) {
    case 'open': {
      opened = { root: request.root, file: request.file }
      index = (request.file ? await loadSearchIndex(request.file, request.root) : null) ?? new SearchIndex()
      return Object.fromEntries(index.paths().map((path) => [path, index.stampOf(path)!]))
    }
    case 'add':
      for (const { document, stamp } of request.documents) index.add(document, stamp)
      return null
    case 'remove':
      for (const path of request.paths) index.remove(path)
      return null
    case 'search': {
      const { query, limit, ...filters } = request.request
      const results = index.search(query, filters, limit)
      const documents = Object.fromEntries([...new Set(results.hits.map((hit) => hit.path))].map((path) => [path, index.describe(path)]))
      return { ...results, documents }
    }
    case 'save':
      if (opened?.file) await saveSearchIndex(opened.file, opened.root, index)
      return null
  }
}

// One request at a time, in order: a search sees every document added before it.
let queue: Promise<void> = Promise.resolve()
parentPort!.on('message', (request: SearchWorkerRequest) => {
  queue = queue.then(() =>
    handle(request).then(
      (value) => parentPort!.postMessage({ id: request.id, ok: true, value } satisfies ThreadResponse<unknown>),
      (error: unknown) => parentPort!.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies ThreadResponse<unknown>),
    ),
  )
})
