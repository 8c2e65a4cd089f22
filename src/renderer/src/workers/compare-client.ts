import type { Comparison } from '../../../core/compare/compare'
import type { CompareOptions } from '../../../core/compare/options'
import type { CompareRequest, CompareResponse } from './compare-protocol'

let worker: Worker | null = null
let nextId = 1
interface Waiting {
  resolve: (comparisons: Comparison[]) => void
  reject: (error: Error) => void
  progress: (done: number) => void
}
const waiting = new Map<number, Waiting>()

function compareWorker(): Worker {
  if (worker) return worker
  worker = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' })
  worker.onmessage = (event: MessageEvent<CompareResponse>) => {
    const response = event.data
    const entry = waiting.get(response.id)
    if (!entry) return
    if (response.kind === 'progress') return entry.progress(response.done)
    waiting.delete(response.id)
    if (response.ok) entry.resolve(response.comparisons)
    else entry.reject(new Error(response.message))
  }
  worker.onerror = (event) => {
    for (const entry of waiting.values()) entry.reject(new Error(event.message || 'The comparison worker stopped.'))
    waiting.clear()
    worker = null
  }
  return worker
}

/** Compares the base with each other document in the worker; settles with one comparison per other. */
export function compareInWorker(
  base: string[],
  others: string[][],
  options: Partial<CompareOptions>,
  progress: (done: number) => void = () => undefined,
): Promise<Comparison[]> {
  const id = nextId++
  const request: CompareRequest = { id, base, others, options }
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject, progress })
    compareWorker().postMessage(request)
  })
}
