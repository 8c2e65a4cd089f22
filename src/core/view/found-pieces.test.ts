import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compareParagraphs } from '../compare/compare'
import { opSide } from '../compare/word-diff'
import { findInTexts } from '../text/find'
import { splitParagraphs } from '../text/paragraphs'
import { pairSideTexts } from './comparison-find'
import { foundPieces, marksByItem } from './found-pieces'

const SAMPLES = join(__dirname, '../../../resources/samples')

describe('found pieces', () => {
  it('cuts a text at its matches, in the coordinates of the whole side', () => {
    const marks = [
      { start: 2, end: 5, index: 7 },
      { start: 12, end: 14, index: 8 },
    ]
    expect(foundPieces('abcdefgh', marks)).toEqual([
      { text: 'ab', offset: 0, match: null },
      { text: 'cde', offset: 2, match: 7 },
      { text: 'fgh', offset: 5, match: null },
    ])
    // The second piece of a side that begins at 10: only the second match reaches into it.
    expect(foundPieces('wxyzw', marks, 10)).toEqual([
      { text: 'wx', offset: 0, match: null },
      { text: 'yz', offset: 2, match: 8 },
      { text: 'w', offset: 4, match: null },
    ])
    expect(foundPieces('', marks)).toEqual([{ text: '', offset: 0, match: null }])
  })

  it('groups matches by the item they stand in, numbered in order', () => {
    const byItem = marksByItem([
      { item: 1, start: 0, end: 2 },
      { item: 1, start: 4, end: 6 },
      { item: 3, start: 1, end: 2 },
    ])
    expect(byItem.get(1)).toEqual([
      { start: 0, end: 2, index: 0 },
      { start: 4, end: 6, index: 1 },
    ])
    expect(byItem.get(3)).toEqual([{ start: 1, end: 2, index: 2 }])
  })

  it('searches the sides of a comparison as the table shows them, word marks included', () => {
    const read = (name: string) => splitParagraphs(readFileSync(join(SAMPLES, name), 'utf8'))
    const left = read('2020-11-10_trilateral-statement_az-mfa-en.txt')
    const right = read('2020-11-10_trilateral-statement_ru-mfa-en.txt')
    const { rows } = compareParagraphs(left.map((p) => p.text), right.map((p) => p.text))
    const texts = pairSideTexts(rows, left, right)
    // The table shows a side of a row with word marks from the ops: the same text, so match offsets hold.
    rows.forEach((row, index) => {
      if (!row.ops) return
      const leftShown = row.ops.filter((op) => opSide(op) !== 'right').map((op) => op.text).join('')
      const rightShown = row.ops.filter((op) => opSide(op) !== 'left').map((op) => (op.op === 'equal' ? (op.rightText ?? op.text) : op.text)).join('')
      expect(leftShown).toBe(texts[index * 2])
      expect(rightShown).toBe(texts[index * 2 + 1])
    })
    const { matches } = findInTexts(texts, 'LACHIN CORRIDOR', 100)
    expect(matches.length).toBeGreaterThan(2)
    expect(new Set(matches.map((match) => match.item % 2))).toEqual(new Set([0, 1]))
    for (const match of matches) expect(texts[match.item]!.slice(match.start, match.end).toLowerCase()).toBe('lachin corridor')
  })
})
