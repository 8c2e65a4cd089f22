/// <reference types="vite/client" />
import type { RawBridge } from '../../shared/contract'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser, where the web bridge is used. */
    communique?: RawBridge
  }
}
