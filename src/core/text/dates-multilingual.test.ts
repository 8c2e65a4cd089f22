import { describe, expect, it } from 'vitest'
import { firstWrittenDate, writtenDateAt, writtenDates } from './dates-multilingual'

const isoOf = (text: string) => firstWrittenDate(text)?.iso ?? null

describe('writtenDates', () => {
  it.each([
    ['en', '10 November 2020', '2020-11-10'],
    ['en', 'November 10, 2020', '2020-11-10'],
    ['en', 'Nov. 10, 2020', '2020-11-10'],
    ['en', 'Done at Washington, the fourth day of April, 1949.', '1949-04-04'],
    ['ru', 'Москва, 9 ноября 2020 года', '2020-11-09'],
    ['uk', '10 листопада 2020 року', '2020-11-10'],
    ['fr', 'le 10 novembre 2020', '2020-11-10'],
    ['fr', 'le 1er décembre 2025', '2025-12-01'],
    ['es', '10 de noviembre de 2020', '2020-11-10'],
    ['de', 'am 10. November 2020', '2020-11-10'],
    ['de', '10.11.2020', '2020-11-10'],
    ['az', '10 noyabr 2020-ci il tarixli Bəyanat', '2020-11-10'],
    ['az', '2020-ci il noyabrın 10-da', '2020-11-10'],
    ['az', '10 İyun 2021', '2021-06-10'],
    ['tr', '10 Kasım 2020 tarihinde', '2020-11-10'],
    ['tr', '10 KASIM 2020', '2020-11-10'],
    ['hy', '2020 թվականի նոյեմբերի 10', '2020-11-10'],
    ['hy', '2020 թ. նոյեմբերի 9-ի', '2020-11-09'],
    ['ar', '١٠ نوفمبر ٢٠٢٠', '2020-11-10'],
    ['ar', '10 تشرين الثاني/نوفمبر 2020', '2020-11-10'],
    ['ar', '26 حزيران/يونيه 1945', '1945-06-26'],
    ['zh', '2020年11月10日', '2020-11-10'],
    ['zh', '二〇二〇年十一月十日', '2020-11-10'],
    ['iso', '2020-11-10_statement', '2020-11-10'],
  ])('reads %s "%s"', (_language, text, iso) => {
    expect(isoOf(text)).toBe(iso)
  })

  it('finds every date in order, with where it stands', () => {
    const text = 'The Statement of 10 November 2020 and the Statement of 11 January 2021 (2021-01-11).'
    expect([...writtenDates(text)].map((date) => [date.iso, text.slice(date.start, date.end)])).toEqual([
      ['2020-11-10', '10 November 2020'],
      ['2021-01-11', '11 January 2021'],
      ['2021-01-11', '2021-01-11'],
    ])
  })

  it('refuses days that do not exist and numbers that are not dates', () => {
    expect(isoOf('31 February 2020')).toBeNull()
    expect(isoOf('paragraph 4.1.2.2020')).toBeNull()
    expect(isoOf('1,960 military personnel in 2020')).toBeNull()
    expect(isoOf('May 2020')).toBeNull()
  })
})

describe('writtenDateAt', () => {
  it('reads a dateline date without its year only when asked', () => {
    const dateline = 'Baku, August 12 (Reuters) -'
    expect(writtenDateAt(dateline, 6)).toBeNull()
    expect(writtenDateAt(dateline, 6, { yearless: true })).toMatchObject({ iso: null, month: 8, day: 12, end: 15 })
    expect(writtenDateAt('Москва, 9 ноября. /ТАСС/.', 8, { yearless: true })).toMatchObject({ month: 11, day: 9 })
    expect(writtenDateAt('ԵՐԵՎԱՆ, 12 ՀՈԿՏԵՄԲԵՐԻ, ԱՐՄԵՆՊՐԵՍ:', 8, { yearless: true })).toMatchObject({ month: 10, day: 12 })
    expect(writtenDateAt('新华社莫斯科11月10日电', 6, { yearless: true })).toMatchObject({ month: 11, day: 10 })
  })
})

/** Best of three, so that a busy machine does not decide. */
function timeOf(work: () => void): number {
  let best = Infinity
  for (let round = 0; round < 3; round++) {
    const start = performance.now()
    work()
    best = Math.min(best, performance.now() - start)
  }
  return best
}

describe('linear time on adversarial text', () => {
  it.each([
    ['digits and spaces', '1 '],
    ['days before month-like words', '10 de de '],
    ['a month without its year', '10 November , '],
    ['Armenian years without a month', '2020 թվականի '],
    ['Azerbaijani years without a month', '2020-ci il '],
    ['dotted numbers', '1.1.1.'],
    ['Chinese years without a month', '2020年'],
  ])('scans %s in time proportional to its length', (_name, unit) => {
    const small = unit.repeat(2_000)
    const large = unit.repeat(32_000)
    const scan = (text: string) => () => void [...writtenDates(text)]
    const ratio = timeOf(scan(large)) / Math.max(timeOf(scan(small)), 0.05)
    // Sixteen times the text: linear work takes about sixteen times as long, quadratic 256 times.
    expect(ratio).toBeLessThan(64)
  })
})
