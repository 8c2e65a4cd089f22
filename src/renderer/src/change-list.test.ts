import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compareParagraphs } from '../../core/compare/compare'
import { alignOnBase } from '../../core/compare/multi'
import { parseDocument } from '../../core/text/document'
import { splitParagraphs, type Paragraph } from '../../core/text/paragraphs'
import { describeGridChange, describePairChange, gridChanges, pairChanges, type ChangeDescription } from './change-list'

const SAMPLES = join(__dirname, '../../../resources/samples')
const read = (fileName: string): Paragraph[] =>
  parseDocument({ body: readFileSync(join(SAMPLES, fileName), 'utf8'), fileName, modified: '2026-01-01' }).paragraphs
const texts = (paragraphs: Paragraph[]) => paragraphs.map((paragraph) => paragraph.text)

const AZ = read('2020-11-10_trilateral-statement_az-mfa-en.txt')
const RU = read('2020-11-10_trilateral-statement_ru-mfa-en.txt')
const RESOLUTION = read('2025-12-01_unga-resolution-80-37.txt')
const paragraphs = (list: string[]): Paragraph[] => splitParagraphs(list.join('\n\n'))
/** Every change of a pair's comparison, described as the change list draws it. */
function describedChanges(left: Paragraph[], right: Paragraph[]): ChangeDescription[] {
  const rows = compareParagraphs(texts(left), texts(right)).rows
  return pairChanges(rows).map((change) => describePairChange(change, rows, left, right))
}

describe('change list excerpts', () => {
  const changes = describedChanges(AZ, RU)

  it('says a changed phrase as "before → after", with a count of the other changes', () => {
    expect(changes[2]!.excerpt).toBe('Aghdam district is → Agdam District shall be · +1 more')
  })

  it('gives a word removed or added a word of context on each side', () => {
    expect(changes[0]!.excerpt).toMatch(/^We, the President → We, President · \+\d+ more$/)
  })

  it('says a moved phrase moved', () => {
    expect(changes[3]!.excerpt).toBe('moved: “Along the line of contact in Nagorno-Karabakh and along the…” · +5 more')
  })

  it('says a split as a split, not as the full stop it added', () => {
    const whole = RESOLUTION[25]!.text
    const cut = whole.indexOf(', ', whole.length / 2)
    const left = paragraphs([whole])
    const right = paragraphs([`${whole.slice(0, cut)}.`, whole.slice(cut + 2)])
    const [entry] = describedChanges(left, right)
    expect(entry!.excerpt.startsWith('split into 2 paragraphs')).toBe(true)
    expect(entry!.excerpt).not.toContain('→ .')
  })

  it('says a shifted number as such, and shows inserted paragraphs without their number', () => {
    const left = paragraphs(['696. The Assembly decides to remain seized of the matter.', '697. It requests a report.'])
    const right = paragraphs(['693. The Assembly decides to remain seized of the matter.', '694. It requests a report.', '695. It thanks the Secretary-General.'])
    const entries = describedChanges(left, right)
    expect(entries[0]!.excerpt).toBe('number 696 → 693')
    expect(entries[2]).toMatchObject({ place: 'new 695', excerpt: 'It thanks the Secretary-General.' })
  })

  it('excerpts the columns of several documents the same way', () => {
    const comparisons = [compareParagraphs(texts(AZ), texts(RU))]
    const grid = alignOnBase(AZ.length, comparisons)
    const entries = gridChanges(grid).map((change) => describeGridChange(change, grid, AZ, [RU]))
    expect(entries[2]!.excerpt).toBe(changes[2]!.excerpt)
  })

  it("names where a paragraph moved to in each document that moved it, and the paragraph whose row is there", () => {
    const base = ['1. The ceasefire holds.', '2. Forces withdraw by 20 November.', '3. The corridor stays open.', '4. Refugees return.']
    const moved = [base[1]!, base[2]!, base[3]!, base[0]!]
    const grid = alignOnBase(base.length, [compareParagraphs(base, base), compareParagraphs(base, moved)])
    const [first] = gridChanges(grid).map((change) => describeGridChange(change, grid, paragraphs(base), [paragraphs(base), paragraphs(moved)]))
    expect(first).toMatchObject({ place: '1', moves: [{ text: 'moved to ¶ 1 in Document 3 ↗', document: 1, paragraph: 2 }] })
  })

  it('names where a paragraph of a pair moved to, and only for a move', () => {
    const base = ['1. The ceasefire holds.', '2. Forces withdraw by 20 November.', '3. The corridor stays open.', '4. Refugees return.']
    const moved = [base[1]!, base[2]!, base[3]!, base[0]!]
    const described = describedChanges(paragraphs(base), paragraphs(moved))
    expect(described.filter((change) => change.moves)).toEqual([expect.objectContaining({ moves: [{ text: 'moved to ¶ 1 ↗', document: 0, paragraph: 2 }] })])
  })
})
