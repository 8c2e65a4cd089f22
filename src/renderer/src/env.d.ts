/// <reference types="vite/client" />
import type { DesktopBridge } from '../../shared/commands'
import type { RawBridge } from '../../shared/contract'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser, where the web bridge is used. */
    communique?: RawBridge
    /** Set by the Electron preload: the menu's commands and dropped files' paths. */
    communiqueDesktop?: DesktopBridge
  }
}
