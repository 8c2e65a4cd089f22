import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { giantParagraph } from '../../bench/generate'
import { countWords } from './count-words'
import { DEFAULT_COMPARE_OPTIONS, withDefaults } from './options'
import { diffWords, opSide, trimForMarking, type WordOp } from './word-diff'

/** The left text as the ops tell it: equal and deleted parts. */
const leftTextOf = (ops: WordOp[]) => ops.map((op) => (opSide(op) === 'right' ? '' : op.text)).join('')
/** The right text as the ops tell it: equal (right side's form) and inserted parts. */
const rightTextOf = (ops: WordOp[]) => ops.map((op) => (opSide(op) === 'left' ? '' : op.op === 'equal' ? (op.rightText ?? op.text) : op.text)).join('')

const sentence = fc
  .array(fc.constantFrom('the', 'Parties', 'shall', 'peacekeeping', 'force', '1,960', 'November', '10,', '2020', '.', ',', '“stop”', 'Статья', 'şəhər', '  ', '\n'), { maxLength: 40 })
  .map((parts) => parts.join(' '))

describe('diffWords', () => {
  it('reconstructs both texts exactly, whatever the options', () => {
    const options = fc.record({ ignoreCase: fc.boolean(), ignorePunctuation: fc.boolean(), ignoreWhitespace: fc.boolean(), plainTypography: fc.boolean() })
    fc.assert(
      fc.property(sentence, sentence, options, (left, right, flags) => {
        const ops = diffWords(left, right, withDefaults(flags))
        expect(leftTextOf(ops)).toBe(left)
        expect(rightTextOf(ops)).toBe(right)
      }),
      { numRuns: 300 },
    )
  })

  it('finds nothing to change in equal texts', () => {
    fc.assert(fc.property(sentence, (text) => {
      expect(diffWords(text, text, DEFAULT_COMPARE_OPTIONS).every((op) => op.op === 'equal')).toBe(true)
    }))
  })

  it('shows an edited phrase as one change, not alternating single words', () => {
    const ops = diffWords(
      '2. The Aghdam district is returned to the Republic of Azerbaijan before 20 November 2020.',
      '2. The Agdam District shall be returned to the Republic of Azerbaijan before November 20, 2020.',
      DEFAULT_COMPARE_OPTIONS,
    )
    expect(ops.filter((op) => op.op === 'delete').map((op) => op.text.trim())).toContain('Aghdam district is')
    expect(ops.filter((op) => op.op === 'insert').map((op) => op.text.trim())).toContain('Agdam District shall be')
  })

  it('keeps case differences as equal when case is ignored, with both sides kept', () => {
    const ops = diffWords('The Lachin corridor', 'The Lachin Corridor', withDefaults({ ignoreCase: true }))
    expect(ops).toEqual([{ op: 'equal', text: 'The Lachin corridor', rightText: 'The Lachin Corridor' }])
  })

  it('keeps whole numbers whole in changes', () => {
    const ops = diffWords('deployed for 5 years', 'deployed for 10 years', DEFAULT_COMPARE_OPTIONS)
    expect(ops.filter((op) => op.op !== 'equal').map((op) => op.text.trim())).toEqual(['5', '10'])
  })
})

describe('trimForMarking', () => {
  it('separates the spaces around a change from its words', () => {
    expect(trimForMarking(' the force ')).toEqual({ before: ' ', core: 'the force', after: ' ' })
    expect(trimForMarking('   ')).toEqual({ before: '   ', core: '', after: '' })
  })
})

describe('diffWords on one long paragraph', () => {
  const changedWords = (ops: WordOp[]) => ops.filter((op) => op.op !== 'equal').reduce((sum, op) => sum + countWords(op.text), 0)

  it('aligns 200,000 words by sentences first: exact, near the true edits, and in bounded time', () => {
    const { left, right, trueChanges } = giantParagraph(200_000, 3)
    const started = performance.now()
    const ops = diffWords(left[0]!, right[0]!, DEFAULT_COMPARE_OPTIONS)
    // Myers alone, unbounded inside the paragraph, took 9.8 s on this many words.
    expect(performance.now() - started).toBeLessThan(3000)
    expect(leftTextOf(ops)).toBe(left[0])
    expect(rightTextOf(ops)).toBe(right[0])
    expect(changedWords(ops)).toBeLessThanOrEqual(1.1 * trueChanges)
  })

  it('degrades to a coarser but exact diff where nothing anchors, instead of running unbounded', () => {
    // One sentence 30,000 times, every seventh changed: no sentence and no word is unique.
    const sentences = Array.from({ length: 30_000 }, () => 'The Parties agree to continue consultations.')
    const left = sentences.join(' ')
    const right = sentences.map((text, i) => (i % 7 === 0 ? 'The Parties agree to end consultations.' : text)).join(' ')
    const started = performance.now()
    const ops = diffWords(left, right, DEFAULT_COMPARE_OPTIONS)
    expect(performance.now() - started).toBeLessThan(3000)
    expect(leftTextOf(ops)).toBe(left)
    expect(rightTextOf(ops)).toBe(right)
  })
})
