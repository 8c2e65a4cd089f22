import { AppError } from '../../../shared/errors'
import { declaredDateOf } from './declared-date'
import type { ExtractedText } from './extracted'
import { webPageFurniture } from './web-page-lines'

interface Line {
  page: number
  /** Baseline from the top of the page, in points. */
  top: number
  left: number
  right: number
  /** Where the line's column starts, for a line in the second column of a two-column page. */
  columnLeft?: number
  /** Font size, from the text's transform. */
  size: number
  text: string
}

/** Lines in the top or bottom share of a page may be running heads, footers or page numbers. */
const MARGIN_ZONE = 0.1
/** A gap on one baseline wider than this many font sizes separates two columns. */
const COLUMN_GAP = 3
/** A line in the margin zone repeated on at least this share of pages is a running head or footer. */
const REPEATED_ON = 0.5
const PAGE_NUMBER = /^(?:page\s+)?[-–—(]?\s*\d{1,4}\s*[-–—)]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i
/** A word broken at a line end: a letter, then a hyphen (plain, Unicode or soft, as printers leave them). */
const LINE_END_HYPHEN = /(\p{L})\u00AD?[-\u2010\u00AD]$/u
/** A paragraph that the document numbers starts a new paragraph even without a gap. */
const NUMBERED_START = /^(?:\(?\d{1,3}[.)]|\([a-z]\)|[a-z]\))\s/

function groupLines(items: { str: string; transform: number[]; width: number }[], page: number, pageHeight: number): Line[] {
  const lines: Line[] = []
  let current: (Line & { right: number }) | null = null
  for (const item of items) {
    if (item.str === '') continue
    // pdfjs fills gaps on a line with space items: a space, but not a reach across the gap.
    if (item.str.trim() === '') {
      if (current && !current.text.endsWith(' ')) current.text += ' '
      continue
    }
    const [, , , scaleY, x, y] = item.transform as [number, number, number, number, number, number]
    const size = Math.abs(scaleY) || 10
    const top = pageHeight - y
    // A wide gap on one baseline separates columns: each side is a line of its own.
    if (current && Math.abs(current.top - top) < size * 0.5 && x - current.right < size * COLUMN_GAP) {
      const gap = x - current.right
      const needsSpace = gap > size * 0.15 && !current.text.endsWith(' ') && !item.str.startsWith(' ')
      current.text += (needsSpace ? ' ' : '') + item.str
      current.right = x + item.width
      continue
    }
    current = { page, top, left: x, size, text: item.str, right: x + item.width }
    lines.push(current)
  }
  return lines.map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() })).filter((line) => line.text)
}

/**
 * A page set in two columns is read column by column. The columns are where many lines start at
 * the same place in the middle of the page and no line below the page's full-width head (title,
 * tables) runs across that place; a page without such a place keeps its order.
 */
function inColumnOrder(lines: Line[], pageWidth: number, pageHeight: number): Line[] {
  const body = lines.filter((line) => line.top >= pageHeight * MARGIN_ZONE && line.top <= pageHeight * (1 - MARGIN_ZONE))
  const starts = new Map<number, number>()
  for (const line of body) {
    if (line.left < pageWidth * 0.3 || line.left > pageWidth * 0.7) continue
    const at = Math.round(line.left / 4) * 4
    starts.set(at, (starts.get(at) ?? 0) + 1)
  }
  const [split, count] = [...starts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0]
  if (count < 6) return lines
  const crosses = (line: Line) => line.left < split - 4 && line.right > split + 2
  const headEnd = Math.max(-1, ...body.filter(crosses).map((line) => line.top))
  const columnar = body.filter((line) => line.top > headEnd)
  if (count < columnar.length * 0.3) return lines
  const inColumns = new Set(columnar)
  const head = lines.filter((line) => !inColumns.has(line) && line.top <= pageHeight * (1 - MARGIN_ZONE))
  const foot = lines.filter((line) => !inColumns.has(line) && line.top > pageHeight * (1 - MARGIN_ZONE))
  const byTop = (a: Line, b: Line) => a.top - b.top
  const second = columnar.filter((line) => line.left >= split - 2).map((line) => ({ ...line, columnLeft: split }))
  return [...head, ...columnar.filter((line) => line.left < split - 2).sort(byTop), ...second.sort(byTop), ...foot]
}

/** Running heads, footers and page numbers: what repeats in the page margins, or is only a number there. */
function marginNoise(lines: Line[], pageHeights: number[]): Set<Line> {
  const noise = new Set<Line>()
  const inMargin = (line: Line) => line.top < pageHeights[line.page]! * MARGIN_ZONE || line.top > pageHeights[line.page]! * (1 - MARGIN_ZONE)
  const shape = (text: string) => text.toLowerCase().replace(/\d+/g, '#')
  const pagesWith = new Map<string, Set<number>>()
  for (const line of lines) {
    if (!inMargin(line)) continue
    const pages = pagesWith.get(shape(line.text)) ?? new Set<number>()
    pages.add(line.page)
    pagesWith.set(shape(line.text), pages)
  }
  const pageCount = pageHeights.length
  for (const line of lines) {
    if (!inMargin(line)) continue
    const repeated = pageCount >= 2 && pagesWith.get(shape(line.text))!.size >= Math.max(2, pageCount * REPEATED_ON)
    if (repeated || PAGE_NUMBER.test(line.text)) noise.add(line)
  }
  return noise
}

function median(values: number[]): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/**
 * Rebuilds paragraphs from a PDF's lines: wrapped lines are joined, a hyphen that broke a word at
 * a line end is undone, and a new paragraph starts at a wider gap than the usual line spacing, at
 * a numbered paragraph, or at a new page's indented line.
 */
function paragraphsOf(lines: Line[]): string[] {
  const gaps: number[] = []
  for (let i = 1; i < lines.length; i++) {
    if (lines[i]!.page === lines[i - 1]!.page) gaps.push(lines[i]!.top - lines[i - 1]!.top)
  }
  const spacing = median(gaps.filter((gap) => gap > 0)) || 12
  const leftMargin = median(lines.map((line) => line.left))
  const paragraphs: string[] = []
  let current = ''
  lines.forEach((line, i) => {
    const previous = lines[i - 1]
    const samePage = previous?.page === line.page
    const gap = previous && samePage ? line.top - previous.top : spacing
    const indented = line.left > (line.columnLeft ?? leftMargin) + line.size * 1.5
    const startsParagraph =
      !previous ||
      (samePage && gap > spacing * 1.4) ||
      NUMBERED_START.test(line.text) ||
      (indented && /[.:;]$/.test(previous.text)) ||
      Math.abs(line.size - previous.size) > 1.5
    if (startsParagraph && current) {
      paragraphs.push(current)
      current = ''
    }
    if (!current) current = line.text
    else if (LINE_END_HYPHEN.test(current) && /^\p{Ll}/u.test(line.text)) current = current.replace(LINE_END_HYPHEN, '$1') + line.text
    else current += ` ${line.text}`
  })
  if (current) paragraphs.push(current)
  return paragraphs
}

/** Beyond this a PDF is refused: reading it would outlast any reasonable wait (≈ 2 ms a page). */
const MAX_PAGES = 5_000

/** Metadata titles that are a tool's name for the file, not the document's title. */
const MEANINGLESS_TITLE = /^(?:microsoft word - |untitled|document\d*$)|\.(?:docx?|pdf)$/i

/** Text of a PDF, paragraph by paragraph, read with pdfjs (its legacy build, for Node). */
export async function extractPdf(bytes: Uint8Array, fileName: string): Promise<ExtractedText> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  let pdf
  try {
    pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0, stopAtErrors: false }).promise
  } catch (error) {
    const name = (error as { name?: string } | null)?.name
    if (name === 'PasswordException') throw new AppError('ENCRYPTED', `${fileName} is protected by a password; open it elsewhere and save an unprotected copy.`)
    throw new AppError('MALFORMED', `${fileName} is not a readable PDF${error instanceof Error ? ` (${error.message})` : ''}.`)
  }
  try {
    if (pdf.numPages > MAX_PAGES) {
      throw new AppError('TOO_COMPLEX', `${fileName} has ${pdf.numPages.toLocaleString('en')} pages; Communique reads PDFs of up to ${MAX_PAGES.toLocaleString('en')} pages.`)
    }
    const lines: Line[] = []
    const pageHeights: number[] = []
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number)
      const height = page.view[3]! - page.view[1]!
      const width = page.view[2]! - page.view[0]!
      pageHeights.push(height)
      const content = await page.getTextContent()
      const items = content.items.filter((item): item is (typeof content.items)[number] & { str: string; transform: number[]; width: number } => 'str' in item)
      lines.push(...inColumnOrder(groupLines(items, number - 1, height), width, height))
      page.cleanup()
    }
    const noise = new Set([...marginNoise(lines, pageHeights), ...webPageFurniture(lines, pageHeights)])
    const body = paragraphsOf(lines.filter((line) => !noise.has(line))).join('\n\n')
    if (body.trim() === '') throw new AppError('UNSUPPORTED_FORMAT', `${fileName} has no text to read (a scanned PDF needs text recognition first).`)
    const info: unknown = (await pdf.getMetadata().catch(() => null))?.info
    const field = (key: string) => {
      const value = info && typeof info === 'object' && key in info ? (info as Record<string, unknown>)[key] : null
      return typeof value === 'string' ? value.trim() : ''
    }
    const title = field('Title')
    return {
      body,
      declaredTitle: title && !MEANINGLESS_TITLE.test(title) ? title : null,
      // When the file was made, else last changed: a statement's PDF is made the day it is issued.
      declaredDate: declaredDateOf(field('CreationDate')) ?? declaredDateOf(field('ModDate')),
      // pdf.js reports the catalog's /Lang as Language.
      declaredLanguage: field('Language') || null,
      declaredPublisher: field('Author') || null,
    }
  } finally {
    await pdf.destroy()
  }
}
