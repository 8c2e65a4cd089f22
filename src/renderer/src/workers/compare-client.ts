import type { Comparison, ComparisonRow } from '../../../core/compare/compare'
import type { CompareOptions } from '../../../core/compare/options'
import type { CompareRequest, CompareResponse } from './compare-protocol'

let worker: Worker | null = null
let nextId = 1
interface Waiting {
  resolve: (comparisons: Comparison[]) => void
  reject: (error: Error) => void
  progress: (done: number) => void
  /** Rows received so far, per comparison, and each comparison once its stats came. */
  rows: ComparisonRow[][]
  comparisons: Comparison[]
}
const waiting = new Map<number, Waiting>()

function receive(response: CompareResponse): void {
  const entry = waiting.get(response.id)
  if (!entry) return
  switch (response.kind) {
    case 'progress':
      return entry.progress(response.done)
    case 'rows': {
      const rows = (entry.rows[response.comparison] ??= [])
      for (const row of response.rows) rows.push(row)
      return
    }
    case 'compared':
      entry.comparisons[response.comparison] = { rows: entry.rows[response.comparison] ?? [], stats: response.stats }
      return
    case 'done':
      waiting.delete(response.id)
      return entry.resolve(entry.comparisons)
    case 'failed':
      waiting.delete(response.id)
      return entry.reject(new Error(response.message))
  }
}

function compareWorker(): Worker {
  if (worker) return worker
  worker = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' })
  worker.onmessage = (event: MessageEvent<CompareResponse>) => receive(event.data)
  worker.onerror = (event) => {
    for (const entry of waiting.values()) entry.reject(new Error(event.message || 'The comparison worker stopped.'))
    waiting.clear()
    worker = null
  }
  return worker
}

/**
 * Compares the base with each other document in the worker; settles with one comparison per
 * other. The rows arrive in chunks, each read between frames.
 */
export function compareInWorker(
  base: string[],
  others: string[][],
  options: Partial<CompareOptions>,
  progress: (done: number) => void = () => undefined,
): Promise<Comparison[]> {
  const id = nextId++
  const request: CompareRequest = { id, base, others, options }
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject, progress, rows: [], comparisons: [] })
    compareWorker().postMessage(request)
  })
}
