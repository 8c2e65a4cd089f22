import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { AppError, type AppErrorData } from '../../shared/errors'
import type { DocumentReader, ReadDocument } from './document-reader'

/** Reads documents by absolute path: in worker threads in the app, in process where there are none. */
export interface DocumentSource {
  read(absolutePath: string): Promise<ReadDocument>
  close(): Promise<void>
}

export type WorkerRequest = { id: number; path: string }
export type WorkerResponse = { id: number; ok: true; document: ReadDocument } | { id: number; ok: false; error: AppErrorData }

/** The built worker script, beside the bundle that uses it (out/main). */
const WORKER_SCRIPT = join(__dirname, 'reader-worker.js')

class InProcessSource implements DocumentSource {
  constructor(private readonly reader: DocumentReader) {}
  read(absolutePath: string): Promise<ReadDocument> {
    return this.reader.read(absolutePath)
  }
  async close(): Promise<void> {}
}

/**
 * Parsing (PDF above all) is CPU work: done in worker threads, so the main process keeps
 * answering the window while a large folder is read.
 */
class WorkerPoolSource implements DocumentSource {
  private readonly workers: Worker[] = []
  private readonly waiting = new Map<number, { resolve: (document: ReadDocument) => void; reject: (error: Error) => void }>()
  private nextId = 1
  private turn = 0

  constructor(size: number, maxFileBytes: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER_SCRIPT, { workerData: { maxFileBytes } })
      worker.on('message', (response: WorkerResponse) => {
        const entry = this.waiting.get(response.id)
        if (!entry) return
        this.waiting.delete(response.id)
        if (response.ok) entry.resolve(response.document)
        else entry.reject(new AppError(response.error.code, response.error.message))
      })
      worker.on('error', (error) => {
        for (const entry of this.waiting.values()) entry.reject(error)
        this.waiting.clear()
      })
      worker.unref()
      this.workers.push(worker)
    }
  }

  read(absolutePath: string): Promise<ReadDocument> {
    const id = this.nextId++
    const worker = this.workers[this.turn++ % this.workers.length]!
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject })
      worker.postMessage({ id, path: absolutePath } satisfies WorkerRequest)
    })
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()))
  }
}

export function createDocumentSource(reader: DocumentReader): DocumentSource {
  if (!existsSync(WORKER_SCRIPT)) return new InProcessSource(reader)
  return new WorkerPoolSource(Math.max(1, Math.min(4, availableParallelism() - 1)), reader.maxFileBytes)
}
