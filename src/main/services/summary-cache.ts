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
 * furniture dropped. 5: a header line, then the rows in path order, ROWS_PER_LINE a line, so
 * that the first rows are listed before the rest is parsed.
 */
const CACHE_VERSION = 5
/** Rows per line: a line is parsed in a few milliseconds, so the rest can be taken between other work. */
const ROWS_PER_LINE = 1_000

/** Every field of a summary (a field added to DocumentSummary must be added here), in the order a cached row holds their values. */
const FIELDS: Record<keyof DocumentSummary, true> = {
  path: true, name: true, format: true, size: true, modified: true, status: true, title: true, kind: true, language: true, names: true, date: true,
  dateSource: true, paragraphCount: true, wordCount: true, encoding: true, publisher: true, warning: true, problem: true,
}
const SUMMARY_FIELDS = Object.keys(FIELDS) as (keyof DocumentSummary)[]

interface CacheHeader {
  version: typeof CACHE_VERSION
  root: string
  fields: readonly string[]
  /** How many rows the lines after the header hold. */
  count: number
}

/** A folder's cached summaries in path order, taken a line at a time. */
export interface CachedListing {
  count: number
  /** The next summaries (a line of them), or null once all were taken; throws on a damaged line. */
  next(): DocumentSummary[] | null
}

/** Path order for pages and cached rows: by code units, so that no two paths compare equal (a collator says NFC and NFD names are). */
export function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
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
  constructor(
    private readonly directory: string,
    private readonly rowsPerLine: number = ROWS_PER_LINE,
  ) {}

  private fileFor(root: string): string {
    return join(this.directory, `${createHash('sha256').update(root).digest('hex').slice(0, 24)}.json`)
  }

  /**
   * The summaries cached for a folder, or null when there are none, or they are of another
   * version or folder, or cannot be read: the folder is then read again. The file is read whole
   * but only its header parsed here; its lines are parsed as they are taken.
   */
  async load(root: string): Promise<CachedListing | null> {
    let bytes: Buffer
    try {
      bytes = await readFile(this.fileFor(root))
    } catch {
      return null
    }
    let start = 0
    const nextLine = (): string | null => {
      if (start >= bytes.length) return null
      const end = bytes.indexOf(10, start)
      const line = bytes.toString('utf8', start, end < 0 ? bytes.length : end)
      start = end < 0 ? bytes.length : end + 1
      return line
    }
    try {
      const header = JSON.parse(nextLine() ?? 'null') as CacheHeader | null
      if (header?.version !== CACHE_VERSION || header.root !== root || header.fields.join() !== SUMMARY_FIELDS.join() || header.count === 0) return null
      return {
        count: header.count,
        next: () => {
          const line = nextLine()
          if (line === null) return null
          return (JSON.parse(line) as unknown[][]).map((row) => {
            const summary: Record<string, unknown> = {}
            for (const [index, field] of SUMMARY_FIELDS.entries()) summary[field] = row[index]
            return summary as unknown as DocumentSummary
          })
        },
      }
    } catch {
      return null
    }
  }

  async save(root: string, summaries: Iterable<DocumentSummary>): Promise<void> {
    await mkdir(this.directory, { recursive: true })
    const rows = Array.from(summaries).sort((a, b) => byPath(a.path, b.path)).map((summary) => SUMMARY_FIELDS.map((field) => summary[field]))
    const header: CacheHeader = { version: CACHE_VERSION, root, fields: SUMMARY_FIELDS, count: rows.length }
    const lines = [JSON.stringify(header)]
    for (let first = 0; first < rows.length; first += this.rowsPerLine) lines.push(JSON.stringify(rows.slice(first, first + this.rowsPerLine)))
    await writeFileAtomic(this.fileFor(root), `${lines.join('\n')}\n`)
  }
}
