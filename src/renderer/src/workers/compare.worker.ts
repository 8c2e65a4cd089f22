import { compareParagraphs } from '../../../core/compare/compare'
import type { CompareRequest, CompareResponse } from './compare-protocol'

/** Comparisons run here, off the window's thread, so long documents never freeze the UI. */
self.onmessage = (event: MessageEvent<CompareRequest>) => {
  const { id, base, others, options } = event.data
  let response: CompareResponse
  try {
    const comparisons = others.map((other, k) =>
      compareParagraphs(base, other, options, (done) => {
        self.postMessage({ id, kind: 'progress', done: (k + done) / others.length } satisfies CompareResponse)
      }),
    )
    response = { id, kind: 'result', ok: true, comparisons }
  } catch (error) {
    response = { id, kind: 'result', ok: false, message: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(response)
}
