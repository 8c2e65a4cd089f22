/** What normalisation changes: line ends, invisible formatting characters, spaces of other widths. */
const NORMALIZED = /\r\n?|\u200B|\u200C|\u200D|\u2060|\u00AD|[\u00A0\u2007\u202F\t\f\v]/g

function normalizedChar(match: string): string {
  if (match.charCodeAt(0) === 13) return '\n'
  // Zero-width spaces and joiners, word joiners and soft hyphens: invisible, but they split words.
  const code = match.charCodeAt(0)
  if (code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xad) return ''
  return ' '
}

/** Whether normalisation changes this character (NORMALIZED matches it, or starts a match with it). */
function isNormalized(code: number): boolean {
  return (
    code === 13 || code === 9 || code === 12 || code === 11 || code === 0xa0 || code === 0xad || code === 0x2007 ||
    code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0x202f
  )
}

/**
 * Text as the reader shows it: one newline convention, composed Unicode, no invisible
 * formatting characters. Offsets used by references and reports are offsets in this text.
 * One pass tells whether anything is to change, and whether the text is all ASCII (always
 * composed); most texts then need nothing more.
 */
export function normalizeText(raw: string): string {
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
  let changes = false
  let ascii = true
  for (let i = 0; i < text.length && !(changes && !ascii); i++) {
    const code = text.charCodeAt(i)
    if (code >= 32 && code < 127) continue
    if (isNormalized(code)) changes = true
    if (code >= 127) ascii = false
  }
  if (changes) text = text.replace(NORMALIZED, normalizedChar)
  return ascii ? text : text.normalize('NFC')
}

/** White space as the pattern \s has it. */
export function isWhiteSpace(code: number): boolean {
  if (code > 32) {
    return (
      code >= 0xa0 &&
      (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff)
    )
  }
  return code === 32 || (code >= 9 && code <= 13)
}

/**
 * text[from, to) with wrapped lines joined and runs of white space collapsed to one space,
 * trimmed; a slice of the text when it needs no change, as most paragraphs do.
 */
export function collapsedSlice(text: string, from: number, to: number): string {
  while (from < to && isWhiteSpace(text.charCodeAt(from))) from++
  while (to > from && isWhiteSpace(text.charCodeAt(to - 1))) to--
  let collapsed = ''
  let pieceStart = from
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (!isWhiteSpace(code)) continue
    // Trimmed, so white space inside always has a character after it.
    if (code === 32 && !isWhiteSpace(text.charCodeAt(i + 1))) continue
    collapsed += `${text.slice(pieceStart, i)} `
    while (isWhiteSpace(text.charCodeAt(i + 1))) i++
    pieceStart = i + 1
  }
  return pieceStart === from ? text.slice(from, to) : collapsed + text.slice(pieceStart, to)
}

/** Joins wrapped lines and collapses runs of spaces inside one paragraph. */
export function collapseWhitespace(paragraph: string): string {
  return collapsedSlice(paragraph, 0, paragraph.length)
}
