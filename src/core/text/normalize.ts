/**
 * Text as the reader shows it: one newline convention, composed Unicode, no invisible
 * formatting characters. Offsets used by references and reports are offsets in this text.
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    // Zero-width spaces and joiners, word joiners and soft hyphens: invisible, but they split words.
    .replace(/\u200B|\u200C|\u200D|\u2060|\u00AD/g, '')
    .replace(/[\u00A0\u2007\u202F\t\f\v]/g, ' ')
    .normalize('NFC')
}

/** Joins wrapped lines and collapses runs of spaces inside one paragraph. */
export function collapseWhitespace(paragraph: string): string {
  return paragraph.replace(/\s+/g, ' ').trim()
}
