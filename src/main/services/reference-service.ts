import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { identityOf } from '../../core/documents/identity'
import type { ReferableDocument } from '../../core/references/resolve'
import type { FolderListing, FolderReferences } from '../../shared/documents'
import { AppError } from '../../shared/errors'
import type { ReferenceNotes } from '../../shared/settings'
import type { LibraryService } from './library-service'
import { mapLimited } from './map-limited'
import type { ReferenceWorkerRequest } from './reference-worker'
import { RequestThread } from './request-thread'

/** The references thread's script beside a reading thread's: the one build puts every thread's script in one folder. */
export function referenceWorkerBeside(readerWorker: string): string {
  return join(dirname(readerWorker), 'reference-worker.js')
}

const READ_CONCURRENCY = 8

/**
 * The references of the open folder: every document read (through the library's cache),
 * every reference found and resolved against the others, with the passages documents quote
 * from one another and the documents that are versions of one text. Computed once per state of the
 * folder: reopening it, or a file that changed, computes it again.
 *
 * The work is done in a thread of its own (reference-worker.ts), one state at a time, so that the
 * main thread answers every other channel meanwhile; there is no in-process path. A state asked
 * for while another is being computed waits for it; states superseded before their turn are not
 * computed at all, their callers get the newest one.
 */
export class ReferenceService {
  private latest: { key: string; result: Promise<FolderReferences> } | null = null
  /** The turn of the last state asked for: each state is read and computed after the one before. */
  private queue: Promise<unknown> = Promise.resolve()
  private readonly thread: RequestThread<Omit<ReferenceWorkerRequest, 'id'>, FolderReferences>

  constructor(
    private readonly library: LibraryService,
    /** The references thread's script: in the build, beside the reading thread's (referenceWorkerBeside). */
    workerScript: string,
    /** What the analyst taught the app about a folder's references; none by default (the CLI). */
    private readonly notesFor: (root: string) => ReferenceNotes | null = () => null,
  ) {
    if (!existsSync(workerScript)) throw new AppError('INTERNAL', `The references thread's script is missing (${workerScript}); build the app with "npm run build".`)
    this.thread = new RequestThread(workerScript, 'references')
  }

  folderReferences(): Promise<FolderReferences> {
    const listing = this.library.current()
    if (!listing) return Promise.reject(new AppError('NO_FOLDER', 'No folder is open.'))
    const notes = this.notesFor(listing.root)
    const key = `${stateKey(listing)}\n${JSON.stringify(notes)}`
    if (this.latest?.key === key) return this.latest.result
    const turn = this.queue.then(() => (this.latest?.key === key ? this.compute(listing, notes) : null))
    this.queue = turn.catch(() => undefined)
    const result = turn.then((computed) => computed ?? this.folderReferences())
    const latest = { key, result }
    this.latest = latest
    // A failed computation is not kept: the next request tries again.
    result.catch(() => {
      if (this.latest === latest) this.latest = null
    })
    return result
  }

  async close(): Promise<void> {
    await this.thread.close()
  }

  private async compute(listing: FolderListing, notes: ReferenceNotes | null): Promise<FolderReferences> {
    // References are found among the documents read so far; asked again once reading is done.
    const readable = listing.documents.filter((document) => document.status === 'ok')
    const documents = await mapLimited(readable, READ_CONCURRENCY, async (summary): Promise<ReferableDocument | null> => {
      try {
        const { path, document } = await this.library.readParsed(summary.path)
        return { path, title: document.title, paragraphs: document.paragraphs, identity: identityOf(document) }
      } catch {
        // A file that became unreadable since the listing cites nothing; the library reports it.
        return null
      }
    })
    return this.thread.ask({ documents: documents.filter((document) => document !== null), notes })
  }
}

function stateKey(listing: FolderListing): string {
  return `${listing.root}\n${listing.documents.map((document) => `${document.path}:${document.status}:${document.size}:${document.modified}`).join('\n')}`
}
