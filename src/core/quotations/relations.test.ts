import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { editDocument, generateDocument } from '../../bench/generate'
import { findVersions } from '../documents/versions'
import { referable } from '../references/resolve'
import { parseDocument } from '../text/document'
import { findQuotations, QUOTATIONS_PER_PAIR } from './quotations'
import { textRelations } from './relations'

const SAMPLES = join(__dirname, '../../../resources/samples')
const read = (name: string, body = readFileSync(join(SAMPLES, name), 'utf8')) => referable(name, parseDocument({ body, fileName: name, modified: '2026-01-01' }))
const SAMPLE_DOCUMENTS = readdirSync(SAMPLES).map((name) => read(name))
const AZ = '2020-11-10_trilateral-statement_az-mfa-en.txt'
const RU = '2020-11-10_trilateral-statement_ru-mfa-en.txt'
const COMMENTARY = '2021-08-12_az-mfa-commentary-304-21.txt'
const GULF = '2023-09-19_gulf-observer_azerbaijani-fm-meets-turkish-fm.txt'

describe('versions of one text', () => {
  it('groups the two English renderings of the statement of 10 November 2020, and nothing that quotes or discusses them', () => {
    const { versions } = textRelations(SAMPLE_DOCUMENTS)
    expect(versions).toEqual([{ documents: [AZ, RU] }])
  })

  it('finds a re-publication with a new headline and a draft with a changed point, whatever their file names', () => {
    const az = readFileSync(join(SAMPLES, AZ), 'utf8')
    const republished = `Full text of the statement\n\nBAKU, 10 November. The following statement was published today.\n\n${az}\n\nAll rights reserved.`
    const draft = az.replace('before 20 November 2020', 'before 25 November 2020').replace('5 years', 'ten years')
    const folder = [read(AZ), read('news/full-text.txt', republished), read('drafts/v2.txt', draft), read(COMMENTARY), read(GULF)]
    expect(textRelations(folder).versions).toEqual([{ documents: [AZ, 'news/full-text.txt', 'drafts/v2.txt'] }])
  })

  it('finds a long draft and its revision as versions, though a third of its words, sentences and paragraphs changed, and lists no quotation between them', () => {
    const draft = generateDocument(60_000, 20201110)
    const revision = editDocument(draft, 0.3, 20201111)
    const folder = [read('draft.txt', draft.join('\n\n')), read('revision.txt', revision.join('\n\n'))]
    const { versions, quotations, cut } = textRelations(folder)
    expect(versions).toEqual([{ documents: ['draft.txt', 'revision.txt'] }])
    expect(quotations).toEqual([])
    expect(cut).toEqual([])
  })

  it('keeps translations and a text with a different ending apart: they are not one text in other words', () => {
    const folder = ['2021-01-11_trilateral-statement_az.txt', '2021-01-11_trilateral-statement_ru.txt'].map((name) => read(name))
    expect(textRelations(folder).versions).toEqual([])
  })

  it('leaves short texts and the folder’s notes out', () => {
    const short = 'The meeting took place.'
    expect(findVersions([{ path: 'a.txt', paragraphs: [{ text: short }] }, { path: 'b.txt', paragraphs: [{ text: short }] }])).toEqual([])
    const long = readFileSync(join(SAMPLES, AZ), 'utf8')
    expect(findVersions([{ path: 'README.md', paragraphs: [{ text: long }], kind: 'notes' }, { path: 'b.txt', paragraphs: [{ text: long }] }])).toEqual([])
  })

  // How the time grows with the folder is measured in linear-growth.test.ts.
  it('puts 500 copies of one text in one group', () => {
    const text = readFileSync(join(SAMPLES, AZ), 'utf8').split('\n\n').map((paragraph) => ({ text: paragraph }))
    const copies = Array.from({ length: 500 }, (_, i) => ({ path: `copy-${i}.txt`, paragraphs: text }))
    expect(findVersions(copies)).toEqual([{ documents: copies.map((copy) => copy.path) }])
  })
})

describe('quotations', () => {
  const { quotations } = textRelations(SAMPLE_DOCUMENTS)

  it('finds the commentary quoting point 3 of the statement as its Russian MFA rendering words it, with offsets into the reader’s text', () => {
    const fromCommentary = quotations.filter((quotation) => quotation.source === COMMENTARY)
    expect(fromCommentary).toHaveLength(1)
    const [quotation] = fromCommentary
    expect(quotation!.target).toMatchObject({ document: RU, paragraph: '3' })
    expect(quotation!.text).toBe('shall be deployed “along the contact line in Nagorno-Karabakh and along the Lachin corridor')
    expect(quotation!.why).toMatch(/^quotes 15 words of ¶ 3 of Statement by the President/)
    const commentary = SAMPLE_DOCUMENTS.find((document) => document.path === COMMENTARY)!
    expect(commentary.paragraphs.map((paragraph) => paragraph.text).join('\n\n').slice(quotation!.start, quotation!.end)).toBe(quotation!.text)
  })

  it('does not count versions of one text as quoting each other, nor the folder’s notes as quoting anything', () => {
    expect(quotations.filter((quotation) => [AZ, RU].includes(quotation.source))).toEqual([])
    expect(quotations.filter((quotation) => quotation.source === 'README.md' || quotation.target?.document === 'README.md')).toEqual([])
  })

  it('takes the earlier document as the one quoted, and on one date the statement rather than the report', () => {
    const statement = { path: 'statement.txt', kind: 'statement', date: '2020-11-10', paragraphs: [{ index: 0, number: '1', text: '1. The parties agree that the corridor shall remain open for traffic in both directions at all times.' }] }
    const report = { path: 'report.txt', kind: 'news', date: '2020-11-10', paragraphs: [{ index: 0, number: null, text: 'The leaders said that “the corridor shall remain open for traffic in both directions at all times”, officials added.' }] }
    const later = { path: 'later.txt', kind: 'statement', date: '2021-01-01', paragraphs: [{ index: 0, number: null, text: 'We recall: the parties agree that the corridor shall remain open for traffic in both directions at all times.' }] }
    const found = findQuotations([report, later, statement]).quotations
    expect(found.map((quotation) => [quotation.source, quotation.quoted.document, quotation.words])).toEqual([
      ['report.txt', 'statement.txt', 14],
      ['later.txt', 'statement.txt', 17],
    ])
    expect(found[0]!.text).toBe('that “the corridor shall remain open for traffic in both directions at all times')
  })

  it('lists the first quotations of one document by another, and names the quoting document among those cut', () => {
    const passages = Array.from({ length: QUOTATIONS_PER_PAIR * 3 }, (_, i) => `Point ${i}. The parties${` agree item${i}`.repeat(12)} in full.`)
    const statement = { path: 'statement.txt', kind: 'statement', date: '2020-01-01', paragraphs: passages.map((text, index) => ({ index, number: null, text })) }
    const compilation = { path: 'compilation.txt', kind: 'news', date: '2020-02-01', paragraphs: passages.map((text, index) => ({ index, number: null, text: `We read: ${text.slice(text.indexOf('The'))}` })) }
    const { quotations, cut } = findQuotations([compilation, statement])
    expect(quotations).toHaveLength(QUOTATIONS_PER_PAIR)
    expect(quotations.map((quotation) => quotation.paragraph)).toEqual(Array.from({ length: QUOTATIONS_PER_PAIR }, (_, i) => i))
    expect(cut).toEqual(['compilation.txt'])
  })

  it('needs twelve words: eleven shared words are no quotation', () => {
    const source = { path: 'a.txt', kind: 'statement', date: '2020-01-01', paragraphs: [{ index: 0, number: null, text: 'one two three four five six seven eight nine ten eleven twelve' }] }
    const eleven = { path: 'b.txt', kind: 'news', date: '2020-02-01', paragraphs: [{ index: 0, number: null, text: 'He said one two three four five six seven eight nine ten eleven, and left.' }] }
    const twelve = { path: 'c.txt', kind: 'news', date: '2020-02-01', paragraphs: [{ index: 0, number: null, text: 'She said ONE two three four five six seven eight nine ten eleven twelve.' }] }
    expect(findQuotations([source, eleven, twelve]).quotations.map((quotation) => quotation.source)).toEqual(['c.txt'])
  })
})
