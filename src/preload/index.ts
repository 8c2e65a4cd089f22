import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS, IPC_PREFIX, type RawBridge } from '../shared/contract'

/** One function per channel of the contract, and nothing else: no raw ipcRenderer. */
const bridge = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (args: unknown) => ipcRenderer.invoke(IPC_PREFIX + channel, args ?? {})]),
) as RawBridge

contextBridge.exposeInMainWorld('communique', bridge)
