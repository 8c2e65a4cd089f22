import type { Dirent } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { basename, isAbsolute, join, relative, sep } from 'node:path'
import type { DocumentSummary } from '../../shared/documents'
import { AppError, type AppErrorData } from '../../shared/errors'
import type { ReadDocument } from './document-reader'
import { toAppError } from './io-errors'

/** The most files a folder may hold: beyond it, a smaller folder is asked for. */
const MAX_FILES = 200_000

/** Whether a path lies in the folder (or is the folder). */
export function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/** A file's id in the folder: its relative path with "/" between parts, on every system. */
export function toDocumentPath(root: string, absolutePath: string): string {
  // The walk joins names to the root: cutting the root off is enough, and cheap for 100,000 files.
  const inside = absolutePath.startsWith(root) && absolutePath[root.length] === sep && !absolutePath.includes(`${sep}.`) ? absolutePath.slice(root.length + 1) : relative(root, absolutePath)
  return sep === '/' ? inside : inside.split(sep).join('/')
}

/** A place below the root that cannot be listed or opened, with why. */
export interface UnlistedPlace {
  /** Absolute; a name that is not valid UTF-8 has U+FFFD where its bad bytes are. */
  absolutePath: string
  problem: AppErrorData
}

export interface FoundFiles {
  files: string[]
  /** Subfolders that could not be read and files whose names cannot be opened: listed with their error, never left out silently. */
  unlisted: UnlistedPlace[]
}

const UTF8 = new TextDecoder('utf-8', { fatal: true })

function decodedName(raw: Buffer): string | null {
  try {
    return UTF8.decode(raw)
  } catch {
    return null
  }
}

/** Every file below the root, depth first, hidden files and folders left out; links to folders are not followed. */
export async function findFiles(root: string): Promise<FoundFiles> {
  const files: string[] = []
  const unlisted: UnlistedPlace[] = []
  const pending = [root]
  while (pending.length > 0) {
    const folder = pending.pop()!
    let entries: Dirent<Buffer>[]
    try {
      // Names as bytes: a name that is not valid UTF-8 would otherwise come back altered, and then "not exist".
      entries = await readdir(folder, { withFileTypes: true, encoding: 'buffer' })
    } catch (error) {
      if (folder === root) throw toAppError(error, `The folder ${root}`)
      unlisted.push({ absolutePath: folder, problem: toAppError(error, `The folder ${toDocumentPath(root, folder)}`).toData() })
      continue
    }
    for (const entry of entries) {
      const name = decodedName(entry.name)
      if (name === null) {
        const shown = entry.name.toString('utf8')
        unlisted.push({
          absolutePath: join(folder, shown),
          problem: { code: 'BAD_ENCODING', message: `The name of ${shown} is not valid UTF-8, so it cannot be opened by name; rename the file.` },
        })
        continue
      }
      if (name.startsWith('.')) continue
      const path = join(folder, name)
      if (entry.isDirectory()) pending.push(path)
      else if (entry.isFile() || entry.isSymbolicLink()) files.push(path)
      if (files.length > MAX_FILES) {
        throw new AppError('TOO_LARGE', `The folder holds more than ${MAX_FILES.toLocaleString('en')} files; open a smaller folder.`)
      }
    }
  }
  // Code-unit order, as the listing's pages go: cheaper than a collator, and no two paths equal.
  return { files: files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), unlisted }
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
    kind: document.kind,
    language: document.language,
    names: document.names,
    date: document.date,
    dateSource: document.dateSource,
    paragraphCount: document.paragraphs.length,
    wordCount: document.wordCount,
    encoding: document.encoding,
    publisher: document.publisher,
    warning: document.warning,
    problem: null,
  }
}
