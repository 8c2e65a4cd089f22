import { compareParagraphs } from '../../../core/compare/compare'
import type { CompareRequest, CompareResponse } from './compare-protocol'

/** Comparisons run here, off the window's thread, so long documents never freeze the UI. */
self.onmessage = (event: MessageEvent<CompareRequest>) => {
  const { id, left, right, options } = event.data
  let response: CompareResponse
  try {
    const progress = (done: number): void => self.postMessage({ id, kind: 'progress', done } satisfies CompareResponse)
    response = { id, kind: 'result', ok: true, comparison: compareParagraphs(left, right, options, progress) }
  } catch (error) {
    response = { id, kind: 'result', ok: false, message: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(response)
}
