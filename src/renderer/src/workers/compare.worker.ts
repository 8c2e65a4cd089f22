import { callHost } from '../bridge-http'
import type { CompareRequest, CompareResponse } from './compare-protocol'
import { CompareService } from './compare-service'

/**
 * Documents are read, compared and outlined here, off the window's thread, so that neither
 * parsing a long document, nor comparing it, nor reading its headings freezes the UI.
 */
const service = new CompareService(
  (response: CompareResponse, transfer: Transferable[] = []) => self.postMessage(response, { transfer }),
  (path, token) => callHost(token, 'readDocument', { path }),
)

self.onmessage = (event: MessageEvent<CompareRequest>) => void service.handle(event.data)
