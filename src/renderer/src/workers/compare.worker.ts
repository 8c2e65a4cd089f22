import { compareParagraphs, type ComparisonRow } from '../../../core/compare/compare'
import type { CompareRequest, CompareResponse } from './compare-protocol'

/**
 * Rows per message, weighed by their word operations: enough that the messages are few, few
 * enough that the window decodes one well within a frame.
 */
const CHUNK_WEIGHT = 4_000

function post(response: CompareResponse): void {
  self.postMessage(response)
}

function postRows(id: number, comparison: number, rows: ComparisonRow[]): void {
  let chunk: ComparisonRow[] = []
  let weight = 0
  for (const row of rows) {
    chunk.push(row)
    weight += 1 + (row.ops?.length ?? 0)
    if (weight < CHUNK_WEIGHT) continue
    post({ id, kind: 'rows', comparison, rows: chunk })
    chunk = []
    weight = 0
  }
  if (chunk.length) post({ id, kind: 'rows', comparison, rows: chunk })
}

/** Comparisons run here, off the window's thread, so long documents never freeze the UI. */
self.onmessage = (event: MessageEvent<CompareRequest>) => {
  const { id, base, others, options } = event.data
  try {
    others.forEach((other, k) => {
      const comparison = compareParagraphs(base, other, options, (done) => post({ id, kind: 'progress', done: (k + done) / others.length }))
      postRows(id, k, comparison.rows)
      post({ id, kind: 'compared', comparison: k, stats: comparison.stats })
    })
    post({ id, kind: 'done' })
  } catch (error) {
    post({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
}
