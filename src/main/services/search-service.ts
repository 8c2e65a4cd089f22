import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { ParagraphHit, SearchableDocument } from '../../core/search/search-index'
import type { DocumentSummary } from '../../shared/documents'
import { AppError } from '../../shared/errors'
import type { FolderSearch, SearchDocumentGroup, SearchIndexing, SearchRequest } from '../../shared/search'
import type { ReadDocument } from './document-reader'
import type { LibraryService } from './library-service'
import { mapLimited } from './map-limited'
import type { DocumentSource } from './reader-pool'
import { RequestThread } from './request-thread'
import type { SearchWorkerRequest } from './search-worker'

/** The search thread's script in the build (out/main), beside the reading thread's. */
export const BUILT_SEARCH_WORKER = join(__dirname, 'search-worker.js')

/** Documents read at once for the index: the reading threads serve the listing too. */
const READ_CONCURRENCY = 2
/** Documents handed to the search thread at once. */
const BATCH = 25
/** How often the open folder's listing is looked at for changes while following it. */
const FOLLOW_MS = 500
/** An index is saved when its building ends, and at most this often while it goes on. */
const SAVE_EVERY_MS = 30_000
/**
 * Text of documents the library handed over and the index has not taken yet, at most: beyond,
 * a document is read again when its turn comes (the index falling far behind the reading).
 */
const MAX_HANDED_CHARACTERS = 32 * 1024 * 1024

type Described = Omit<SearchableDocument, 'paragraphs'>
interface Handed {
  root: string
  stamp: string
  document: SearchableDocument
  characters: number
}
interface WorkerSearch {
  hits: ParagraphHit[]
  candidates: number
  documents: Record<string, Described>
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never

const stampOf = (summary: DocumentSummary): string => `${summary.size}:${summary.modified}`

function searchable(path: string, document: ReadDocument): SearchableDocument {
  return { path, title: document.title, kind: document.kind, language: document.language, date: document.date, paragraphs: document.paragraphs }
}

/**
 * Search over every paragraph of the open folder. The index lives in a thread of its own
 * (search-worker.ts) and in the data folder (one file per folder, search-store.ts); it follows
 * the library's listing: documents read, changed, added or removed are indexed or forgotten, in
 * the background. A document the library reads is handed over by it (`onRead`), so each file is
 * read once; one the library did not read (its summary came from the cache while the index did
 * not have it) is read through the reading threads. `status` tells how far the index is.
 */
export class SearchService {
  // The index is gone with its thread: the next request starts a new one, and the folder is indexed again.
  private readonly thread: RequestThread<WithoutId<SearchWorkerRequest>, unknown>
  private root: string | null = null
  /** The listing version looked at last; -1 to look at the whole listing. */
  private seenVersion = -1
  /** What the index holds: path → stamp (size and modification time). */
  private indexed = new Map<string, string>()
  /** Documents waiting to be read into the index: path → stamp. */
  private readonly waiting = new Map<string, string>()
  private progress = { done: 0, total: 0 }
  /** Looking at the listing: quick, one look at a time. */
  private looking: Promise<void> = Promise.resolve()
  /** Reading and indexing what is waiting, in the background; null when nothing is. */
  private indexing: Promise<void> | null = null
  private closed = false
  private timer: NodeJS.Timeout | null = null
  private lastSave = 0
  /** Documents the library read, by path, until the index takes them. */
  private readonly handed = new Map<string, Handed>()
  private handedCharacters = 0
  private readonly stopTaking: () => void

  constructor(
    private readonly library: LibraryService,
    private readonly source: DocumentSource,
    /** Where indexes are kept between runs; null: nowhere. */
    private readonly directory: string | null,
    workerScript: string = BUILT_SEARCH_WORKER,
  ) {
    if (!existsSync(workerScript)) throw new AppError('INTERNAL', `The search thread's script is missing (${workerScript}); build the app with "npm run build".`)
    this.thread = new RequestThread(workerScript, 'search', () => (this.root = null))
    this.stopTaking = library.onRead((root, summary, document) => this.take(root, summary, document))
  }

  /** Follows the library: looks at its listing every FOLLOW_MS; what changed is indexed in the background. */
  follow(): void {
    this.timer ??= setInterval(() => void this.look(), FOLLOW_MS)
    this.timer.unref()
  }

  /** Brings the index up to the listing as it is now; resolves once every document it names is indexed. */
  async sync(): Promise<void> {
    await this.look()
    while (this.indexing) await this.indexing
  }

  /** Looks at the listing and starts indexing what changed, without waiting for it. */
  private look(): Promise<void> {
    this.looking = this.looking.then(() => this.lookNow()).catch((error: unknown) => console.error('Communique: the search index could not follow the folder:', error))
    return this.looking
  }

  status(): SearchIndexing {
    return this.waiting.size > 0 || this.progress.done < this.progress.total ? { ...this.progress } : null
  }

  async search(request: SearchRequest): Promise<FolderSearch> {
    if (!this.library.current()) throw new AppError('NO_FOLDER', 'No folder is open.')
    // A folder just opened: its saved index is loaded; what it lacks is indexed meanwhile.
    if (this.root !== this.library.current()!.root) await this.look()
    const found = (await this.ask({ type: 'search', request })) as WorkerSearch
    const groups = new Map<string, SearchDocumentGroup>()
    for (const hit of found.hits) {
      let group = groups.get(hit.path)
      if (!group) {
        const described = found.documents[hit.path]!
        groups.set(hit.path, (group = { ...described, paragraphs: [] }))
      }
      group.paragraphs.push({ index: hit.index, number: hit.number, snippet: hit.snippet, score: hit.score })
    }
    for (const group of groups.values()) group.paragraphs.sort((a, b) => a.index - b.index)
    return { documents: [...groups.values()], found: found.hits.length, candidates: found.candidates, indexing: this.status() }
  }

  /** The paragraphs found, best first, as the command line prints them. */
  async searchParagraphs(request: SearchRequest): Promise<ParagraphHit[]> {
    return ((await this.ask({ type: 'search', request })) as WorkerSearch).hits
  }

  async close(): Promise<void> {
    this.closed = true
    this.stopTaking()
    this.handed.clear()
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    await this.looking
    while (this.indexing) await this.indexing
    await this.thread.close()
  }

  private async lookNow(): Promise<void> {
    await this.library.whenListed()
    // The listing's root and version only: the whole listing (100,000 summaries) is taken when the index is compared with it whole.
    const head = this.library.head(0)
    if (!head) return
    const { root } = head
    if (root !== this.root) {
      this.root = root
      this.waiting.clear()
      for (const [path, handed] of this.handed) if (handed.root !== root) this.drop(path)
      this.progress = { done: 0, total: 0 }
      this.seenVersion = -1
      const stamps = (await this.ask({ type: 'open', root, file: this.directory ? this.fileFor(root) : null })) as Record<string, string>
      this.indexed = new Map(Object.entries(stamps))
    }
    const removed: string[] = []
    if (this.seenVersion < 0) {
      const listing = this.library.current()!
      const listed = new Set(listing.documents.map((summary) => summary.path))
      for (const path of this.indexed.keys()) if (!listed.has(path)) removed.push(path)
      for (const summary of listing.documents) this.consider(summary, removed)
      this.seenVersion = listing.version
    } else if (head.version !== this.seenVersion) {
      const changes = this.library.status(this.seenVersion)
      for (const summary of changes.changed) this.consider(summary, removed)
      removed.push(...changes.removed.filter((path) => this.indexed.has(path)))
      // A large change comes in pages: the rest at the next look.
      this.seenVersion = changes.version
    }
    if (removed.length > 0) {
      for (const path of removed) this.drop(path)
      await this.ask({ type: 'remove', paths: removed })
      for (const path of removed) this.indexed.delete(path)
    }
    this.startIndexing()
  }

  /** Indexes what is waiting, in the background, unless that goes on already; again if more came meanwhile. */
  private startIndexing(): void {
    if (this.indexing || this.closed || this.waiting.size === 0 || !this.root) return
    this.indexing = this.indexWaiting(this.root)
      .catch((error: unknown) => console.error('Communique: the search index could not be built:', error))
      .finally(() => {
        this.indexing = null
        this.startIndexing()
      })
  }

  /** A listed document to index (read, and new or changed since indexed) or to forget (no longer readable). */
  private consider(summary: DocumentSummary, removed: string[]): void {
    if (summary.status === 'ok') {
      const stamp = stampOf(summary)
      if (this.indexed.get(summary.path) === stamp) this.drop(summary.path)
      if (this.indexed.get(summary.path) === stamp || this.waiting.get(summary.path) === stamp) return
      if (!this.waiting.has(summary.path)) this.progress.total++
      this.waiting.set(summary.path, stamp)
    } else if (summary.status !== 'pending' && this.indexed.has(summary.path)) removed.push(summary.path)
  }

  private async indexWaiting(root: string): Promise<void> {
    while (this.waiting.size > 0 && this.root === root && !this.closed) {
      const batch = [...this.waiting].slice(0, BATCH)
      const documents = await mapLimited(batch, READ_CONCURRENCY, async ([path, stamp]) => {
        const handed = this.handed.get(path)
        this.drop(path)
        if (handed?.root === root && handed.stamp === stamp) return { document: handed.document, stamp }
        try {
          return { document: searchable(path, await this.source.read(await this.library.originalFile(path))), stamp }
        } catch {
          // A file that cannot be read now is listed with its error by the library; the index leaves it out.
          return null
        }
      })
      if (this.root !== root || this.closed) return
      const read = documents.filter((item) => item !== null)
      if (read.length > 0) await this.ask({ type: 'add', documents: read })
      for (const [path, stamp] of batch) {
        if (this.waiting.get(path) === stamp) this.waiting.delete(path)
        this.indexed.set(path, stamp)
      }
      this.progress.done += batch.length
      if (Date.now() - this.lastSave > SAVE_EVERY_MS && this.waiting.size > 0) await this.save()
    }
    if (this.root !== root || this.closed) return
    await this.save()
    this.progress = { done: 0, total: 0 }
  }

  /** A document the library read: kept for the index, unless too much waits already. */
  private take(root: string, summary: DocumentSummary, document: ReadDocument): void {
    if (this.closed) return
    this.drop(summary.path)
    let characters = 0
    for (const paragraph of document.paragraphs) characters += paragraph.text.length
    if (this.handedCharacters + characters > MAX_HANDED_CHARACTERS) return
    this.handed.set(summary.path, { root, stamp: stampOf(summary), document: searchable(summary.path, document), characters })
    this.handedCharacters += characters
  }

  private drop(path: string): void {
    const handed = this.handed.get(path)
    if (!handed) return
    this.handed.delete(path)
    this.handedCharacters -= handed.characters
  }

  private async save(): Promise<void> {
    if (!this.directory) return
    this.lastSave = Date.now()
    // An index that cannot be saved is rebuilt next time: slower, never wrong.
    await this.ask({ type: 'save' }).catch((error: unknown) => console.warn('Communique: the search index could not be saved:', error))
  }

  private fileFor(root: string): string {
    return join(this.directory!, `${createHash('sha256').update(root).digest('hex').slice(0, 24)}.index`)
  }

  private ask(request: WithoutId<SearchWorkerRequest>): Promise<unknown> {
    return this.thread.ask(request)
  }

}
