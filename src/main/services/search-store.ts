import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { SEARCH_INDEX_FORMAT, SearchIndex, type StoredDocument } from '../../core/search/search-index'
import { writeFileAtomic } from './atomic-write'

interface Header {
  format: number
  root: string
}

/**
 * A folder's search index on disk: a header line (format, folder), the engine's index on one
 * line, then one line per document (its paragraphs' texts, for snippets). Lines, so that no one
 * string holds a whole archive's text.
 */
export async function saveSearchIndex(file: string, root: string, index: SearchIndex): Promise<void> {
  const saved = index.toJSON()
  const lines = [JSON.stringify({ format: saved.format, root } satisfies Header), JSON.stringify(saved.engine), ...saved.documents.map((document) => JSON.stringify(document))]
  await mkdir(dirname(file), { recursive: true })
  await writeFileAtomic(file, Buffer.concat(lines.map((line) => Buffer.from(`${line}\n`))))
}

/** The index saved for a folder, or null when there is none, it is of another format or folder, or it cannot be read. */
export async function loadSearchIndex(file: string, root: string): Promise<SearchIndex | null> {
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch {
    return null
  }
  try {
    const lines: string[] = []
    for (let start = 0; start < bytes.length; ) {
      const end = bytes.indexOf(10, start)
      lines.push(bytes.toString('utf8', start, end < 0 ? bytes.length : end))
      start = end < 0 ? bytes.length : end + 1
    }
    const header = JSON.parse(lines[0] ?? 'null') as Header | null
    if (header?.format !== SEARCH_INDEX_FORMAT || header.root !== root || lines.length < 2) return null
    const documents = lines.slice(2).map((line) => JSON.parse(line) as StoredDocument)
    return SearchIndex.fromJSON({ format: header.format, engine: JSON.parse(lines[1]!) as never, documents })
  } catch {
    // A damaged index is rebuilt from the folder: it holds nothing the folder does not.
    return null
  }
}
