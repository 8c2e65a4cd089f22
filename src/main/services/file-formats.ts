import { extname } from 'node:path'
import type { DocumentFormat } from '../../shared/documents'

/**
 * Which files are documents, by their extension: what the listing needs to know of a file
 * before reading it. Kept apart from the reader so that listing a folder (the command line's
 * `list` from the cache) does not load the whole reading stack.
 */
export const FORMAT_BY_EXTENSION = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
} as const satisfies Record<string, DocumentFormat>

export type DocumentExtension = keyof typeof FORMAT_BY_EXTENSION

/** Formats that are documents but not read yet: listed with this reason instead of an error. */
const KNOWN_UNSUPPORTED: Record<string, string> = {
  '.doc': 'Old Word (.doc) documents are not supported; save the file as .docx.',
  '.rtf': 'RTF files are not supported; save the file as plain text or .docx.',
  '.odt': 'OpenDocument files are not supported; save the file as .docx.',
}

function extensionOf(fileName: string): string {
  return extname(fileName).toLowerCase()
}

export function isDocumentExtension(extension: string): extension is DocumentExtension {
  return Object.hasOwn(FORMAT_BY_EXTENSION, extension)
}

export function formatOf(fileName: string): DocumentFormat | null {
  const extension = extensionOf(fileName)
  return isDocumentExtension(extension) ? FORMAT_BY_EXTENSION[extension] : null
}

/** Why a file is not read, or null when its format is supported. */
export function unsupportedReason(fileName: string): string | null {
  const extension = extensionOf(fileName)
  if (isDocumentExtension(extension)) return null
  return KNOWN_UNSUPPORTED[extension] ?? `Files of type "${extension || 'no extension'}" are not documents Communique reads (.txt, .md, .html, .pdf, .docx).`
}
