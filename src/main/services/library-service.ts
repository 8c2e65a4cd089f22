import type { Dirent } from 'node:fs'
import { readdir, realpath, stat } from 'node:fs/promises'
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { DocumentContent, DocumentSummary, FolderListing } from '../../shared/documents'
import { AppError } from '../../shared/errors'
import { formatOf, unsupportedReason, type DocumentReader, type ReadDocument } from './document-reader'
import { toAppError } from './io-errors'
import { mapLimited } from './map-limited'

const MAX_FILES = 20_000
const READ_CONCURRENCY = 8

interface CachedDocument {
  size: number
  mtimeMs: number
  document: ReadDocument
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

function toDocumentPath(root: string, absolutePath: string): string {
  return relative(root, absolutePath).split(sep).join('/')
}

/**
 * The open folder: lists its documents and reads them on request. Every path it is given is
 * relative to the open folder and must stay inside it. It never writes into the folder.
 */
export class LibraryService {
  private root: string | null = null
  private listing: FolderListing | null = null
  private readonly cache = new Map<string, CachedDocument>()

  constructor(private readonly reader: DocumentReader) {}

  current(): FolderListing | null {
    return this.listing
  }

  async open(folderPath: string): Promise<FolderListing> {
    const requested = resolve(folderPath)
    let root: string
    try {
      root = await realpath(requested)
      if (!(await stat(root)).isDirectory()) throw new AppError('INVALID_INPUT', `${requested} is a file, not a folder.`)
    } catch (error) {
      throw toAppError(error, `The folder ${requested}`)
    }
    const files = await this.findFiles(root)
    const documents = await mapLimited(files, READ_CONCURRENCY, (file) => this.summarize(root, file))
    if (this.root !== root) this.cache.clear()
    this.root = root
    this.listing = { root, name: basename(root), documents }
    return this.listing
  }

  async read(documentPath: string): Promise<DocumentContent> {
    const root = this.root
    if (!root || !this.listing) throw new AppError('NO_FOLDER', 'No folder is open.')
    const absolutePath = await this.resolveInside(root, documentPath)
    const document = await this.readCached(absolutePath)
    const path = toDocumentPath(root, resolve(root, documentPath))
    return { summary: this.summaryOf(root, absolutePath, document, path), paragraphs: document.paragraphs }
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
    const cached = this.cache.get(absolutePath)
    if (cached && cached.size === info.size && cached.mtimeMs === info.mtimeMs) return cached.document
    const document = await this.reader.read(absolutePath)
    this.cache.set(absolutePath, { size: info.size, mtimeMs: info.mtimeMs, document })
    return document
  }

  /** Every file below the root, depth first, hidden files and folders left out; links to folders are not followed. */
  private async findFiles(root: string): Promise<string[]> {
    const files: string[] = []
    const pending = [root]
    while (pending.length > 0) {
      const folder = pending.pop()!
      let entries: Dirent[]
      try {
        entries = await readdir(folder, { withFileTypes: true })
      } catch (error) {
        if (folder === root) throw toAppError(error, `The folder ${root}`)
        continue
      }
      for (const entry of entries) {
        if (entry.name.startsWith('.')) continue
        const path = join(folder, entry.name)
        if (entry.isDirectory()) pending.push(path)
        else if (entry.isFile() || entry.isSymbolicLink()) files.push(path)
        if (files.length > MAX_FILES) {
          throw new AppError('TOO_LARGE', `The folder holds more than ${MAX_FILES.toLocaleString('en')} files; open a smaller folder.`)
        }
      }
    }
    return files.sort((a, b) => a.localeCompare(b))
  }

  private async summarize(root: string, absolutePath: string): Promise<DocumentSummary> {
    const path = toDocumentPath(root, absolutePath)
    const name = basename(absolutePath)
    const base: DocumentSummary = {
      path, name, format: formatOf(name), size: 0, modified: new Date(0).toISOString(), status: 'ok',
      title: null, date: null, dateSource: null, paragraphCount: 0, wordCount: 0, problem: null,
    }
    try {
      const real = await this.resolveInside(root, path)
      const info = await stat(real)
      if (info.isDirectory()) {
        return { ...base, status: 'unsupported', problem: { code: 'UNSUPPORTED_FORMAT', message: `${name} links to a folder; linked folders are not followed.` } }
      }
      const withFile = { ...base, size: info.size, modified: info.mtime.toISOString() }
      const reason = unsupportedReason(name)
      if (reason) return { ...withFile, status: 'unsupported', problem: { code: 'UNSUPPORTED_FORMAT', message: reason } }
      return this.summaryOf(root, real, await this.readCached(real), path)
    } catch (error) {
      return { ...base, status: 'error', problem: toAppError(error, name).toData() }
    }
  }

  private summaryOf(root: string, absolutePath: string, document: ReadDocument, path = toDocumentPath(root, absolutePath)): DocumentSummary {
    return {
      path,
      name: basename(path),
      format: document.format,
      size: document.size,
      modified: document.modified.toISOString(),
      status: 'ok',
      title: document.title,
      date: document.date,
      dateSource: document.dateSource,
      paragraphCount: document.paragraphs.length,
      wordCount: document.wordCount,
      problem: null,
    }
  }
}
