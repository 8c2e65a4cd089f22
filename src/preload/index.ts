import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { COMMAND_CHANNEL, type AppCommand, type DesktopBridge } from '../shared/commands'
import { CHANNELS, IPC_PREFIX, type RawBridge } from '../shared/contract'

/** One function per channel of the contract, and nothing else: no raw ipcRenderer. */
const bridge = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (args: unknown) => ipcRenderer.invoke(IPC_PREFIX + channel, args ?? {})]),
) as RawBridge

/** The main process's commands, and the paths of dropped files: the event itself is never exposed. */
const desktop: DesktopBridge = {
  onCommand: (listener) => {
    ipcRenderer.on(COMMAND_CHANNEL, (_event, command: AppCommand) => listener(command))
  },
  pathForFile: (file) => (file instanceof File ? webUtils.getPathForFile(file) : ''),
}

contextBridge.exposeInMainWorld('communique', bridge)
contextBridge.exposeInMainWorld('communiqueDesktop', desktop)
