import { describe, expect, it } from 'vitest'
import { estimateReaderParagraphHeight } from './reader-rows'

describe('estimateReaderParagraphHeight', () => {
  it('gives an empty or short paragraph one line and its padding', () => {
    expect(estimateReaderParagraphHeight('', 700)).toBe(estimateReaderParagraphHeight('Short.', 700))
    expect(estimateReaderParagraphHeight('Short.', 700)).toBeGreaterThan(25)
    expect(estimateReaderParagraphHeight('Short.', 700)).toBeLessThan(50)
  })

  it('grows with the text and shrinks with the width', () => {
    const text = 'word '.repeat(400)
    const wide = estimateReaderParagraphHeight(text, 700)
    const narrow = estimateReaderParagraphHeight(text, 350)
    expect(estimateReaderParagraphHeight(text + text, 700)).toBeGreaterThan(1.8 * wide - 30)
    expect(narrow).toBeGreaterThan(2 * wide - 30)
  })

  it('counts each kept line break as a new line', () => {
    const oneLine = estimateReaderParagraphHeight('a b c', 700)
    expect(estimateReaderParagraphHeight('a\nb\nc', 700)).toBeGreaterThan(oneLine + 2 * 25)
    expect(estimateReaderParagraphHeight('a\n\n', 700)).toBe(estimateReaderParagraphHeight('a\nb\nc', 700))
  })

  it('is linear: a paragraph of a million line breaks is estimated at once', () => {
    const started = performance.now()
    estimateReaderParagraphHeight('\n'.repeat(1_000_000), 700)
    expect(performance.now() - started).toBeLessThan(500)
  })
})
