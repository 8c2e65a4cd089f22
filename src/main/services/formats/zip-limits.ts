import { fromBufferPromise } from 'yauzl'
import { AppError } from '../../../shared/errors'
import { formatBytes } from '../../../shared/format-bytes'

export interface ZipLimits {
  maxEntries: number
  /** What one entry may inflate to. */
  maxEntryBytes: number
  /** What all entries together may inflate to. */
  maxTotalBytes: number
}

/** Far beyond any real Word document (a million words is about 100 MB of XML), far below what a reading thread can hold. */
export const DOCX_LIMITS: ZipLimits = { maxEntries: 5_000, maxEntryBytes: 160 * 1024 * 1024, maxTotalBytes: 256 * 1024 * 1024 }

/** Small parts kept while the archive is checked (a Word document's properties): at most this large each. */
const MAX_KEPT_BYTES = 1024 * 1024

/**
 * Refuses a zip archive (a .docx) that would inflate past the limits, before anything else
 * inflates it: the sizes its directory declares are checked first, then every entry is inflated
 * as a stream and counted without being kept, so an archive that lies about its sizes is caught
 * too (yauzl checks each entry against its declared size). The entries named in `keep` (if small)
 * are returned, so that nothing inflates them twice.
 */
export async function checkZipLimits(bytes: Uint8Array, fileName: string, limits: ZipLimits, keep: readonly string[] = []): Promise<Map<string, Buffer>> {
  const tooComplex = (why: string) => new AppError('TOO_COMPLEX', `${fileName} ${why}; it is refused as a possible decompression bomb.`)
  let zip
  try {
    zip = await fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { validateEntrySizes: true })
  } catch (error) {
    throw new AppError('MALFORMED', `${fileName} is not a readable Word document (${error instanceof Error ? error.message : 'not a zip archive'}).`)
  }
  if (zip.entryCount > limits.maxEntries) throw tooComplex(`holds ${zip.entryCount.toLocaleString('en')} files inside`)
  let declared = 0
  const entries = []
  for await (const entry of zip.eachEntry()) {
    if (entry.uncompressedSize > limits.maxEntryBytes) throw tooComplex(`has a part (${entry.fileName}) that inflates to ${formatBytes(entry.uncompressedSize)}`)
    declared += entry.uncompressedSize
    if (declared > limits.maxTotalBytes) throw tooComplex(`inflates to more than ${formatBytes(limits.maxTotalBytes)}`)
    entries.push(entry)
  }
  const kept = new Map<string, Buffer>()
  for (const entry of entries) {
    const keeping = keep.includes(entry.fileName) && entry.uncompressedSize <= MAX_KEPT_BYTES
    const chunks: Buffer[] = []
    try {
      const stream = await zip.openReadStreamPromise(entry)
      // Counted by yauzl against the declared size as it streams; only the parts asked for are kept.
      for await (const chunk of stream) if (keeping) chunks.push(chunk as Buffer)
    } catch (error) {
      throw new AppError('MALFORMED', `${fileName} is damaged: ${entry.fileName} does not inflate to the size it declares (${error instanceof Error ? error.message : 'unreadable'}).`)
    }
    if (keeping) kept.set(entry.fileName, Buffer.concat(chunks))
  }
  return kept
}
