import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { collapseWhitespace, normalizeText } from './normalize'

describe('normalizeText', () => {
  it('changes what the five patterns it replaces changed, and nothing else', () => {
    const byPatterns = (raw: string): string =>
      raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\u200B|\u200C|\u200D|\u2060|\u00AD/g, '').replace(/[\u00A0\u2007\u202F\t\f\v]/g, ' ').normalize('NFC')
    const piece = fc.constantFrom('a', 'é', 'e\u0301', '\r\n', '\r', '\n', '\u200B', '\u00AD', '\u00A0', '\t', '\uFEFF', '\u2007', ' ', 'Статья')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const raw = pieces.join('')
        expect(normalizeText(raw)).toBe(byPatterns(raw))
      }),
      { numRuns: 500 },
    )
  })
})

describe('collapseWhitespace', () => {
  it('collapses as /\\s+/ and trims', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\t', '\u3000', '\u00A0', '\u2029', 'b'), maxLength: 40 }), (text) => {
        expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, ' ').trim())
      }),
      { numRuns: 500 },
    )
  })
})
