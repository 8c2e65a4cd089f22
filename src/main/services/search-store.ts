import { mkdir, open } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
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
  /** How many bytes of paragraphs' texts end the file. */
  textBytes: number
}

/** Terms per line. */
const TERMS_PER_LINE = 10_000
/** The header line is looked for in the file's first bytes, this many at most. */
const HEADER_BYTES = 64 * 1024

let textsDecoded = 0

/** How many paragraphs' texts loaded indexes have decoded since the process started: those searches needed, not every one. */
export function decodedTextCount(): number {
  return textsDecoded
}

/**
 * A folder's search index on disk: lines of JSON, so that no one string holds a whole archive (a
 * header, one line per document with its paragraphs' numbers, the sorted terms TERMS_PER_LINE a
 * line), then the numbers in the machine's byte order: each unit's length, each term's count of
 * postings, the postings (32-bit integers), where each unit's text ends (64-bit floats); then the
 * units' texts, UTF-8 one after the other. Loading copies the numbers and parses none of them, and
 * keeps the texts as bytes: a text is decoded when a search checks its phrases or cuts its snippet,
 * so a folder of 100,000 documents is searchable again in a second or two, not after parsing
 * hundreds of megabytes of text.
 */
export async function saveSearchIndex(file: string, root: string, index: SearchIndex): Promise<void> {
  const saved = index.toSaved()
  const termLines: string[] = []
  for (let start = 0; start < saved.terms.length; start += TERMS_PER_LINE) termLines.push(JSON.stringify(saved.terms.slice(start, start + TERMS_PER_LINE)))
  const texts: Buffer[] = []
  const textEnds = new Float64Array(saved.lengths.length)
  let textBytes = 0
  for (let unit = 0; unit < saved.lengths.length; unit++) {
    const text = Buffer.from(saved.textOf(unit))
    texts.push(text)
    textBytes += text.length
    textEnds[unit] = textBytes
  }
  const header: Header = {
    format: saved.format, root, documentLines: saved.documents.length, termLines: termLines.length,
    units: saved.lengths.length, terms: saved.counts.length, postings: saved.postings.length, textBytes,
  }
  const lines = [JSON.stringify(header), ...saved.documents.map((document) => JSON.stringify(document)), ...termLines]
  const numbers = [saved.lengths, saved.counts, saved.postings, textEnds].map((array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength))
  await mkdir(dirname(file), { recursive: true })
  await writeFileAtomic(file, Buffer.concat([...lines.map((line) => Buffer.from(`${line}\n`)), ...numbers, ...texts]))
}

/** The index saved for a folder, or null when there is none, it is of another format or folder, or it cannot be read. */
export async function loadSearchIndex(file: string, root: string): Promise<SearchIndex | null> {
  let handle: FileHandle
  try {
    handle = await open(file, 'r')
  } catch {
    return null
  }
  try {
    const size = (await handle.stat()).size
    const first = await readAt(handle, 0, Math.min(size, HEADER_BYTES))
    const headerEnd = first.indexOf(10)
    if (headerEnd < 0) return null
    const header = JSON.parse(first.toString('utf8', 0, headerEnd)) as Header | null
    if (header?.format !== SEARCH_INDEX_FORMAT || header.root !== root) return null
    const textStart = size - header.textBytes
    if (!(textStart > headerEnd)) return null
    const bytes = await readAt(handle, 0, textStart)
    // The texts in a buffer of their own, outside the heap, decoded one at a time when asked.
    const texts = await readAt(handle, textStart, header.textBytes)
    let start = headerEnd + 1
    const nextLine = (): string => {
      const end = bytes.indexOf(10, start)
      if (end < 0) throw new Error('the index ends early')
      const line = bytes.toString('utf8', start, end)
      start = end + 1
      return line
    }
    const documents = Array.from({ length: header.documentLines }, () => JSON.parse(nextLine()) as StoredDocument)
    const terms = Array.from({ length: header.termLines }, () => JSON.parse(nextLine()) as string[]).flat()
    const numbers = <T extends Int32Array | Float64Array>(array: T): T => {
      if (start + array.byteLength > bytes.length) throw new Error('the index ends early')
      // Copied, as the file's bytes need not be aligned for a view.
      Buffer.from(array.buffer).set(bytes.subarray(start, start + array.byteLength))
      start += array.byteLength
      return array
    }
    const lengths = numbers(new Int32Array(header.units))
    const counts = numbers(new Int32Array(header.terms))
    const postings = numbers(new Int32Array(header.postings))
    const textEnds = numbers(new Float64Array(header.units))
    if (terms.length !== header.terms || start !== bytes.length) return null
    let textEnd = 0
    for (const end of textEnds) {
      if (!(end >= textEnd)) return null
      textEnd = end
    }
    if (textEnd !== header.textBytes) return null
    return SearchIndex.fromSaved({ format: header.format, documents, textOf: textReader(texts, textEnds), terms, counts, postings, lengths })
  } catch {
    // A damaged index is rebuilt from the folder: it holds nothing the folder does not.
    return null
  } finally {
    await handle.close()
  }
}

/** Decodes a unit's text when asked. A function of its own, so that it holds the texts, not the rest of the file read with them. */
function textReader(texts: Buffer, textEnds: Float64Array): (unit: number) => string {
  return (unit) => {
    textsDecoded++
    return texts.toString('utf8', unit === 0 ? 0 : textEnds[unit - 1], textEnds[unit])
  }
}

/** `length` bytes of the file from `position`; throws when it ends before. */
async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(length)
  let done = 0
  while (done < length) {
    const { bytesRead } = await handle.read(buffer, done, length - done, position + done)
    if (bytesRead === 0) throw new Error('the index ends early')
    done += bytesRead
  }
  return buffer
}
