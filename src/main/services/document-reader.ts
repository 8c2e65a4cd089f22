import { readFile, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { countWords } from '../../core/compare/count-words'
import { parseDocument, type ParsedDocument } from '../../core/text/document'
import type { DocumentFormat } from '../../shared/documents'
import { AppError } from '../../shared/errors'
import { formatBytes } from '../../shared/format-bytes'
import { decodeText } from './decode'
import type { ExtractedText } from './formats/extracted'
import { isDocumentExtension, unsupportedReason, type DocumentExtension } from './file-formats'
import { toAppError } from './io-errors'

interface FormatReader {
  format: DocumentFormat
  /** Reads the file's bytes into text; `encoding` says how text files were decoded. */
  extract(bytes: Uint8Array, fileName: string): Promise<ExtractedText & { encoding: string | null; warning: string | null }>
}

/** A text format: decoded (UTF-8, UTF-16, legacy encodings), then read by `read`. */
function textFormat(format: DocumentFormat, read: (text: string, fileName: string) => Promise<ExtractedText>): FormatReader {
  return {
    format,
    extract: async (bytes, fileName) => {
      const { text, encoding, warning } = decodeText(bytes, fileName)
      return { ...(await read(text, fileName)), encoding, warning }
    },
  }
}

/** A binary format that carries its own text encoding. */
function binaryFormat(format: DocumentFormat, read: (bytes: Uint8Array, fileName: string) => Promise<ExtractedText>): FormatReader {
  return { format, extract: async (bytes, fileName) => ({ ...(await read(bytes, fileName)), encoding: null, warning: null }) }
}

// Each format's module (and the libraries it uses: htmlparser2, pdfjs, mammoth) is loaded when
// a file of that format is first read, so reading plain text loads none of them.
const plainText = async (text: string) => (await import('./formats/plain-text')).extractPlainText(text)
const markdown = async (text: string) => (await import('./formats/markdown')).extractMarkdown(text)
const html = async (text: string, fileName: string) => (await import('./formats/html')).extractHtml(text, fileName)

const FORMATS: Record<DocumentExtension, FormatReader> = {
  '.txt': textFormat('text', plainText),
  '.text': textFormat('text', plainText),
  '.md': textFormat('markdown', markdown),
  '.markdown': textFormat('markdown', markdown),
  '.html': textFormat('html', html),
  '.htm': textFormat('html', html),
  '.pdf': binaryFormat('pdf', async (bytes, fileName) => (await import('./formats/pdf')).extractPdf(bytes, fileName)),
  '.docx': binaryFormat('docx', async (bytes, fileName) => (await import('./formats/docx')).extractDocx(bytes, fileName)),
}

const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024

export interface ReadDocument extends ParsedDocument {
  format: DocumentFormat
  size: number
  modified: Date
  wordCount: number
  /** How a text file was decoded ("UTF-8", "windows-1251"); null for PDF and Word. */
  encoding: string | null
  publisher: string | null
  /** Something the reader should know about how the file was read ("UTF-8 but for one byte …"), or null. */
  warning: string | null
}

/** Reads one file into a document. Only ever reads. */
export class DocumentReader {
  constructor(readonly maxFileBytes: number = DEFAULT_MAX_FILE_BYTES) {}

  async read(absolutePath: string): Promise<ReadDocument> {
    const fileName = basename(absolutePath)
    try {
      const info = await stat(absolutePath)
      if (!info.isFile()) throw new AppError('INVALID_INPUT', `${fileName} is not a file.`)
      const extension = extname(fileName).toLowerCase()
      const handler = isDocumentExtension(extension) ? FORMATS[extension] : null
      if (!handler) throw new AppError('UNSUPPORTED_FORMAT', unsupportedReason(fileName) ?? `${fileName} is not supported.`)
      if (info.size > this.maxFileBytes) {
        throw new AppError('TOO_LARGE', `${fileName} is ${formatBytes(info.size)}; the limit is ${formatBytes(this.maxFileBytes)}.`)
      }
      const bytes = await readFile(absolutePath)
      if (bytes.length === 0) throw new AppError('INVALID_INPUT', `${fileName} is empty.`)
      const extracted = await handler.extract(bytes, fileName)
      const publisher = extracted.declaredPublisher ?? null
      const parsed = parseDocument({
        body: extracted.body,
        declaredTitle: extracted.declaredTitle,
        fileName,
        modified: info.mtime.toISOString().slice(0, 10),
        declaredDate: extracted.declaredDate,
        declaredLanguage: extracted.declaredLanguage ?? null,
        publisher,
      })
      const wordCount = parsed.paragraphs.reduce((sum, paragraph) => sum + countWords(paragraph.text), 0)
      return { ...parsed, format: handler.format, size: info.size, modified: info.mtime, wordCount, encoding: extracted.encoding, publisher, warning: extracted.warning }
    } catch (error) {
      if (error instanceof RangeError && /call stack/i.test(error.message)) {
        throw new AppError('TOO_COMPLEX', `${fileName} is nested too deeply to read.`)
      }
      throw toAppError(error, fileName)
    }
  }
}
