import { findFirstDate } from './dates'
import { collapseWhitespace, normalizeText } from './normalize'
import { splitParagraphs, type Paragraph } from './paragraphs'

export type DateSource = 'text' | 'file name' | 'file modified'

export interface ParsedDocument {
  title: string
  /** yyyy-mm-dd, or null when neither the text nor the file says. */
  date: string | null
  dateSource: DateSource | null
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
}

const MAX_TITLE_LENGTH = 300

/**
 * A statement's own date stands in its head (title, dateline, first paragraph); a date further
 * down is usually one it cites ("the Statement of 10 November 2020"), so a date in the file's
 * name comes before it.
 */
const HEAD_LENGTH = 600

function documentDate(title: string, text: string, source: DocumentSource): [string, DateSource] {
  const inHead = findFirstDate(`${title}\n${text.slice(0, HEAD_LENGTH)}`)
  if (inHead) return [inHead.iso, 'text']
  const inName = findFirstDate(source.fileName)
  if (inName) return [inName.iso, 'file name']
  const inBody = findFirstDate(text)
  if (inBody) return [inBody.iso, 'text']
  return [source.modified, 'file modified']
}

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
  const [date, dateSource] = documentDate(title, text, source)

  return { title, date, dateSource, paragraphs }
}
