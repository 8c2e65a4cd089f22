import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_COMPARE_OPTIONS } from './options'
import { KIND_PUNCT, KIND_WORD } from './scan'
import { keyOf, tokenize } from './tokenize'

const words = (text: string) => tokenize(text).filter((t) => t.kind !== 'space').map((t) => t.text)

describe('tokenize', () => {
  it('gives back the text exactly', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
      expect(tokenize(text).map((t) => t.text).join('')).toBe(text)
    }))
  })

  it('keeps numbers, dates, amounts and UN symbols whole', () => {
    expect(words('1,960 personnel, $35,000,000 on 2020-11-10 under S/RES/2334 (2016) and A/80/534 at 00:00')).toEqual([
      '1,960', 'personnel', ',', '$35,000,000', 'on', '2020-11-10', 'under', 'S/RES/2334', '(', '2016', ')', 'and', 'A/80/534', 'at', '00:00',
    ])
  })

  it('splits words of any alphabet, with inner hyphens and apostrophes', () => {
    expect(words('Нагорный Карабах, Հայաստան, Azərbaycan şəhər ğ ı, Türkiye’s non‑nuclear-weapon Ελλάδα')).toEqual([
      'Нагорный', 'Карабах', ',', 'Հայաստան', ',', 'Azərbaycan', 'şəhər', 'ğ', 'ı', ',', 'Türkiye’s', 'non‑nuclear-weapon', 'Ελλάδα',
    ])
  })

  it('segments scripts written without spaces into words', () => {
    const tokens = words('联合国安全理事会通过决议')
    expect(tokens.length).toBeGreaterThan(2)
    expect(tokens.join('')).toBe('联合国安全理事会通过决议')
  })

  it('compares typographic quotes and dashes as plain ones, and case when asked', () => {
    expect(keyOf('’', KIND_PUNCT, DEFAULT_COMPARE_OPTIONS)).toBe("'")
    expect(keyOf('Statement', KIND_WORD, { ...DEFAULT_COMPARE_OPTIONS, ignoreCase: true })).toBe('statement')
    expect(keyOf(',', KIND_PUNCT, { ...DEFAULT_COMPARE_OPTIONS, ignorePunctuation: true })).toBe('')
  })
})
