import type { Comparison } from '../../../core/compare/compare'
import type { CompareOptions } from '../../../core/compare/options'

/** Compare one base document (its paragraphs' texts) with each of the others. */
export interface CompareRequest {
  id: number
  base: string[]
  others: string[][]
  options: Partial<CompareOptions>
}

export type CompareResponse =
  | { id: number; kind: 'progress'; done: number }
  | { id: number; kind: 'result'; ok: true; comparisons: Comparison[] }
  | { id: number; kind: 'result'; ok: false; message: string }
