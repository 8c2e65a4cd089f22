import { describe, expect, it } from 'vitest'
import { distinctTitles, reportFileName, shortLabels, type Titled } from './titles'

const LONG = 'Statement by the President of the Republic of Azerbaijan, the Prime Minister of the Republic of Armenia and the President of the Russian Federation'
const PRESIDENT = 'Statement by the President of the Republic of Azerbaijan'

const document = (path: string, title: string, publisher: string | null = null, date: string | null = null): Titled => ({ path, title, publisher, date })

const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8')

describe('distinctTitles', () => {
  it('leaves different titles alone', () => {
    expect(distinctTitles([document('a.txt', 'Joint Statement'), document('b.txt', 'Communiqué')])).toEqual(['Joint Statement', 'Communiqué'])
  })

  it('tells one title apart by publisher, else date, else file name, else place', () => {
    expect(distinctTitles([document('a.txt', PRESIDENT, 'president.az'), document('b.txt', PRESIDENT, 'mfa.gov.az')])).toEqual([`${PRESIDENT} (president.az)`, `${PRESIDENT} (mfa.gov.az)`])
    expect(distinctTitles([document('a.txt', PRESIDENT, 'mfa', '2020-11-10'), document('b.txt', PRESIDENT.toUpperCase(), 'mfa', '2021-01-11')])).toEqual([
      `${PRESIDENT} (10 Nov 2020)`,
      `${PRESIDENT.toUpperCase()} (11 Jan 2021)`,
    ])
    expect(distinctTitles([document('en/statement.txt', PRESIDENT), document('ru/statement-ru.txt', PRESIDENT), document('x.txt', 'Other')])).toEqual([
      `${PRESIDENT} (statement)`,
      `${PRESIDENT} (statement-ru)`,
      'Other',
    ])
    expect(distinctTitles([document('en/s.txt', PRESIDENT), document('ru/s.txt', PRESIDENT)])).toEqual([`${PRESIDENT} (en/s.txt)`, `${PRESIDENT} (ru/s.txt)`])
    expect(distinctTitles([document('s.txt', PRESIDENT), document('s.txt', PRESIDENT)])).toEqual([`${PRESIDENT} (base)`, `${PRESIDENT} (document 2)`])
  })
})

describe('reportFileName', () => {
  it('names two documents of one title by what tells them apart, with the whole title', () => {
    const name = reportFileName([document('a.txt', PRESIDENT, 'president.az'), document('b.txt', PRESIDENT, 'mfa.gov.az')], 'pdf')
    expect(name).toBe(`Comparison - ${PRESIDENT} - president.az vs mfa.gov.az.pdf`)
  })

  it('names documents with long titles by their file names, never by a cut title', () => {
    const name = reportFileName([document('2020-11-10_az-mfa-en.txt', `${LONG} (En/Ru)`), document('2020-11-10_ru-mfa-en.txt', LONG)], 'html')
    expect(name).toBe('Comparison - 2020-11-10_az-mfa-en vs 2020-11-10_ru-mfa-en.html')
    expect(reportFileName([document('a.txt', 'Joint Statement'), document('b.txt', 'Communiqué')], 'docx')).toBe('Tracked changes - Joint Statement to Communiqué.docx')
  })

  it('lists several documents, or counts them when the list is too long', () => {
    const few = [document('a.txt', 'Base'), document('b.txt', 'One'), document('c.txt', 'Two'), document('d.txt', 'Three')]
    expect(reportFileName(few, 'pdf')).toBe('Comparison - Base vs One, Two and Three.pdf')
    const many = [document('a.txt', 'Base'), ...Array.from({ length: 5 }, (_, i) => document(`${i}.txt`, `A rather long title of a statement number ${i} of the year`))]
    expect(reportFileName(many, 'pdf')).toBe('Comparison - Base vs 5 documents.pdf')
  })

  it('stays within a file name’s 255 bytes and cuts only between words when nothing shorter names a document', () => {
    const chinese = '中华人民共和国外交部关于双边关系和区域合作的联合声明'.repeat(4)
    const longPath = `${'非常长的文件名'.repeat(10)}.txt`
    const name = reportFileName([document(longPath, chinese), document(`b${longPath}`, `${chinese}。`)], 'pdf')
    expect(utf8Bytes(name)).toBeLessThanOrEqual(255)
    const words = `${LONG} ${LONG}`
    const [label] = shortLabels([document(`${'x'.repeat(120)}.txt`, words), document('b.txt', 'Other')])
    expect(label!.endsWith('…')).toBe(true)
    expect(words.startsWith(label!.slice(0, -1))).toBe(true)
    expect(words[label!.length - 1]).toBe(' ')
  })

  it('keeps out characters no file system takes', () => {
    const name = reportFileName([document('a.txt', 'A/B: "quoted" <title>?'), document('b.txt', 'C\\D|E*\u0007')], 'pdf')
    expect(name).toBe('Comparison - A B quoted title vs C D E.pdf')
  })
})
