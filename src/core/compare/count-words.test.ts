import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countWords } from './count-words'
import { KIND_NUMBER, KIND_WORD, scan } from './scan'

/** The scanner's own count: the definition countWords must agree with. */
function scannedCount(text: string): number {
  const { kinds, count } = scan(text)
  let words = 0
  for (let i = 0; i < count; i++) if (kinds[i] === KIND_WORD || kinds[i] === KIND_NUMBER) words++
  return words
}

const part = fc.constantFrom(
  'the', 'Parties', 'UN', 'S/RES/2334', 'A/80/534', '1,960', '12.', '4th', '$35', '35%', 'five-year', 'Türkiye’s', 'Статья',
  '和平协议', '2020-11-10', '00:00', '(a)', '“stop”', '.', ',', ';', ')', '!', '?', ':', '-', '/', ' ', '  ', '\n', '\t', '\u00A0', 'x', '7',
)

describe('countWords', () => {
  it('counts what the scanner counts, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 60 }), fc.array(fc.constantFrom('', ' '), { maxLength: 60 }), (parts, glue) => {
        const text = parts.map((p, i) => p + (glue[i] ?? '')).join('')
        expect(countWords(text)).toBe(scannedCount(text))
      }),
      { numRuns: 500 },
    )
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(countWords(text)).toBe(scannedCount(text))
      }),
    )
  })

  it('counts a text far longer than the scanner’s window the same way', () => {
    const text = Array.from({ length: 30_000 }, (_, i) => (i % 7 === 0 ? '1,960 personnel,' : i % 5 === 0 ? 'five-year' : 'the Parties.')).join(' ')
    expect(countWords(text)).toBe(scannedCount(text))
  })
})
