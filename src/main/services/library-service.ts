import { realpath, stat } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { MAX_PAGE, type DocumentContent, type DocumentSummary, type FolderListing, type FolderPage, type FolderStatus } from '../../shared/documents'
import { AppError } from '../../shared/errors'
import type { ReadDocument } from './document-reader'
import { formatOf, unsupportedReason } from './file-formats'
import type { DocumentSource } from './reader-pool'
import type { FolderChange, FolderWatcher } from './folder-watcher'
import { findFiles, isInside, summaryOf, toDocumentPath, type UnlistedPlace } from './folder-files'
import { toAppError } from './io-errors'
import { mapLimited } from './map-limited'
import type { ReadingRecorder } from './reading-journal'
import { byPath, type CachedListing, type SummaryCache } from './summary-cache'

const STAT_CONCURRENCY = 32
const READ_CONCURRENCY = 8
/** Notices kept for the window to show: the latest changes of the folder. */
const MAX_NOTICES = 20
/** The documents kept read for the window and the services, by their files' size: the least recently used go first. */
const MAX_KEPT_BYTES = 128 * 1024 * 1024
/** While a large folder is read, what is read so far is cached this often, so that a stop loses little. */
const CACHE_SAVE_INTERVAL_MS = 60_000

interface CachedDocument {
  size: number
  mtimeMs: number
  document: ReadDocument
}

/** Told of each document the background reading read: the folder's root, the summary it is listed with, the document. */
export type ReadListener = (root: string, summary: DocumentSummary, document: ReadDocument) => void

export interface LibraryOptions {
  /** Where summaries of folders are cached between runs (the app's data folder); none: no cache. */
  cache?: SummaryCache | null
  /** Watch the open folder and follow its changes. */
  watch?: boolean
  /** Told which files are being read, so that a start after a crash in one of them knows it. */
  journal?: ReadingRecorder | null
}

/**
 * The open folder. Opening lists every file at once from what the file system and the cache
 * say (from the cache, the first rows at once and the rest in turns of a few milliseconds, or
 * at once when asked for); the files not known yet are read in the background (in worker threads in the app), and
 * `status` tells how far that is. With `watch`, added, changed and removed files update the
 * listing. Every path it is given is relative to the open folder and must stay inside it. It
 * never writes into the folder.
 */
export class LibraryService {
  private root: string | null = null
  private readonly entries = new Map<string, DocumentSummary>()
  /** The listing version in which each file last changed, and in which removed files went. */
  private readonly changedIn = new Map<string, number>()
  private readonly removedIn = new Map<string, number>()
  /** Documents read for the window and the services, least recently used first. */
  private readonly documents = new Map<string, CachedDocument>()
  private keptBytes = 0
  /** The listed paths in path order, made again when a path comes or goes. */
  private sortedPaths: string[] | null = null
  private cacheSavedAt = 0
  /** Resolves once the open folder's cache is all in the listing. */
  private listed: Promise<void> = Promise.resolve()
  /** The cached summaries of the open folder not in the listing yet, and the listing version they belong to (see open). */
  private uncached: { listing: CachedListing; remaining: number; version: number } | null = null
  private version = 0
  private reading = { done: 0, total: 0 }
  /** The latest changes of the folder in words, each with the listing version it came in. */
  private notices: { version: number; text: string }[] = []
  private background: Promise<void> = Promise.resolve()
  private watcher: FolderWatcher | null = null
  /** Goes up when a folder is closed: a watcher about to start for it then does not. */
  private closings = 0
  /** The files the background reading has in hand, for the journal. */
  private readonly inFlight = new Set<string>()
  private readonly readListeners = new Set<ReadListener>()

  constructor(
    private readonly source: DocumentSource,
    private readonly options: LibraryOptions = {},
  ) {}

  /** The whole listing, in path order: for the services and the command line, in this process. */
  current(): FolderListing | null {
    return this.head(Number.POSITIVE_INFINITY)
  }

  /** The listing with only its first `limit` documents: what the window is answered first. */
  head(limit: number): FolderListing | null {
    if (!this.root) return null
    this.takeCached(limit)
    const documents = this.paths().slice(0, limit).map((path) => this.entries.get(path)!)
    const total = this.entries.size + (this.uncached?.remaining ?? 0)
    return { root: this.root, name: basename(this.root), documents, total, version: this.version, reading: this.readingStatus() }
  }

  /** The documents after `after` in path order, at most `limit` (and MAX_PAGE) of them. */
  page(after: string | null, limit: number): FolderPage {
    if (!this.root) throw new AppError('NO_FOLDER', 'No folder is open.')
    const count = Math.min(limit, MAX_PAGE)
    let paths = this.paths()
    let start = after === null ? 0 : firstAfter(paths, after)
    // The cache's lines are taken until the page is there and one more row tells whether more follow.
    while (this.uncached && paths.length <= start + count) {
      this.takeCached(paths.length + 1)
      paths = this.paths()
      start = after === null ? 0 : firstAfter(paths, after)
    }
    const end = Math.min(paths.length, start + count)
    const documents = paths.slice(start, end).map((path) => this.entries.get(path)!)
    return { root: this.root, version: this.version, documents, next: end < paths.length ? paths[end - 1]! : null }
  }

  /**
   * How the folder stands, and what changed in its listing since version `since` of it: the
   * window keeps its listing in step with these changes instead of fetching it whole. At most
   * MAX_PAGE changes, whole versions of them, the oldest first; only versions already complete,
   * so that a change made while a batch is being listed is never skipped.
   */
  status(since: number): FolderStatus {
    // The cache's rows not taken yet are all of its version: nothing changed after it while they wait.
    if (this.uncached && since < this.uncached.version) this.takeCached(Number.POSITIVE_INFINITY)
    const changes: { path: string; version: number; removed: boolean }[] = []
    for (const [path, version] of this.changedIn) if (version > since && version <= this.version) changes.push({ path, version, removed: false })
    for (const [path, version] of this.removedIn) if (version > since && version <= this.version) changes.push({ path, version, removed: true })
    let version = this.version
    let more = false
    if (changes.length > MAX_PAGE) {
      changes.sort((a, b) => a.version - b.version)
      const cut = changes[MAX_PAGE]!.version
      // Whole versions only; a single version larger than a page goes whole (batches are cut into versions of MAX_PAGE files).
      const kept = changes.findIndex((change) => change.version === cut)
      version = kept > 0 ? cut - 1 : cut
      changes.length = kept > 0 ? kept : changes.findLastIndex((change) => change.version === cut) + 1
      more = true
    }
    const changed = changes.filter((change) => !change.removed).map((change) => this.entries.get(change.path)!)
    const removed = changes.filter((change) => change.removed).map((change) => change.path)
    const notices = this.notices.filter((notice) => notice.version > since && notice.version <= version).map((notice) => notice.text)
    return { root: this.root, version, reading: this.readingStatus(), notices, changed, removed, more }
  }

  private paths(): string[] {
    this.sortedPaths ??= [...this.entries.keys()].sort(byPath)
    return this.sortedPaths
  }

  /** Puts a file's summary in the listing, remembering in which version it changed. */
  private setEntry(summary: DocumentSummary, version = this.version + 1): void {
    if (!this.entries.has(summary.path)) this.sortedPaths = null
    this.entries.set(summary.path, summary)
    this.changedIn.set(summary.path, version)
    this.removedIn.delete(summary.path)
  }

  private removeEntry(path: string): boolean {
    if (!this.entries.delete(path)) return false
    this.sortedPaths = null
    this.changedIn.delete(path)
    this.removedIn.set(path, this.version + 1)
    return true
  }

  /**
   * Hands each document the background reading reads (first open, added and changed files) to
   * `listener` as well, so that the search index takes its paragraphs from this one read of the
   * file. Returns the function that stops it.
   */
  onRead(listener: ReadListener): () => void {
    this.readListeners.add(listener)
    return () => this.readListeners.delete(listener)
  }

  /**
   * Resolves once the open folder is all listed (its cache taken): a service that goes through the
   * whole listing waits for it rather than have it taken at once as the window asks for its first rows.
   */
  whenListed(): Promise<void> {
    return this.listed
  }

  /** Resolves when the folder has been checked against the disk and every file known so far read. */
  async whenRead(): Promise<void> {
    let seen: Promise<void>
    do {
      seen = this.background
      await seen
    } while (seen !== this.background)
  }

  /**
   * Opens a folder and answers its listing's first `firstRows` documents (all by default). A
   * folder read before is listed as its cache has it: the rows asked for now, the rest in turns
   * of a line of the cache, each between other work (a line or all of them at once when the
   * listing is asked for meanwhile), so that the first rows of 100,000 come before the rest
   * is parsed.
   */
  async open(folderPath: string, firstRows = Number.POSITIVE_INFINITY): Promise<FolderListing> {
    const requested = resolve(folderPath)
    let root: string
    try {
      root = await realpath(requested)
      if (!(await stat(root)).isDirectory()) throw new AppError('INVALID_INPUT', `${requested} is a file, not a folder.`)
    } catch (error) {
      throw toAppError(error, `The folder ${requested}`)
    }
    const cached = (await this.options.cache?.load(root)) ?? null
    // A folder read before is listed at once as the cache has it, and checked against the disk in
    // the background (a walk and a stat per file: seconds for 100,000 files); a new one is walked now.
    const found = cached ? null : await findFiles(root)
    await this.close()
    this.root = root
    this.entries.clear()
    this.changedIn.clear()
    this.removedIn.clear()
    this.sortedPaths = null
    this.documents.clear()
    this.keptBytes = 0
    this.notices = []
    this.uncached = null
    this.listed = Promise.resolve()
    this.cacheSavedAt = Date.now()
    if (found) {
      const listed = await mapLimited(found.files, STAT_CONCURRENCY, (file) => this.listFile(root, file))
      for (const summary of listed) this.setEntry(summary)
      for (const place of found.unlisted) this.setEntry(unlistedSummary(root, place))
      this.version++
      this.readInBackground(listed.filter((summary) => summary.status === 'pending').map((summary) => summary.path))
    } else {
      this.version++
      this.uncached = { listing: cached!, remaining: cached!.count, version: this.version }
      this.takeCached(firstRows)
      const listed = (this.listed = this.takeCachedInTurns(root))
      const check = async (): Promise<void> => {
        await listed
        await this.reconcile(root, false)
      }
      this.background = this.background.then(check, check)
    }
    if (this.options.watch) this.watchWhenListed(root)
    return this.head(firstRows)!
  }

  /**
   * Puts cached summaries in the listing, a line of the cache at a time, until it holds `until`
   * documents or the cache is all taken. Nothing else changes the listing until then (every
   * change takes the whole cache first), so what is taken is the start of the listing in path order.
   */
  private takeCached(until: number): void {
    const uncached = this.uncached
    while (uncached && this.uncached === uncached && this.entries.size < until) {
      let rows: DocumentSummary[] | null
      try {
        rows = uncached.listing.next()
      } catch {
        // A damaged line: the check against the disk lists the files it held as added, and reads them.
        rows = null
      }
      if (!rows) {
        this.uncached = null
        break
      }
      for (const summary of rows) this.setEntry(summary, uncached.version)
      uncached.remaining -= rows.length
    }
  }

  /**
   * Starts watching once the folder is all listed: the watcher's first walk (some 2 s for
   * 100,000 files, in a native thread) must not compete with the first answer. Changes made
   * before it is ready are found by the check it makes then.
   */
  private watchWhenListed(root: string): void {
    const closings = this.closings
    void this.listed.then(async () => {
      // The watcher (@parcel/watcher) is loaded only where folders are watched: not by the command line.
      const { FolderWatcher } = await import('./folder-watcher')
      if (this.closings === closings && this.root === root) this.watcher = new FolderWatcher(root, (changes) => this.applyChanges(root, changes), () => void this.reconcile(root))
    })
  }

  private async takeCachedInTurns(root: string): Promise<void> {
    while (this.uncached && this.root === root) {
      await new Promise((resolve) => setImmediate(resolve))
      this.takeCached(this.entries.size + 1)
    }
  }

  async read(documentPath: string): Promise<DocumentContent> {
    const { path, document } = await this.readParsed(documentPath)
    return { summary: summaryOf(path, document), paragraphs: document.paragraphs }
  }

  /** A document of the open folder as read, identity and all: for the services (references, reports). */
  async readParsed(documentPath: string): Promise<{ path: string; document: ReadDocument }> {
    const root = this.root
    if (!root) throw new AppError('NO_FOLDER', 'No folder is open.')
    const absolutePath = await this.resolveInside(root, documentPath)
    const document = await this.readCached(absolutePath)
    return { path: toDocumentPath(root, resolve(root, documentPath)), document }
  }

  /** The file behind a document of the open folder, for opening it or showing it in its folder. */
  async originalFile(documentPath: string): Promise<string> {
    if (!this.root) throw new AppError('NO_FOLDER', 'No folder is open.')
    return this.resolveInside(this.root, documentPath)
  }

  async close(): Promise<void> {
    if (this.root) this.options.journal?.finished(this.root)
    this.closings++
    await this.watcher?.close()
    this.watcher = null
  }

  /** Stops watching and the reading threads: for a process that is about to end. */
  async dispose(): Promise<void> {
    await this.close()
    await this.source.close()
  }

  private readingStatus(): FolderStatus['reading'] {
    return this.reading.done < this.reading.total ? { ...this.reading } : null
  }

  private readInBackground(paths: string[]): void {
    if (paths.length === 0) return
    const root = this.root!
    this.reading = { done: this.reading.done < this.reading.total ? this.reading.done : 0, total: (this.reading.done < this.reading.total ? this.reading.total : 0) + paths.length }
    const run = async (): Promise<void> => {
      await mapLimited(paths, READ_CONCURRENCY, async (path) => {
        this.recordReading(root, path, true)
        const summary = await this.readSummary(root, path)
        this.recordReading(root, path, false)
        if (this.root !== root) return
        if (this.entries.has(path)) this.setEntry(summary)
        this.reading.done++
        this.version++
        if (Date.now() - this.cacheSavedAt > CACHE_SAVE_INTERVAL_MS) await this.saveCache(root)
      })
      this.options.journal?.finished(root)
      if (this.root === root) await this.saveCache(root)
    }
    this.background = this.background.then(run, run)
  }

  private recordReading(root: string, path: string, started: boolean): void {
    if (started) this.inFlight.add(path)
    else this.inFlight.delete(path)
    this.options.journal?.reading(root, [...this.inFlight])
  }

  private async saveCache(root: string): Promise<void> {
    if (!this.options.cache) return
    this.cacheSavedAt = Date.now()
    const read = [...this.entries.values()].filter((summary) => summary.status !== 'pending')
    // A cache that cannot be written only makes the next open slower.
    await this.options.cache.save(root, read).catch(() => undefined)
  }

  /**
   * Files added, changed and removed, told with a notice each when `announce`. The listing's
   * version goes up every MAX_PAGE files, so that the window can take a large batch in pages.
   */
  private async applyChanges(root: string, changes: FolderChange[], announce = true): Promise<void> {
    if (this.root !== root) return
    this.takeCached(Number.POSITIVE_INFINITY)
    changes = [...changes, ...this.removedWithFolders(root, changes)]
    const toRead: string[] = []
    const listed = await mapLimited(changes, STAT_CONCURRENCY, (change) =>
      change.kind === 'removed' ? Promise.resolve(null) : this.listFile(root, change.absolutePath),
    )
    if (this.root !== root) return
    let inVersion = 0
    for (const [index, change] of changes.entries()) {
      const path = toDocumentPath(root, change.absolutePath)
      const summary = listed[index]
      if (!summary) {
        if (!this.removeEntry(path)) continue
        this.forgetDocument(change.absolutePath)
        if (announce) this.notice(`${path} was removed from the folder.`)
      } else {
        const known = this.entries.has(path)
        this.setEntry(summary)
        if (summary.status === 'pending') toRead.push(summary.path)
        if (announce) this.notice(known ? `${path} changed on disk.` : `${path} was added to the folder.`)
      }
      if (++inVersion === MAX_PAGE) {
        this.version++
        inVersion = 0
      }
    }
    this.version++
    this.readInBackground(toRead)
  }

  /** The documents under removed paths that are not documents: folders moved away whole, which the watcher reports as one path. */
  private removedWithFolders(root: string, changes: FolderChange[]): FolderChange[] {
    const folders = new Set(changes.filter((change) => change.kind === 'removed').map((change) => toDocumentPath(root, change.absolutePath)))
    for (const folder of folders) if (this.entries.has(folder)) folders.delete(folder)
    if (folders.size === 0) return []
    const removed: FolderChange[] = []
    for (const path of this.entries.keys()) {
      for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
        if (folders.has(path.slice(0, slash))) {
          removed.push({ kind: 'removed', absolutePath: join(root, path) })
          break
        }
      }
    }
    return removed
  }

  /**
   * Lists the folder again and handles what differs from the listing as if it had been seen:
   * once the watcher is ready (it starts after the listing was made), and after a listing taken
   * from the cache (quietly: what changed while the folder was closed is no news).
   */
  private async reconcile(root: string, announce = true): Promise<void> {
    if (this.root !== root) return
    this.takeCached(Number.POSITIVE_INFINITY)
    const found = await findFiles(root).catch(() => null)
    if (!found || this.root !== root) return
    const { files, unlisted } = found
    const paths = files.map((file) => toDocumentPath(root, file))
    const present = new Set([...paths, ...unlisted.map((place) => toDocumentPath(root, place.absolutePath))])
    for (const place of unlisted) if (!this.entries.has(toDocumentPath(root, place.absolutePath))) this.setEntry(unlistedSummary(root, place))
    const changes = (
      await mapLimited(files, STAT_CONCURRENCY, async (file, index): Promise<FolderChange | null> => {
        const known = this.entries.get(paths[index]!)
        if (!known) return { kind: 'added', absolutePath: file }
        if (known.status === 'error') return null
        const info = await stat(file).catch(() => null)
        return info && (info.size !== known.size || info.mtime.toISOString() !== known.modified) ? { kind: 'changed', absolutePath: file } : null
      })
    ).filter((change) => change !== null)
    for (const path of this.entries.keys()) if (!present.has(path)) changes.push({ kind: 'removed', absolutePath: join(root, path) })
    if (changes.length) await this.applyChanges(root, changes, announce)
  }

  private notice(text: string): void {
    this.notices = [...this.notices, { version: this.version + 1, text }].slice(-MAX_NOTICES)
  }

  /** Resolves a document path against the open folder, refusing anything that leaves it. */
  private async resolveInside(root: string, documentPath: string): Promise<string> {
    const candidate = resolve(root, documentPath)
    if (!isInside(root, candidate)) {
      throw new AppError('OUTSIDE_FOLDER', `${documentPath} is outside the open folder.`)
    }
    let real: string
    try {
      real = await realpath(candidate)
    } catch (error) {
      throw toAppError(error, documentPath)
    }
    if (!isInside(root, real)) throw new AppError('OUTSIDE_FOLDER', `${documentPath} links to a file outside the open folder.`)
    return real
  }

  private async readCached(absolutePath: string): Promise<ReadDocument> {
    let info
    try {
      info = await stat(absolutePath)
    } catch (error) {
      throw toAppError(error, basename(absolutePath))
    }
    const cached = this.documents.get(absolutePath)
    if (cached && cached.size === info.size && cached.mtimeMs === info.mtimeMs) {
      // Used again: it goes to the end, last to be forgotten.
      this.documents.delete(absolutePath)
      this.documents.set(absolutePath, cached)
      return cached.document
    }
    const document = await this.source.read(absolutePath)
    this.forgetDocument(absolutePath)
    this.documents.set(absolutePath, { size: info.size, mtimeMs: info.mtimeMs, document })
    this.keptBytes += info.size
    for (const path of this.documents.keys()) {
      if (this.keptBytes <= MAX_KEPT_BYTES || path === absolutePath) break
      this.forgetDocument(path)
    }
    return document
  }

  private forgetDocument(absolutePath: string): void {
    const kept = this.documents.get(absolutePath)
    if (!kept) return
    this.documents.delete(absolutePath)
    this.keptBytes -= kept.size
  }

  /**
   * What the listing shows of a file before reading it: its reason when it cannot be read, else
   * "pending" until it is read.
   */
  private async listFile(root: string, absolutePath: string): Promise<DocumentSummary> {
    const path = toDocumentPath(root, absolutePath)
    const name = basename(absolutePath)
    const base = emptySummary(path, name)
    try {
      const real = await this.resolveInside(root, path)
      const info = await stat(real)
      if (info.isDirectory()) {
        return { ...base, status: 'unsupported', problem: { code: 'UNSUPPORTED_FORMAT', message: `${name} links to a folder; linked folders are not followed.` } }
      }
      const withFile = { ...base, size: info.size, modified: info.mtime.toISOString() }
      const reason = unsupportedReason(name)
      if (reason) return { ...withFile, status: 'unsupported', problem: { code: 'UNSUPPORTED_FORMAT', message: reason } }
      const skipped = this.options.journal?.skipped(root, path, info.size, info.mtimeMs)
      return skipped ? { ...withFile, status: 'error', problem: skipped } : withFile
    } catch (error) {
      return { ...base, status: 'error', problem: toAppError(error, name).toData() }
    }
  }

  private async readSummary(root: string, path: string): Promise<DocumentSummary> {
    try {
      const real = await this.resolveInside(root, path)
      const document = await this.source.read(real)
      const summary = summaryOf(path, document)
      if (this.root === root) for (const listener of this.readListeners) listener(root, summary, document)
      return summary
    } catch (error) {
      const listed = this.entries.get(path)!
      return { ...listed, status: 'error', problem: toAppError(error, basename(path)).toData() }
    }
  }
}

function emptySummary(path: string, name: string): DocumentSummary {
  return {
    path, name, format: formatOf(name), size: 0, modified: new Date(0).toISOString(), status: 'pending',
    title: null, kind: null, language: null, names: [], date: null, dateSource: null, paragraphCount: 0, wordCount: 0, encoding: null, publisher: null, warning: null, problem: null,
  }
}

/** The index of the first path after `after` in sorted `paths`. */
function firstAfter(paths: string[], after: string): number {
  let low = 0
  let high = paths.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (byPath(paths[middle]!, after) <= 0) low = middle + 1
    else high = middle
  }
  return low
}

/** A subfolder that could not be read, or a file that cannot be opened by its name: listed with its error. */
function unlistedSummary(root: string, place: UnlistedPlace): DocumentSummary {
  return { ...emptySummary(toDocumentPath(root, place.absolutePath), basename(place.absolutePath)), format: null, status: 'error', problem: place.problem }
}
