import fc from 'fast-check'
import { parseDocument } from 'htmlparser2'
import { describe, expect, it } from 'vitest'
import { cssString, escapeHtml } from './escape'

/** Strings made of the pieces that break markup, mixed with any other text. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc
    .array(fc.constantFrom('</', '<', '>', '"', "'", '\\', '\n', '\r', '\f', '\0', '&', 'amp;', '#39;', '&#x3c;', 'style', 'script', '/*', '*/', ' ', 'a', 'F', '9', 'é', '\u2028', '𝄞', '\ud800'), { maxLength: 40 })
    .map((pieces) => pieces.join('')),
)

interface Node {
  type: string
  name?: string
  attribs?: Record<string, string>
  children?: Node[]
  data?: string
}

function elements(node: Node): Node[] {
  const own = node.type === 'tag' || node.type === 'style' || node.type === 'script' ? [node] : []
  return [...own, ...(node.children ?? []).flatMap(elements)]
}

const textOf = (node: Node): string => (node.type === 'text' ? node.data! : (node.children ?? []).map(textOf).join(''))

/** Reads a CSS string token back as CSS Syntax does (§4.3.5, §4.3.7); null when it is not exactly one string. */
function readCssString(css: string): string | null {
  if (css[0] !== '"') return null
  let value = ''
  for (let i = 1; i < css.length; i++) {
    const char = css[i]!
    if (char === '"') return i === css.length - 1 ? value : null
    if (char === '\n' || char === '\r' || char === '\f') return null
    if (char !== '\\') {
      value += char
      continue
    }
    const hex = /^[0-9a-fA-F]{1,6}/.exec(css.slice(i + 1))
    if (!hex) return null // the escapes written here are all hex
    const code = parseInt(hex[0], 16)
    value += code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff ? '\ufffd' : String.fromCodePoint(code)
    i += hex[0].length
    if (/[ \t\n]/.test(css[i + 1] ?? '')) i++
  }
  return null
}

describe('escapeHtml', () => {
  it('leaves no character that opens a tag, ends a quoted attribute or starts a reference of its own', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const escaped = escapeHtml(text)
        expect(escaped).not.toMatch(/[<>"']/)
        expect(escaped.replace(/&(?:amp|lt|gt|quot|#39);/g, '')).not.toContain('&')
      }),
    )
  })

  it('reads back as the same text, in element content and in quoted attribute values', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const escaped = escapeHtml(text)
        const document = parseDocument(`<title>${escaped}</title><p title="${escaped}" class='${escaped}'>${escaped}</p><i>after</i>`, { decodeEntities: true }) as Node
        const found = elements(document)
        expect(found.map((element) => element.name)).toEqual(['title', 'p', 'i'])
        const [title, paragraph] = found
        expect(Object.keys(paragraph!.attribs!)).toEqual(['title', 'class'])
        for (const value of [textOf(title!), paragraph!.attribs!.title, paragraph!.attribs!.class, textOf(paragraph!)]) expect(value).toBe(text)
      }),
    )
  })
})

describe('cssString', () => {
  it('cannot end the string, the style element or the line, whatever the text', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const string = cssString(text)
        expect(string).toMatch(/^"(?:[^"'\\<>&\p{Cc}]|\\[0-9a-f]{1,6} )*"$/u)
        expect(string).not.toContain('</')
        const document = parseDocument(`<style>@page { @top-left { content: ${string}; } }</style><p>after</p>`) as Node
        const [style, paragraph] = elements(document)
        expect(style!.name).toBe('style')
        expect(textOf(style!)).toBe(`@page { @top-left { content: ${string}; } }`)
        expect(paragraph!.name).toBe('p')
      }),
    )
  })

  it('reads back as the text, NUL as U+FFFD as CSS reads it', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(readCssString(cssString(text))).toBe(text.replaceAll('\0', '\ufffd'))
      }),
    )
  })

  it('escapes each unsafe character as a hex escape the next character cannot extend', () => {
    expect(cssString('a"b')).toBe('"a\\22 b"')
    expect(cssString('</style>')).toBe('"\\3c /style\\3e "')
    expect(cssString('1\n2 3')).toBe('"1\\a 2 3"')
    expect(cssString('\\')).toBe('"\\5c "')
  })
})
