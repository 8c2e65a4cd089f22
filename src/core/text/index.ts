export { findFirstDate, type FoundDate } from './dates'
export { parseDocument, type DateSource, type DocumentSource, type ParsedDocument } from './document'
export { collapseWhitespace, normalizeText } from './normalize'
export { paragraphLabel, paragraphNumber, splitParagraphs, type Paragraph } from './paragraphs'
