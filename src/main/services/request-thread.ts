import { Worker } from 'node:worker_threads'
import { AppError } from '../../shared/errors'

/** What a request thread answers: the request's id with its value, or the message of what failed. */
export type ThreadResponse<Value> = { id: number; ok: true; value: Value } | { id: number; ok: false; message: string }

/**
 * A worker thread that answers requests, each tagged with an id, started on the first request
 * and again after it stopped. It keeps the process alive only while a request is in hand (a
 * command waits for its answer; an idle thread does not hold the process open). When the thread
 * stops, every request in hand fails with INTERNAL naming the thread, and `onStopped` runs.
 */
export class RequestThread<Request extends object, Value> {
  private worker: Worker | null = null
  private readonly pending = new Map<number, { resolve: (value: Value) => void; reject: (error: Error) => void }>()
  private nextId = 1

  constructor(
    private readonly script: string,
    /** Named in the error when it stops: "the search thread". */
    private readonly name: string,
    private readonly onStopped: () => void = () => undefined,
  ) {}

  ask(request: Request): Promise<Value> {
    const worker = this.worker ?? this.start()
    const id = this.nextId++
    worker.ref()
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      worker.postMessage({ ...request, id })
    })
  }

  async close(): Promise<void> {
    const worker = this.worker
    this.worker = null
    await worker?.terminate()
  }

  private start(): Worker {
    const worker = new Worker(this.script)
    worker.on('message', (response: ThreadResponse<Value>) => {
      const waiter = this.pending.get(response.id)
      this.pending.delete(response.id)
      if (this.pending.size === 0) worker.unref()
      if (response.ok) waiter?.resolve(response.value)
      else waiter?.reject(new AppError('INTERNAL', response.message))
    })
    const stopped = (error: Error): void => {
      for (const waiter of this.pending.values()) waiter.reject(new AppError('INTERNAL', `The ${this.name} thread stopped (${error.message}).`))
      this.pending.clear()
      if (this.worker !== worker) return
      this.worker = null
      this.onStopped()
    }
    worker.on('error', stopped)
    worker.on('exit', (code) => stopped(new Error(`exit ${code}`)))
    worker.unref()
    this.worker = worker
    return worker
  }
}
