import { createHash } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { DocumentSummary } from '../../shared/documents'
import { writeFileAtomic } from './atomic-write'

export interface CachedSummary {
  size: number
  mtimeMs: number
  summary: DocumentSummary
}

/** Goes up whenever a summary's shape or what reading puts in it changes: an older cache is read again, not trusted. 2: kind, language, names and the new date sources. */
const CACHE_VERSION = 2

interface CacheFile {
  version: typeof CACHE_VERSION
  root: string
  entries: Record<string, CachedSummary>
}

/** Where the app keeps its folders' summaries, in its data folder: the app and the command line share them. */
export function folderCacheDir(dataDir: string): string {
  return join(dataDir, 'folder-cache')
}

/**
 * What each file of a folder read as (title, date, paragraphs), keyed by path, size and
 * modification time, kept in the app's data folder: opening the same folder again lists it at
 * once and reads only what changed. Never written into the user's folder.
 */
export class SummaryCache {
  constructor(private readonly directory: string) {}

  private fileFor(root: string): string {
    return join(this.directory, `${createHash('sha256').update(root).digest('hex').slice(0, 24)}.json`)
  }

  async load(root: string): Promise<Map<string, CachedSummary>> {
    try {
      const file = JSON.parse(await readFile(this.fileFor(root), 'utf8')) as CacheFile
      if (file.version !== CACHE_VERSION || file.root !== root) return new Map()
      return new Map(Object.entries(file.entries))
    } catch {
      // No cache yet, or one that cannot be read: the folder is simply read again.
      return new Map()
    }
  }

  async save(root: string, entries: Map<string, CachedSummary>): Promise<void> {
    await mkdir(this.directory, { recursive: true })
    const file: CacheFile = { version: CACHE_VERSION, root, entries: Object.fromEntries(entries) }
    await writeFileAtomic(this.fileFor(root), JSON.stringify(file))
  }
}
