import { describe, expect, it } from 'vitest'
import { dateAt, findFirstDate, formatIsoDate } from './dates'

describe('findFirstDate', () => {
  it.each([
    ['effective on 10 November 2020.', '2020-11-10'],
    ['on November 10, 2020, the', '2020-11-10'],
    ['dated 2020-11-10', '2020-11-10'],
    ['the 1st of nothing, 3 Dec. 2025', '2025-12-03'],
    ['Sept 19, 2023', '2023-09-19'],
    ['2023-09-19_gulf-observer.txt', '2023-09-19'],
  ])('reads %j', (text, iso) => {
    expect(findFirstDate(text)?.iso).toBe(iso)
  })

  it('takes the earliest date in the text', () => {
    expect(findFirstDate('Signed on 2021-08-12, citing the Statement of November 10, 2020')?.iso).toBe('2021-08-12')
  })

  it.each(['31 February 2020', '6 employees', '1,960 personnel', 'the 78th session', '2020-13-45'])('finds no date in %j', (text) => {
    expect(findFirstDate(text)).toBeNull()
  })
})

describe('dateAt', () => {
  it.each([
    ['November 10, 2020', '2020-11-10'],
    ['10 November 2020, and', '2020-11-10'],
    ['10th of November 2020', '2020-11-10'],
    ['2020-11-10', '2020-11-10'],
  ])('reads %j where it starts', (text, iso) => {
    expect(dateAt(`of ${text}`, 3)).toMatchObject({ iso })
  })

  it('reads nothing where no date starts', () => {
    expect(dateAt('of the 78th session', 3)).toBeNull()
    expect(dateAt('x November 10, 2020', 0)).toBeNull()
  })
})

describe('formatIsoDate', () => {
  it('writes dates as people read them, long or short', () => {
    expect(formatIsoDate('2020-11-10')).toBe('10 November 2020')
    expect(formatIsoDate('2023-09-19T10:00:00Z', 'short')).toBe('19 Sep 2023')
    expect(formatIsoDate(null)).toBe('undated')
    expect(formatIsoDate('not a date')).toBe('not a date')
  })
})
