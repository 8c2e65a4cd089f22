import type { ComparisonRow, ComparisonStats } from '../../../core/compare/compare'
import type { CompareOptions } from '../../../core/compare/options'

/** Compare one base document (its paragraphs' texts) with each of the others. */
export interface CompareRequest {
  id: number
  base: string[]
  others: string[][]
  options: Partial<CompareOptions>
}

/**
 * A comparison's rows travel in chunks of bounded weight (`rows`), each comparison's stats
 * after its rows (`compared`), then `done`: the window reads each message in a few
 * milliseconds, where one message of a million words' rows took it hundreds.
 */
export type CompareResponse =
  | { id: number; kind: 'progress'; done: number }
  | { id: number; kind: 'rows'; comparison: number; rows: ComparisonRow[] }
  | { id: number; kind: 'compared'; comparison: number; stats: ComparisonStats }
  | { id: number; kind: 'done' }
  | { id: number; kind: 'failed'; message: string }
