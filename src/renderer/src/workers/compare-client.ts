import type { Comparison, ComparisonRow } from '../../../core/compare/compare'
import { gridRows, type GridRow } from '../../../core/compare/multi'
import type { CompareOptions } from '../../../core/compare/options'
import type { OutlineEntry } from '../../../core/text/outline-entries'
import type { Paragraph } from '../../../core/text/paragraphs'
import type { DocumentContent, DocumentSummary } from '../../../shared/documents'
import { AppError } from '../../../shared/errors'
import type { CompareRequest, CompareResponse } from './compare-protocol'

/** A request waiting for its answer: what to do with each message, until `done` or `failed`. */
interface Waiting {
  receive: (response: CompareResponse) => void
  done: () => void
  fail: (error: Error) => void
}

let worker: Worker | null = null
let nextId = 1
const waiting = new Map<number, Waiting>()

function receive(response: CompareResponse): void {
  const entry = waiting.get(response.id)
  if (!entry) return
  if (response.kind === 'done' || response.kind === 'failed') waiting.delete(response.id)
  if (response.kind === 'done') entry.done()
  else if (response.kind === 'failed') entry.fail(new AppError(response.code, response.message))
  else entry.receive(response)
}

function compareWorker(): Worker {
  if (worker) return worker
  worker = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' })
  worker.onmessage = (event: MessageEvent<CompareResponse>) => receive(event.data)
  worker.onerror = (event) => {
    for (const entry of waiting.values()) entry.fail(new Error(event.message || 'The comparison worker stopped.'))
    waiting.clear()
    // A new worker knows no document: the window reads them again.
    worker = null
    lostListener()
  }
  return worker
}

let lostListener: () => void = () => undefined
/** Called when the worker stopped and its documents with it. */
export function onWorkerLost(listener: () => void): void {
  lostListener = listener
}

function ask(request: CompareRequest & { id: number }, receive: Waiting['receive'], done: () => void, fail: Waiting['fail']): void {
  waiting.set(request.id, { receive, done, fail })
  compareWorker().postMessage(request)
}

/** Has the worker read a document from the web host; the window gets its summary and paragraphs in chunks. */
export function readInWorker(path: string, token: string): Promise<DocumentContent> {
  const id = nextId++
  let summary: DocumentSummary | null = null
  const paragraphs: Paragraph[] = []
  return new Promise((resolve, reject) => {
    const receive = (response: CompareResponse): void => {
      if (response.kind === 'document') summary = response.summary
      else if (response.kind === 'paragraphs') for (const paragraph of response.paragraphs) paragraphs.push(paragraph)
    }
    const done = (): void => (summary ? resolve({ summary, paragraphs }) : reject(new Error(`No document came for ${path}.`)))
    ask({ kind: 'read', id, path, token }, receive, done, reject)
  })
}

/** A document's table of contents, read by the worker, which holds every document the window has read. */
export function outlineInWorker(path: string): Promise<OutlineEntry[]> {
  const id = nextId++
  let entries: OutlineEntry[] = []
  return new Promise((resolve, reject) => {
    const receive = (response: CompareResponse): void => {
      if (response.kind === 'outline') entries = response.entries
    }
    ask({ kind: 'outline', id, path }, receive, () => resolve(entries), reject)
  })
}

/** Hands the worker a document the window read (Electron: only the window reaches the preload). */
export function keepInWorker(path: string, content: DocumentContent): void {
  compareWorker().postMessage({ kind: 'keep', path, texts: content.paragraphs.map((paragraph) => paragraph.text) } satisfies CompareRequest)
}

/** The worker forgets documents (null: every one), so that changed ones are read again. */
export function forgetInWorker(paths: string[] | null): void {
  worker?.postMessage({ kind: 'forget', paths } satisfies CompareRequest)
}

/** What a comparison brings the window: one comparison per other document and, for more than one, their grid aligned on the base. */
export interface Compared {
  comparisons: Comparison[]
  grid: GridRow[] | null
}

/**
 * Compares the base (the first path) with each other document in the worker, which holds them
 * (read or kept). The rows arrive in chunks, each read between frames; the grid of several
 * documents comes laid out by the worker, and only its rows are made here, in a task of their own.
 */
export function compareInWorker(paths: string[], options: Partial<CompareOptions>, progress: (done: number) => void = () => undefined): Promise<Compared> {
  const id = nextId++
  const rows: ComparisonRow[][] = []
  const comparisons: Comparison[] = []
  let grid: GridRow[] | null = null
  return new Promise((resolve, reject) => {
    const receive = (response: CompareResponse): void => {
      if (response.kind === 'progress') progress(response.done)
      else if (response.kind === 'rows') {
        const received = (rows[response.comparison] ??= [])
        for (const row of response.rows) received.push(row)
      } else if (response.kind === 'compared') comparisons[response.comparison] = { rows: rows[response.comparison] ?? [], stats: response.stats }
      else if (response.kind === 'grid') grid = gridRows(response.layout, comparisons)
    }
    // Plain copies: a store's reactive array cannot be cloned into the worker.
    ask({ kind: 'compare', id, paths: [...paths], options: { ...options } }, receive, () => resolve({ comparisons, grid }), reject)
  })
}
