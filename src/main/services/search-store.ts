import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { SEARCH_INDEX_FORMAT, SearchIndex, type SavedSearchIndex, type StoredDocument } from '../../core/search/search-index'
import { writeFileAtomic } from './atomic-write'

interface Header {
  format: number
  root: string
  /** How many lines of the engine's terms follow the engine's other fields. */
  termLines: number
}

type Engine = SavedSearchIndex['engine']

/** Terms of the engine's index per line. */
const TERMS_PER_LINE = 10_000

/**
 * A folder's search index on disk, in lines, so that no one string holds a whole archive: a
 * header (format, folder, how many lines of terms), the engine's fields but its terms, its terms
 * TERMS_PER_LINE a line, then one line per document (its paragraphs' texts, for snippets).
 */
export async function saveSearchIndex(file: string, root: string, index: SearchIndex): Promise<void> {
  const saved = index.toJSON()
  const { index: terms, ...fields } = saved.engine
  const termLines: string[] = []
  for (let start = 0; start < terms.length; start += TERMS_PER_LINE) termLines.push(JSON.stringify(terms.slice(start, start + TERMS_PER_LINE)))
  const header: Header = { format: saved.format, root, termLines: termLines.length }
  const lines = [JSON.stringify(header), JSON.stringify(fields), ...termLines, ...saved.documents.map((document) => JSON.stringify(document))]
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
    if (header?.format !== SEARCH_INDEX_FORMAT || header.root !== root || lines.length < 2 + header.termLines) return null
    const terms = lines.slice(2, 2 + header.termLines).flatMap((line) => JSON.parse(line) as Engine['index'])
    const engine = { ...(JSON.parse(lines[1]!) as Omit<Engine, 'index'>), index: terms }
    const documents = lines.slice(2 + header.termLines).map((line) => JSON.parse(line) as StoredDocument)
    return SearchIndex.fromJSON({ format: header.format, engine, documents })
  } catch {
    // A damaged index is rebuilt from the folder: it holds nothing the folder does not.
    return null
  }
}
