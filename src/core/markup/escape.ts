/**
 * The one place text becomes markup. Document text (titles, paragraphs, file names) is data:
 * whatever it holds, it must come out as the same characters, never as tags, attributes or
 * the end of a string.
 */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Text for HTML, in element content (also `<title>`) and in quoted attribute values alike: no
 * character of the result can open a tag, end an attribute value or start a character reference
 * other than the ones written here.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]!)
}

/**
 * Characters a CSS string inside a `<style>` element must not carry raw: the quotes and the
 * backslash (which would end the string or start an escape), newlines and every other control
 * character (a newline ends a CSS string in error), and `<`, `>` and `&`, so that no `</style` can end
 * the element whatever the text.
 */
const CSS_UNSAFE = /[\p{Cc}"'\\<>&]/gu

/**
 * A quoted CSS string (for `content:`) that reads back as the text: each unsafe character is a
 * hex escape ended by a space, which CSS consumes as part of the escape. NUL reads back as
 * U+FFFD, as CSS reads every NUL.
 */
export function cssString(text: string): string {
  return `"${text.replace(CSS_UNSAFE, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`
}
