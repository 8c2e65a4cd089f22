import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../text/document'
import { compareParagraphs } from './compare'
import { DEFAULT_COMPARE_OPTIONS } from './options'
import { changedLetters, diffWords, type WordOp } from './word-diff'

const SAMPLES = join(__dirname, '../../../resources/samples')
const paragraphsOf = (fileName: string) =>
  parseDocument({ body: readFileSync(join(SAMPLES, fileName), 'utf8'), fileName, modified: '2026-01-01' }).paragraphs.map((p) => p.text)

const AZ = paragraphsOf('2020-11-10_trilateral-statement_az-mfa-en.txt')
const RU = paragraphsOf('2020-11-10_trilateral-statement_ru-mfa-en.txt')
const RESOLUTION = paragraphsOf('2025-12-01_unga-resolution-80-37.txt')

const moves = (ops: WordOp[]) => ops.filter((op) => op.op === 'move-from' || op.op === 'move-to')

describe('phrases that moved', () => {
  it('shows point 3 of the two renderings of the Trilateral Statement as a move to the end, edited as it moved', () => {
    const point3 = compareParagraphs(AZ, RU).rows[3]!
    const [from, to] = moves(point3.ops!)
    expect(from).toMatchObject({ op: 'move-from', text: 'Along the line of contact in Nagorno-Karabakh and along the Lachin corridor' })
    expect(to).toMatchObject({ op: 'move-to', text: 'along the contact line in Nagorno-Karabakh and along the Lachin Corridor', id: from!.id })
    // What changed inside the phrase as it moved, for a view to mark.
    expect(from!.changes?.filter((op) => op.op === 'insert').map((op) => op.text.trim())).toContain('line')
    // Not a long deletion and a long insertion any more.
    expect(point3.ops!.filter((op) => op.op === 'delete' && op.text.includes('Lachin'))).toEqual([])
  })

  it('finds a sentence moved from one paragraph to the next (rows of their own)', () => {
    const [first, second] = [RESOLUTION[44 / 2]!, RESOLUTION[46 / 2]!]
    const sentence = ' It further decides to remain seized of the matter in all its aspects.'
    const left = [`${first}${sentence}`, second]
    const right = [first, `${second}${sentence}`]
    const { rows } = compareParagraphs(left, right)
    const from = rows[0]!.ops!.find((op) => op.op === 'move-from')
    const to = rows[1]!.ops!.find((op) => op.op === 'move-to')
    expect(from?.text).toBe('It further decides to remain seized of the matter in all its aspects.')
    expect(to).toMatchObject({ text: from!.text, id: from!.id })
    expect(to!.changes).toBeUndefined()
  })

  it('leaves a phrase of fewer than four words as a deletion and an insertion', () => {
    const ops = diffWords('The Parties agree to meet in Moscow on Monday.', 'On Monday the Parties agree to meet in Moscow.', DEFAULT_COMPARE_OPTIONS)
    expect(moves(ops)).toEqual([])
  })

  it('moves four words or more inside a paragraph, and only as far as a single pair of ends', () => {
    const ops = diffWords(
      'The peacekeeping force of the Russian Federation is deployed for five years in the zone.',
      'For five years in the zone, the peacekeeping force of the Russian Federation is deployed.',
      DEFAULT_COMPARE_OPTIONS,
    )
    const found = moves(ops)
    expect(found.length).toBe(2)
    expect(found[0]!.id).toBe(found[1]!.id)
  })

  it('pairs every move-from with one move-to of the same id, in any comparison', () => {
    const sentence = fc.array(fc.constantFrom('peace', 'Parties', 'shall', 'withdraw', 'forces', 'from', 'the', 'district', 'of', 'Lachin', 'corridor', 'five', 'years'), { minLength: 4, maxLength: 14 })
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.map((words) => `${words.join(' ')}.`).join(' '))
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 5 }), fc.array(paragraph, { maxLength: 5 }), (left, right) => {
        const ops = compareParagraphs(left, right).rows.flatMap((row) => row.ops ?? [])
        const ends = (kind: WordOp['op']) => ops.filter((op) => op.op === kind).map((op) => op.id).sort()
        expect(ends('move-from')).toEqual(ends('move-to'))
        expect(new Set(ends('move-from')).size).toBe(ends('move-from').length)
      }),
      { numRuns: 200 },
    )
  })
})

describe('letters inside words', () => {
  it('marks the letters that changed in a word that changed by a few', () => {
    expect(changedLetters('Aghdam', 'Agdam')).toEqual({ a: [[2, 3]], b: [] })
    expect(changedLetters('district', 'District')).toEqual({ a: [[0, 1]], b: [[0, 1]] })
    expect(changedLetters('696', '693')).toEqual({ a: [[2, 3]], b: [[2, 3]] })
  })

  it('leaves different words whole', () => {
    expect(changedLetters('Lachin', 'Laçın')).toBeNull()
    expect(changedLetters('is', 'be')).toBeNull()
    expect(changedLetters('contingent', 'force')).toBeNull()
  })

  it('marks them in a changed phrase of the Trilateral Statement, word by word', () => {
    const point2 = compareParagraphs(AZ, RU).rows[2]!.ops!
    const deleted = point2.find((op) => op.op === 'delete')!
    const inserted = point2.find((op) => op.op === 'insert')!
    expect(deleted.text).toBe('Aghdam district is ')
    const letters = (op: WordOp) => op.letters?.map(([from, to]) => op.text.slice(from, to))
    expect(letters(deleted)).toEqual(['h', 'd'])
    expect(letters(inserted)).toEqual(['D'])
  })
})

describe('ignoring renumbering', () => {
  const renumbered = (paragraphs: string[]) => paragraphs.map((text) => text.replace(/^(\d+)\. /, (_, n: string) => `${Number(n) + 1}. `))

  it('counts paragraphs whose only difference is their number as equal', () => {
    const shifted = renumbered(RESOLUTION)
    expect(compareParagraphs(RESOLUTION, shifted).stats.equal).toBeLessThan(RESOLUTION.length)
    const { stats, rows } = compareParagraphs(RESOLUTION, shifted, { ignoreNumbering: true })
    expect(stats).toMatchObject({ equal: RESOLUTION.length, wordsInserted: 0, wordsDeleted: 0, similarity: 1 })
    expect(rows.every((row) => row.left[0] === row.right[0])).toBe(true)
  })

  it('ignores letters in parentheses and a heading’s number, but not the heading word', () => {
    const same = (left: string, right: string) => compareParagraphs([left], [right], { ignoreNumbering: true }).stats.equal === 1
    expect(same('(b) Calls upon Member States to act;', '(c) Calls upon Member States to act;')).toBe(true)
    expect(same('Article 5', 'Article 6')).toBe(true)
    expect(same('Article 5. Self-defence', 'Article 6. Self-defence')).toBe(true)
    expect(same('Article 5', 'Chapter 5')).toBe(false)
    // A number inside the sentence is text, not a label.
    expect(same('3. The force stays 5 years.', '4. The force stays 6 years.')).toBe(false)
  })

  it('still shows the other changes of a renumbered paragraph, without its number', () => {
    const { rows } = compareParagraphs(['3. The Aghdam district is returned.'], ['4. The Agdam district is returned.'], { ignoreNumbering: true })
    const changed = rows[0]!.ops!.filter((op) => op.op !== 'equal').map((op) => op.text.trim())
    expect(changed).toEqual(['Aghdam', 'Agdam'])
  })
})
