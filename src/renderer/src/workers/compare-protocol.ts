import type { Comparison } from '../../../core/compare/compare'
import type { CompareOptions } from '../../../core/compare/options'

export interface CompareRequest {
  id: number
  left: string[]
  right: string[]
  options: Partial<CompareOptions>
}

export type CompareResponse =
  | { id: number; kind: 'progress'; done: number }
  | { id: number; kind: 'result'; ok: true; comparison: Comparison }
  | { id: number; kind: 'result'; ok: false; message: string }
