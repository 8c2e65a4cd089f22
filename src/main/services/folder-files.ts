import type { Dirent } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { basename, isAbsolute, join, relative, sep } from 'node:path'
import type { DocumentSummary } from '../../shared/documents'
import { AppError } from '../../shared/errors'
import type { ReadDocument } from './document-reader'
import { toAppError } from './io-errors'

/** The most files a folder may hold: beyond it, a smaller folder is asked for. */
const MAX_FILES = 20_000

/** Whether a path lies in the folder (or is the folder). */
export function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/** A file's id in the folder: its relative path with "/" between parts, on every system. */
export function toDocumentPath(root: string, absolutePath: string): string {
  return relative(root, absolutePath).split(sep).join('/')
}

/** Every file below the root, depth first, hidden files and folders left out; links to folders are not followed. */
export async function findFiles(root: string): Promise<string[]> {
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

/** What the listing says of a document that was read. */
export function summaryOf(path: string, document: ReadDocument): DocumentSummary {
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
    encoding: document.encoding,
    publisher: document.publisher,
    problem: null,
  }
}
