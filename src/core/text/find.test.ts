import { describe, expect, it } from 'vitest'
import { findInTexts, foldText } from './find'

/** What each match covers in the original texts. */
function found(texts: string[], query: string, limit = 100): string[] {
  return findInTexts(texts, query, limit).matches.map(({ item, start, end }) => texts[item]!.slice(start, end))
}

describe('find', () => {
  it('ignores case and diacritics, in every script', () => {
    expect(found(['Ağdam district', 'AGDAM and Agdam'], 'agdam')).toEqual(['Ağdam', 'AGDAM', 'Agdam'])
    expect(found(['Нагорный Карабах'], 'КАРАБАХ')).toEqual(['Карабах'])
    expect(found(['Её решение'], 'ее')).toEqual(['Её'])
    expect(found(['İlham Əliyev'], 'ilham əliyev')).toEqual(['İlham Əliyev'])
    expect(found(['ΣΟΦΟΣ'], 'σοφος')).toEqual(['ΣΟΦΟΣ'])
  })

  it('gives whole characters of the original where folding changed the length', () => {
    // e and a combining acute; a ligature; a letter beyond the Basic Multilingual Plane.
    expect(found(['Cafe\u0301 au lait'], 'café')).toEqual(['Cafe\u0301'])
    expect(found(['the ﬁnal text'], 'final')).toEqual(['ﬁnal'])
    expect(found(['the ﬁnal text'], 'i')).toEqual(['ﬁ'])
    expect(found(['x 𝐀bc y'], 'abc')).toEqual(['𝐀bc'])
    expect(found(['x 𝐀bc y'], 'c y')).toEqual(['c y'])
  })

  it('reads any white space as one space', () => {
    expect(found(['peace\nkeeping force'], 'peace keeping')).toEqual(['peace\nkeeping'])
    expect(found(['peace keeping'], 'peace   keeping')).toEqual(['peace keeping'])
    expect(found(['peace\u00a0keeping'], 'peace keeping')).toEqual(['peace\u00a0keeping'])
  })

  it('finds matches in order, each text in turn, without overlaps', () => {
    const { matches } = findInTexts(['aaaaa', 'b', 'aa'], 'aa', 100)
    expect(matches).toEqual([
      { item: 0, start: 0, end: 2 },
      { item: 0, start: 2, end: 4 },
      { item: 2, start: 0, end: 2 },
    ])
  })

  it('stops at the limit and says there are more', () => {
    expect(findInTexts(['a a a a'], 'a', 3)).toMatchObject({ matches: [{ start: 0 }, { start: 2 }, { start: 4 }], more: true })
    expect(findInTexts(['a a a'], 'a', 3).more).toBe(false)
  })

  it('finds nothing for an empty query', () => {
    expect(found(['text'], '')).toEqual([])
  })

  it('keeps offsets only for texts whose folding moved them', () => {
    expect(foldText('Ağdam İlham Карабах').offsets).toBeNull()
    expect(foldText('Ağdam İlham Карабах').text).toBe('agdam ilham карабах')
    expect(foldText('Cafe\u0301').offsets).not.toBeNull()
  })
})
