import { parentPort, workerData } from 'node:worker_threads'
import { AppError } from '../../shared/errors'
import { DocumentReader } from './document-reader'
import type { WorkerData, WorkerRequest, WorkerResponse } from './reader-pool'

/** A reading thread: one document at a time, answered with the document or a stable error. */
const reader = new DocumentReader((workerData as WorkerData).maxFileBytes)

parentPort!.on('message', ({ id, path }: WorkerRequest) => {
  reader.read(path).then(
    (document) => parentPort!.postMessage({ id, ok: true, document } satisfies WorkerResponse),
    (error: unknown) => {
      const data = error instanceof AppError ? error.toData() : { code: 'INTERNAL' as const, message: error instanceof Error ? error.message : String(error) }
      parentPort!.postMessage({ id, ok: false, error: data } satisfies WorkerResponse)
    },
  )
})
