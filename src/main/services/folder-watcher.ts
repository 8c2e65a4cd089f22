import { watch, type FSWatcher } from 'chokidar'
import { basename } from 'node:path'

export interface FolderChange {
  kind: 'added' | 'changed' | 'removed'
  absolutePath: string
}

/** Changes arriving within this time are handled together (an editor saving writes several times). */
const SETTLE_MS = 250

/**
 * Watches a folder for files added, changed and removed (hidden ones and linked folders left
 * out, as in the listing) and reports them in batches.
 */
export class FolderWatcher {
  private readonly watcher: FSWatcher
  private pending = new Map<string, FolderChange>()
  private timer: NodeJS.Timeout | null = null

  constructor(root: string, onChanges: (changes: FolderChange[]) => Promise<void>, onReady: () => void = () => undefined) {
    this.watcher = watch(root, {
      ignoreInitial: true,
      followSymlinks: false,
      ignored: (path: string) => path !== root && basename(path).startsWith('.'),
      awaitWriteFinish: { stabilityThreshold: 150, pollInterval: 50 },
    })
    const record = (kind: FolderChange['kind']) => (absolutePath: string) => {
      this.pending.set(absolutePath, { kind, absolutePath })
      this.timer ??= setTimeout(() => {
        this.timer = null
        const changes = [...this.pending.values()]
        this.pending = new Map()
        void onChanges(changes)
      }, SETTLE_MS)
    }
    this.watcher.on('add', record('added')).on('change', record('changed')).on('unlink', record('removed'))
    this.watcher.on('ready', onReady)
    // A watcher error (a folder removed under it, too many files for the system) stops following changes, nothing else.
    this.watcher.on('error', () => undefined)
  }

  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    await this.watcher.close()
  }
}
