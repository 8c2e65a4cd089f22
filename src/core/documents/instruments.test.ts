import { describe, expect, it } from 'vitest'
import { LANGUAGES, type LanguageCode } from '../languages/language'
import { findInstrument, INSTRUMENTS } from './instruments'
import { normaliseName } from './normalise'

describe('findInstrument', () => {
  it.each([
    ['UN Charter', 'un-charter'],
    ['«Устав Организации Объединённых Наций»', 'un-charter'],
    ['Charte des Nations Unies', 'un-charter'],
    ['BM Şartı', 'un-charter'],
    ['ՄԱԿ-ի կանոնադրություն', 'un-charter'],
    ['联合国宪章', 'un-charter'],
    ['ميثاق الأمم المتحدة', 'un-charter'],
    ['the Washington Treaty', 'north-atlantic-treaty'],
    ['Washington Treaty', 'north-atlantic-treaty'],
    ['Nordatlantikvertrag', 'north-atlantic-treaty'],
    ['Вашингтонский договор', 'north-atlantic-treaty'],
    ['Minsk II', 'minsk-package-of-measures'],
    ['Комплекс мер по выполнению Минских соглашений', 'minsk-package-of-measures'],
    ['Alma-Ata Declaration', 'alma-ata-declaration'],
    ['Helsinki Final Act', 'helsinki-final-act'],
    ['UNCLOS', 'unclos'],
    ['Atomwaffensperrvertrag', 'npt'],
    ['Vienna Convention on the Law of Treaties', 'vienna-convention-law-of-treaties'],
    ['Rome Statute', 'rome-statute'],
    ['Statute of the International Court of Justice', 'icj-statute'],
    ['Geneva Conventions', 'geneva-conventions-1949'],
    ['Всеобщая декларация прав человека', 'udhr'],
    ['ICCPR', 'iccpr'],
    ['Будапештский меморандум', 'budapest-memorandum'],
    ['Washington peace declaration', 'washington-declaration-2025-08-08'],
    ['Bişkek Protokolu', 'bishkek-protocol'],
    ['Madrid Principles', 'madrid-principles'],
    ['S/RES/822 (1993)', 'unsc-resolution-822'],
    ['Security Council resolution 884', 'unsc-resolution-884'],
    ['резолюция 874 (1993)', 'unsc-resolution-874'],
  ])('knows %s', (name, key) => {
    expect(findInstrument(name)?.key ?? null).toBe(key)
  })

  it('takes "the trilateral statement" undated for that of 2020, and tells the one of 2020 from the one of 2021 by date', () => {
    expect(findInstrument('trilateral statement')?.key).toBe('trilateral-statement-2020-11-10')
    // Signed late on 9 November Moscow time: the Kremlin dates it 9 November, Baku 10 November.
    expect(findInstrument('trilateral statement', '2020-11-09')?.key).toBe('trilateral-statement-2020-11-10')
    expect(findInstrument('трехстороннее заявление', '2020-11-10')?.key).toBe('trilateral-statement-2020-11-10')
    expect(findInstrument('üçtərəfli bəyanat', '2021-01-11')?.key).toBe('trilateral-statement-2021-01-11')
    expect(findInstrument('trilateral statement', '2020-11-20')).toBeNull()
  })

  it('refuses an instrument of another date: the Alma-Ata Declaration of 1978 is not that of 1991', () => {
    expect(findInstrument('Alma-Ata Declaration', '1978-09-12')).toBeNull()
    expect(findInstrument('Alma-Ata Declaration', '1991-12-21')?.key).toBe('alma-ata-declaration')
  })
})

describe('the instruments table', () => {
  it('dates every instrument and names it in English', () => {
    for (const instrument of INSTRUMENTS) {
      expect(instrument.dates.length, instrument.key).toBeGreaterThan(0)
      for (const date of instrument.dates) expect(Number.isNaN(Date.parse(date)), `${instrument.key} ${date}`).toBe(false)
      expect(instrument.names.en?.length ?? instrument.datedNames.en?.length, instrument.key).toBeGreaterThan(0)
      for (const language of Object.keys(instrument.names)) expect(Object.keys(LANGUAGES)).toContain(language as LanguageCode)
    }
  })

  it('gives no name to two instruments', () => {
    const owners = new Map<string, string>()
    for (const instrument of INSTRUMENTS) {
      for (const name of Object.values(instrument.names).flat()) {
        const key = normaliseName(name)
        expect(owners.get(key) ?? instrument.key, `"${name}"`).toBe(instrument.key)
        owners.set(key, instrument.key)
      }
    }
  })

  it('names the well-known instruments in all eleven languages', () => {
    const everywhere = ['un-charter', 'north-atlantic-treaty', 'minsk-package-of-measures', 'helsinki-final-act', 'unclos', 'npt', 'rome-statute', 'udhr', 'iccpr', 'budapest-memorandum']
    for (const key of everywhere) {
      const instrument = INSTRUMENTS.find((candidate) => candidate.key === key)!
      expect(Object.keys(instrument.names).sort(), key).toEqual(Object.keys(LANGUAGES).sort())
    }
  })
})
