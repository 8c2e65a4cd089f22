import { readFile, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { countWords } from '../../core/compare/compare'
import { parseDocument, type ParsedDocument } from '../../core/text/document'
import type { DocumentFormat } from '../../shared/documents'
import { AppError } from '../../shared/errors'
import { formatBytes } from '../../shared/format-bytes'
import { decodeText } from './decode'
import type { ExtractedText } from './formats/extracted'
import { extractHtml } from './formats/html'
import { extractMarkdown } from './formats/markdown'
import { extractPlainText } from './formats/plain-text'
import { toAppError } from './io-errors'

const FORMATS: Record<string, { format: DocumentFormat; extract: (text: string) => ExtractedText }> = {
  '.txt': { format: 'text', extract: extractPlainText },
  '.text': { format: 'text', extract: extractPlainText },
  '.md': { format: 'markdown', extract: extractMarkdown },
  '.markdown': { format: 'markdown', extract: extractMarkdown },
  '.html': { format: 'html', extract: extractHtml },
  '.htm': { format: 'html', extract: extractHtml },
}

/** Formats that are documents but not read yet: listed with this reason instead of an error. */
const KNOWN_UNSUPPORTED: Record<string, string> = {
  '.pdf': 'PDF files are not read yet.',
  '.docx': 'Word documents are not read yet.',
  '.doc': 'Old Word (.doc) documents are not supported; save the file as .docx.',
  '.rtf': 'RTF files are not supported; save the file as plain text or .docx.',
  '.odt': 'OpenDocument files are not supported; save the file as .docx.',
}

export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024

export interface ReadDocument extends ParsedDocument {
  format: DocumentFormat
  size: number
  modified: Date
  wordCount: number
}

export function formatOf(fileName: string): DocumentFormat | null {
  return FORMATS[extname(fileName).toLowerCase()]?.format ?? null
}

/** Why a file is not read, or null when its format is supported. */
export function unsupportedReason(fileName: string): string | null {
  const extension = extname(fileName).toLowerCase()
  if (FORMATS[extension]) return null
  return KNOWN_UNSUPPORTED[extension] ?? `Files of type "${extension || 'no extension'}" are not documents Communique reads (.txt, .md, .html).`
}

/** Reads one file into a document. Only ever reads. */
export class DocumentReader {
  constructor(private readonly maxFileBytes: number = DEFAULT_MAX_FILE_BYTES) {}

  async read(absolutePath: string): Promise<ReadDocument> {
    const fileName = basename(absolutePath)
    try {
      const info = await stat(absolutePath)
      if (!info.isFile()) throw new AppError('INVALID_INPUT', `${fileName} is not a file.`)
      const handler = FORMATS[extname(fileName).toLowerCase()]
      if (!handler) throw new AppError('UNSUPPORTED_FORMAT', unsupportedReason(fileName) ?? `${fileName} is not supported.`)
      if (info.size > this.maxFileBytes) {
        throw new AppError('TOO_LARGE', `${fileName} is ${formatBytes(info.size)}; the limit is ${formatBytes(this.maxFileBytes)}.`)
      }
      const bytes = await readFile(absolutePath)
      const extracted = handler.extract(decodeText(bytes, fileName))
      const parsed = parseDocument({
        body: extracted.body,
        declaredTitle: extracted.declaredTitle,
        fileName,
        modified: info.mtime.toISOString().slice(0, 10),
      })
      const declared = extracted.declaredDate ? { date: extracted.declaredDate, dateSource: 'text' as const } : {}
      const wordCount = parsed.paragraphs.reduce((sum, paragraph) => sum + countWords(paragraph.text), 0)
      return { ...parsed, ...declared, format: handler.format, size: info.size, modified: info.mtime, wordCount }
    } catch (error) {
      throw toAppError(error, fileName)
    }
  }
}
