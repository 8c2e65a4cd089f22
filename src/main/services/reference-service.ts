import { identityOf } from '../../core/documents/identity'
import { textRelations, withQuotations } from '../../core/quotations/relations'
import { NO_CORRECTIONS } from '../../core/references/corrections'
import { resolveFolderReferences, type ReferableDocument } from '../../core/references/resolve'
import type { FolderListing, FolderReferences } from '../../shared/documents'
import { AppError } from '../../shared/errors'
import type { ReferenceNotes } from '../../shared/settings'
import type { LibraryService } from './library-service'
import { mapLimited } from './map-limited'

const READ_CONCURRENCY = 8

/**
 * The references of the open folder: every document read (through the library's cache),
 * every reference found and resolved against the others, with the passages documents quote
 * from one another and the documents that are versions of one text. Computed once per state of the
 * folder: reopening it, or a file that changed, computes it again.
 */
export class ReferenceService {
  private cached: { key: string; result: FolderReferences } | null = null

  constructor(
    private readonly library: LibraryService,
    /** What the analyst taught the app about a folder's references; none by default (the CLI). */
    private readonly notesFor: (root: string) => ReferenceNotes | null = () => null,
  ) {}

  async folderReferences(): Promise<FolderReferences> {
    const listing = this.library.current()
    if (!listing) throw new AppError('NO_FOLDER', 'No folder is open.')
    const notes = this.notesFor(listing.root)
    const key = `${stateKey(listing)}\n${JSON.stringify(notes)}`
    if (this.cached?.key === key) return this.cached.result
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
    const read = documents.filter((document) => document !== null)
    const resolved = resolveFolderReferences(read, notes ?? NO_CORRECTIONS)
    // Shared text (versions, quotations) is found among the same documents, and listed with the references.
    const { versions, quotations } = textRelations(read)
    const references = withQuotations(resolved.references, quotations, read.map((document) => document.path))
    const result = { ...resolved, references, versions, addedNames: notes?.names ?? {} }
    this.cached = { key, result }
    return result
  }
}

function stateKey(listing: FolderListing): string {
  return `${listing.root}\n${listing.documents.map((document) => `${document.path}:${document.status}:${document.size}:${document.modified}`).join('\n')}`
}
