import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { SEARCH_INDEX_FORMAT, SearchIndex, type StoredDocument } from '../../core/search/search-index'
import { writeFileAtomic } from './atomic-write'

interface Header {
  format: number
  root: string
  /** How many lines of documents, then of terms, follow the header. */
  documentLines: number
  termLines: number
  /** How many 32-bit numbers of each kind follow the lines: units' lengths, terms' counts, postings. */
  units: number
  terms: number
  postings: number
}

/** Terms per line. */
const TERMS_PER_LINE = 10_000

/**
 * A folder's search index on disk: lines of JSON, so that no one string holds a whole archive (a
 * header, one line per document with its paragraphs' texts for snippets, the sorted terms
 * TERMS_PER_LINE a line), then the numbers as 32-bit integers in the machine's byte order: each
 * unit's length, each term's count of postings, the postings. Loading copies the numbers, it
 * parses none of them.
 */
export async function saveSearchIndex(file: string, root: string, index: SearchIndex): Promise<void> {
  const saved = index.toSaved()
  const termLines: string[] = []
  for (let start = 0; start < saved.terms.length; start += TERMS_PER_LINE) termLines.push(JSON.stringify(saved.terms.slice(start, start + TERMS_PER_LINE)))
  const header: Header = {
    format: saved.format, root, documentLines: saved.documents.length, termLines: termLines.length,
    units: saved.lengths.length, terms: saved.counts.length, postings: saved.postings.length,
  }
  const lines = [JSON.stringify(header), ...saved.documents.map((document) => JSON.stringify(document)), ...termLines]
  const numbers = [saved.lengths, saved.counts, saved.postings].map((array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength))
  await mkdir(dirname(file), { recursive: true })
  await writeFileAtomic(file, Buffer.concat([...lines.map((line) => Buffer.from(`${line}\n`)), ...numbers]))
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
    let start = 0
    const nextLine = (): string => {
      const end = bytes.indexOf(10, start)
      if (end < 0) throw new Error('the index ends early')
      const line = bytes.toString('utf8', start, end)
      start = end + 1
      return line
    }
    const header = JSON.parse(nextLine()) as Header | null
    if (header?.format !== SEARCH_INDEX_FORMAT || header.root !== root) return null
    const documents = Array.from({ length: header.documentLines }, () => JSON.parse(nextLine()) as StoredDocument)
    const terms = Array.from({ length: header.termLines }, () => JSON.parse(nextLine()) as string[]).flat()
    const numbers = (count: number): Int32Array => {
      if (start + count * 4 > bytes.length) throw new Error('the index ends early')
      // Copied, as the file's bytes need not be aligned for a view.
      const array = new Int32Array(count)
      Buffer.from(array.buffer).set(bytes.subarray(start, start + count * 4))
      start += count * 4
      return array
    }
    const lengths = numbers(header.units)
    const counts = numbers(header.terms)
    const postings = numbers(header.postings)
    if (terms.length !== header.terms || start !== bytes.length) return null
    return SearchIndex.fromSaved({ format: header.format, documents, terms, counts, postings, lengths })
  } catch {
    // A damaged index is rebuilt from the folder: it holds nothing the folder does not.
    return null
  }
}
