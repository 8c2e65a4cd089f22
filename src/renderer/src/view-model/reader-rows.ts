import { estimateTextHeight, type TextMetrics } from './table-rows'

/** The reader's paragraph as the stylesheet sets it (.reader-paragraph, .paragraph-text): a label column, a gap, padding above and below. */
const LABEL_COLUMN = 48 + 8
const PARAGRAPH_PADDING = 2 * 7
/** 16 px serif, line height 1.6. */
const READER_TEXT: TextMetrics = { charWidth: 7.6, lineHeight: 25.6 }

/**
 * Height of a reader paragraph never rendered, in a list `width` pixels wide: each of its lines
 * (the text keeps its line breaks) wrapped at the average character width. An estimate only:
 * it places paragraphs not drawn; a drawn one is measured.
 */
export function estimateReaderParagraphHeight(text: string, width: number): number {
  const column = Math.max(100, width - LABEL_COLUMN)
  let height = 0
  let lineStart = 0
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', lineStart)) {
    height += Math.max(READER_TEXT.lineHeight, estimateTextHeight(at - lineStart, column, READER_TEXT))
    lineStart = at + 1
  }
  height += Math.max(READER_TEXT.lineHeight, estimateTextHeight(text.length - lineStart, column, READER_TEXT))
  return height + PARAGRAPH_PADDING
}
