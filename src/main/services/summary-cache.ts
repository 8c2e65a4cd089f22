import { createHash } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { DocumentSummary } from '../../shared/documents'
import { writeFileAtomic } from './atomic-write'

/**
 * Goes up whenever a summary's shape or what reading puts in it changes: an older cache is read
 * again, not trusted. 2: kind, language, names and the new date sources. 3: rows of values in
 * the order of SUMMARY_FIELDS, half the size of objects, so that a folder of 100,000 files is
 * listed again sooner. 4: hard-wrapped text rebuilt into paragraphs, a printed web page's
 * furniture dropped.
 */
const CACHE_VERSION = 4

/** Every field of a summary (a field added to DocumentSummary must be added here), in the order a cached row holds their values. */
const FIELDS: Record<keyof DocumentSummary, true> = {
  path: true, name: true, format: true, size: true, modified: true, status: true, title: true, kind: true, language: true, names: true, date: true,
  dateSource: true, paragraphCount: true, wordCount: true, encoding: true, publisher: true, warning: true, problem: true,
}
const SUMMARY_FIELDS = Object.keys(FIELDS) as (keyof DocumentSummary)[]

interface CacheFile {
  version: typeof CACHE_VERSION
  root: string
  fields: readonly string[]
  rows: unknown[][]
}

/** Where the app keeps its folders' summaries, in its data folder: the app and the command line share them. */
export function folderCacheDir(dataDir: string): string {
  return join(dataDir, 'folder-cache')
}

/**
 * What each file of a folder read as (title, date, paragraphs), by path; a summary stands for its
 * file while the file's size and modification time are those it carries. Kept in the app's data
 * folder: opening the same folder again lists it at once and reads only what changed. Never
 * written into the user's folder.
 */
export class SummaryCache {
  constructor(private readonly directory: string) {}

  private fileFor(root: string): string {
    return join(this.directory, `${createHash('sha256').update(root).digest('hex').slice(0, 24)}.json`)
  }

  async load(root: string): Promise<Map<string, DocumentSummary>> {
    const summaries = new Map<string, DocumentSummary>()
    try {
      const file = JSON.parse(await readFile(this.fileFor(root), 'utf8')) as CacheFile
      if (file.version !== CACHE_VERSION || file.root !== root || file.fields.join() !== SUMMARY_FIELDS.join()) return summaries
      for (const row of file.rows) {
        const summary: Record<string, unknown> = {}
        for (const [index, field] of SUMMARY_FIELDS.entries()) summary[field] = row[index]
        summaries.set(summary.path as string, summary as unknown as DocumentSummary)
      }
    } catch {
      // No cache yet, or one that cannot be read: the folder is simply read again.
      summaries.clear()
    }
    return summaries
  }

  async save(root: string, summaries: Iterable<DocumentSummary>): Promise<void> {
    await mkdir(this.directory, { recursive: true })
    const rows = Array.from(summaries, (summary) => SUMMARY_FIELDS.map((field) => summary[field]))
    const file: CacheFile = { version: CACHE_VERSION, root, fields: SUMMARY_FIELDS, rows }
    await writeFileAtomic(this.fileFor(root), JSON.stringify(file))
  }
}
