import { identifyDocument, type DocumentIdentity } from '../documents/identity'
import { collapseWhitespace, normalizeText } from './normalize'
import { splitParagraphs, type Paragraph } from './paragraphs'

/** A document's text with what it is: title, paragraphs, and its identity (kind, language, own date and its source, names). */
export interface ParsedDocument extends DocumentIdentity {
  title: string
  paragraphs: Paragraph[]
}

export interface DocumentSource {
  /** The title the format declares (HTML <title>, front matter), if any. */
  declaredTitle?: string | null
  /** The body as plain text: paragraphs separated by blank lines. */
  body: string
  fileName: string
  /** yyyy-mm-dd of the file's modification time. */
  modified: string
  /** What the format declares beside the text: a date (yyyy-mm-dd), a language tag, a publisher. */
  declaredDate?: string | null
  declaredLanguage?: string | null
  publisher?: string | null
}

const MAX_TITLE_LENGTH = 300

function titleFromFileName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '').replace(/[_]+/g, ' ').trim() || fileName
}

/**
 * Turns extracted text into a document: a declared title wins; otherwise the first line is the
 * title (as in official texts saved as plain text) and is not counted as a paragraph.
 */
export function parseDocument(source: DocumentSource): ParsedDocument {
  const text = normalizeText(source.body)
  let title = source.declaredTitle ? collapseWhitespace(normalizeText(source.declaredTitle)) : ''
  let body = text
  if (!title) {
    const trimmed = text.replace(/^\s+/, '')
    const lineEnd = trimmed.indexOf('\n')
    const firstLine = collapseWhitespace(lineEnd === -1 ? trimmed : trimmed.slice(0, lineEnd))
    if (firstLine.length > 0 && firstLine.length <= MAX_TITLE_LENGTH && lineEnd !== -1) {
      title = firstLine
      body = trimmed.slice(lineEnd + 1)
    }
  }
  if (!title) title = titleFromFileName(source.fileName)
  const paragraphs = splitParagraphs(body)
  const identity = identifyDocument({
    title, paragraphs, fileName: source.fileName, modified: source.modified,
    declaredDate: source.declaredDate ?? null, declaredLanguage: source.declaredLanguage ?? null, publisher: source.publisher ?? null,
  })
  return { title, paragraphs, ...identity }
}
