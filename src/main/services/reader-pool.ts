import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { basename, join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { AppError, type AppErrorData } from '../../shared/errors'
import type { ReadDocument } from './document-reader'

/** Reads documents by absolute path. */
export interface DocumentSource {
  read(absolutePath: string): Promise<ReadDocument>
  close(): Promise<void>
}

export interface ReadingLimits {
  /** Files larger than this are refused before they are read. */
  maxFileBytes: number
  /** Wall time one file may take; past it the thread is stopped and the file reported TIMEOUT. */
  timeoutMs: number
  /** The JavaScript heap of a reading thread; a file that needs more is reported TOO_LARGE. */
  maxHeapMb: number
}

export const DEFAULT_READING_LIMITS: ReadingLimits = { maxFileBytes: 50 * 1024 * 1024, timeoutMs: 30_000, maxHeapMb: 768 }

/** The reading thread's script in the build (out/main), where every bundle of the Node build stands. */
export const BUILT_READER_WORKER = join(__dirname, 'reader-worker.js')

export interface WorkerData {
  maxFileBytes: number
}
export type WorkerRequest = { id: number; path: string }
export type WorkerResponse = { id: number; ok: true; document: ReadDocument } | { id: number; ok: false; error: AppErrorData }

interface Job {
  id: number
  path: string
  resolve: (document: ReadDocument) => void
  reject: (error: Error) => void
}

/** One reading thread and the job it is on. */
interface Reader {
  worker: Worker
  job: Job | null
  timer: NodeJS.Timeout | null
}

/**
 * Every file is read in a worker thread, one file per thread at a time, under limits: a file
 * that takes too long or needs too much memory costs its thread (stopped and replaced), never
 * the process, and is reported with a clear code. The app, the web host and the CLI all read
 * through this pool; there is deliberately no in-process path, so a missing worker script fails
 * loudly instead of quietly parsing on the main thread.
 */
export class ReaderPool implements DocumentSource {
  private readonly readers: Reader[] = []
  private readonly queue: Job[] = []
  private nextId = 1
  private closed = false
  /** How many files were asked for since the pool was made. */
  requested = 0

  constructor(
    /** The other threads' scripts are built beside this one (see referenceWorkerBeside). */
    readonly workerScript: string = BUILT_READER_WORKER,
    readonly limits: ReadingLimits = DEFAULT_READING_LIMITS,
    readonly threads: number = defaultThreads(),
  ) {
    if (!existsSync(workerScript)) {
      throw new AppError('INTERNAL', `The reading thread's script is missing (${workerScript}); build the app with "npm run build".`)
    }
  }

  read(absolutePath: string): Promise<ReadDocument> {
    if (this.closed) return Promise.reject(new AppError('INTERNAL', 'The reading threads were stopped.'))
    this.requested++
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, path: absolutePath, resolve, reject })
      this.dispatch()
    })
  }

  /** How many files are waiting for a thread, and how many are being read. */
  load(): { queued: number; reading: number } {
    return { queued: this.queue.length, reading: this.readers.filter((reader) => reader.job).length }
  }

  async close(): Promise<void> {
    this.closed = true
    const stopped = () => new AppError('INTERNAL', 'The reading threads were stopped.')
    for (const job of this.queue.splice(0)) job.reject(stopped())
    for (const reader of this.readers) reader.job?.reject(stopped())
    await Promise.all(this.readers.splice(0).map((reader) => this.stop(reader)))
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const reader = this.readers.find((candidate) => !candidate.job) ?? (this.readers.length < this.threads ? this.spawn() : null)
      if (!reader) return
      const job = this.queue.shift()!
      reader.job = job
      reader.timer = setTimeout(() => this.fail(reader, timeoutError(job.path, this.limits.timeoutMs)), this.limits.timeoutMs)
      reader.worker.postMessage({ id: job.id, path: job.path } satisfies WorkerRequest)
    }
  }

  private spawn(): Reader {
    const worker = new Worker(this.workerScript, {
      workerData: { maxFileBytes: this.limits.maxFileBytes } satisfies WorkerData,
      resourceLimits: { maxOldGenerationSizeMb: this.limits.maxHeapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    })
    const reader: Reader = { worker, job: null, timer: null }
    worker.on('message', (response: WorkerResponse) => {
      const job = reader.job
      if (!job || job.id !== response.id) return
      this.finish(reader)
      if (response.ok) job.resolve(response.document)
      else job.reject(new AppError(response.error.code, response.error.message))
      this.dispatch()
    })
    worker.on('error', (error: Error & { code?: string }) => {
      const path = reader.job?.path ?? ''
      this.fail(reader, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? memoryError(path, this.limits.maxHeapMb) : threadError(path, error))
    })
    worker.on('exit', () => this.fail(reader, threadError(reader.job?.path ?? '', null)))
    // An idle reading thread does not keep a command-line process alive.
    worker.unref()
    this.readers.push(reader)
    return reader
  }

  private finish(reader: Reader): void {
    if (reader.timer) clearTimeout(reader.timer)
    reader.timer = null
    reader.job = null
  }

  /** The thread is lost (limit, crash or exit): its file fails, and a new thread takes the queue. */
  private fail(reader: Reader, error: AppError): void {
    const index = this.readers.indexOf(reader)
    if (index < 0) return
    this.readers.splice(index, 1)
    const job = reader.job
    this.finish(reader)
    job?.reject(error)
    void this.stop(reader)
    if (!this.closed) this.dispatch()
  }

  private async stop(reader: Reader): Promise<void> {
    this.finish(reader)
    reader.worker.removeAllListeners('exit')
    await reader.worker.terminate()
  }
}

function defaultThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1))
}

function timeoutError(path: string, timeoutMs: number): AppError {
  return new AppError('TIMEOUT', `${basename(path)} took longer than ${(timeoutMs / 1000).toLocaleString('en', { maximumFractionDigits: 2 })} s to read and was given up.`)
}

function memoryError(path: string, maxHeapMb: number): AppError {
  return new AppError('TOO_LARGE', `${basename(path)} needs more memory to read than the ${maxHeapMb} MB a reading thread may use.`)
}

function threadError(path: string, error: Error | null): AppError {
  const what = path ? basename(path) : 'A file'
  return new AppError('TOO_COMPLEX', `${what} stopped the thread reading it${error ? ` (${error.message.split('\n')[0]})` : ''}.`)
}
