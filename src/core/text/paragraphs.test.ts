import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { paragraphLabel, paragraphNumber, splitParagraphs } from './paragraphs'

describe('paragraphNumber', () => {
  it.each([
    ['4. The peacekeeping contingent', '4'],
    ['12) text', '12'],
    ['(3) text', '3'],
    ['(a) text', 'a'],
    ['IV. Final provisions', 'IV'],
    ['4.1 Sub-point', '4.1'],
    ['1000. The thousandth', '1000'],
    ['19966. Near the end of a 1M-word statement', '19966'],
    ['(1500) text', '1500'],
  ])('reads the label of %j', (text, expected) => {
    expect(paragraphNumber(text)).toBe(expected)
  })

  it.each(['2020 was a year', '2020.11 report', '123456. text', '1,960 military personnel', 'We, the President', '4.', 'A complete ceasefire'])('finds no label in %j', (text) => {
    expect(paragraphNumber(text)).toBeNull()
  })
})

describe('splitParagraphs', () => {
  it('splits on blank lines and joins wrapped lines', () => {
    const paragraphs = splitParagraphs('First line\nwrapped here.\n\n\n2. Second\n  \n3. Third')
    expect(paragraphs.map((p) => p.text)).toEqual(['First line wrapped here.', '2. Second', '3. Third'])
    expect(paragraphs.map((p) => p.number)).toEqual([null, '2', '3'])
    expect(paragraphs.map((p) => p.index)).toEqual([0, 1, 2])
  })

  it('takes each line as a paragraph when the text has no blank line', () => {
    expect(splitParagraphs('one\ntwo\nthree').map((p) => p.text)).toEqual(['one', 'two', 'three'])
  })

  it('labels by own number, else by position', () => {
    const [first, second] = splitParagraphs('Preamble.\n\n1. Point one.')
    expect(paragraphLabel(first!)).toBe('¶ 1')
    expect(paragraphLabel(second!)).toBe('1')
  })
})

describe('splitParagraphs in one pass', () => {
  /** The patterns it replaces: a split on blank lines (or on lines), then each block's white space collapsed. */
  const byPatterns = (text: string): string[] => {
    const blocks = /\n[ ]*\n/.test(text) ? text.split(/\n[ ]*\n+/) : text.split('\n')
    return blocks.map((block) => block.replace(/\s+/g, ' ').trim()).filter((block) => block !== '')
  }

  it('cuts and collapses exactly as the patterns did, whatever the white space', () => {
    const piece = fc.constantFrom('Parties', '4.', 'the', ' ', '  ', '\n', '\n\n', '\n  \n', ' \n', '\u3000', '\u2028', '\uFEFF', '\r', 'x')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('')
        expect(splitParagraphs(text).map((p) => p.text)).toEqual(byPatterns(text))
      }),
      { numRuns: 500 },
    )
  })
})
