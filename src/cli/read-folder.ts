import type { VersionGroup } from '../core/documents/versions'
import type { DocumentSummary, FolderReferences } from '../shared/documents'
import type { ReadDocument } from '../main/services/document-reader'
import type { LibraryOptions, LibraryService } from '../main/services/library-service'
import { ReaderPool, type DocumentSource } from '../main/services/reader-pool'

/** Reading threads for one command, stopped when it is done so that the process can end. */
export async function withReaderPool<T>(use: (pool: ReaderPool) => Promise<T>): Promise<T> {
  const pool = new ReaderPool()
  try {
    return await use(pool)
  } finally {
    await pool.close()
  }
}

/**
 * Reads each file once for as long as a command runs: the library reads every file of the folder
 * to list it, and references read every document again; the second time is the first one's
 * document (or its error). The files a command has read already can be handed in.
 */
export class ReadOnce implements DocumentSource {
  private readonly documents = new Map<string, Promise<ReadDocument>>()

  constructor(readonly pool: ReaderPool) {}

  read(absolutePath: string): Promise<ReadDocument> {
    let document = this.documents.get(absolutePath)
    if (!document) {
      document = this.pool.read(absolutePath)
      this.documents.set(absolutePath, document)
    }
    return document
  }

  remember(absolutePath: string, document: ReadDocument): void {
    this.documents.set(absolutePath, Promise.resolve(document))
  }

  close(): Promise<void> {
    return this.pool.close()
  }
}

/**
 * Opens a folder as the app does, waits until every file in it is read, and hands it to `use`;
 * then stops watching it. The library is loaded here, not with this module: comparing files
 * needs the reading threads, not a folder.
 */
async function withOpenFolder<T>(folder: string, source: DocumentSource, use: (library: LibraryService) => Promise<T>, options: LibraryOptions = {}): Promise<T> {
  const { LibraryService } = await import('../main/services/library-service')
  const library = new LibraryService(source, options)
  try {
    await library.open(folder)
    await library.whenRead()
    return await use(library)
  } finally {
    await library.close()
  }
}

/** Opens a folder, reads every file in it, and hands it to `use`; then stops its reading threads. */
export function withReadFolder<T>(folder: string, use: (library: LibraryService) => Promise<T>, options: LibraryOptions = {}): Promise<T> {
  return withReaderPool((pool) => withOpenFolder(folder, pool, use, options))
}

/** Every reference in a folder, resolved, each file read once (those in `source` already not at all). */
export async function folderReferences(folder: string, source: ReadOnce): Promise<FolderReferences> {
  const { ReferenceService, referenceWorkerBeside } = await import('../main/services/reference-service')
  return withOpenFolder(folder, source, (library) => new ReferenceService(library, referenceWorkerBeside(source.pool.workerScript)).folderReferences())
}

/** The documents of a folder that are versions of one text, with the folder's listing to describe them. */
export async function folderVersions(folder: string, source: ReadOnce): Promise<{ versions: VersionGroup[]; documents: DocumentSummary[] }> {
  const { ReferenceService, referenceWorkerBeside } = await import('../main/services/reference-service')
  const references = (library: LibraryService) => new ReferenceService(library, referenceWorkerBeside(source.pool.workerScript))
  return withOpenFolder(folder, source, async (library) => ({ versions: (await references(library).folderReferences()).versions, documents: library.current()!.documents }))
}
