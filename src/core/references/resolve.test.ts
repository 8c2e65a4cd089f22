import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../text/document'
import { splitParagraphs } from '../text/paragraphs'
import { documentNames } from './names'
import { resolveFolderReferences, type ReferableDocument } from './resolve'

const SAMPLES = join(__dirname, '../../../resources/samples')
const SAMPLE_DOCUMENTS: ReferableDocument[] = readdirSync(SAMPLES)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => {
    const parsed = parseDocument({ body: readFileSync(join(SAMPLES, name), 'utf8'), fileName: name, modified: '2026-01-01' })
    return { path: name, title: parsed.title, date: parsed.date, paragraphs: parsed.paragraphs }
  })
const AZ = '2020-11-10_trilateral-statement_az-mfa-en.txt'
const RU = '2020-11-10_trilateral-statement_ru-mfa-en.txt'
const GULF = '2023-09-19_gulf-observer_azerbaijani-fm-meets-turkish-fm.txt'
const COMMENTARY = '2021-08-12_az-mfa-commentary-304-21.txt'

function document(path: string, title: string, body: string, date: string | null = null): ReferableDocument {
  return { path, title, date, paragraphs: splitParagraphs(body) }
}

describe('documentNames', () => {
  it('calls a statement of three leaders the trilateral statement', () => {
    const { names, head } = documentNames(
      'Statement by the President of the Republic of Azerbaijan, the Prime Minister of the Republic of Armenia and the President of the Russian Federation (En/Ru)',
    )
    expect(head).toBe('statement')
    expect(names).toContain('trilateral statement')
  })

  it('calls the Charter the UN Charter, and a resolution by its number', () => {
    expect(documentNames('Charter of the United Nations, Article 51').names).toEqual(expect.arrayContaining(['charter of the united nations', 'united nations charter']))
    expect(documentNames('80/37. Reducing nuclear danger').symbols).toEqual(expect.arrayContaining(['80/37', 'a/res/80/37']))
  })
})

describe('resolveFolderReferences on the sample folder', () => {
  const references = resolveFolderReferences(SAMPLE_DOCUMENTS)

  it('opens point 4 of both renderings from the Gulf Observer report, offering both', () => {
    const reference = references.find((found) => found.source === GULF && found.units.includes('4'))!
    expect(reference.text).toBe('the 4th paragraph of the Trilateral Statement of November 10, 2020')
    expect(reference.target).toBeNull()
    expect(reference.candidates.map((candidate) => [candidate.document, candidate.paragraph])).toEqual([[AZ, '4'], [RU, '4']])
    expect(reference.reason).toMatch(/2 documents fit/)
  })

  it('resolves the commentary’s "paragraph 3 of the trilateral statement" to point 3 of both', () => {
    const reference = references.find((found) => found.source === COMMENTARY && found.text === 'paragraph 3 of the trilateral statement')!
    expect(reference.candidates.map((candidate) => [candidate.document, candidate.paragraph])).toEqual([[AZ, '3'], [RU, '3']])
  })

  it('gives offsets into the text as the reader shows it', () => {
    const source = SAMPLE_DOCUMENTS.find((found) => found.path === GULF)!
    const text = source.paragraphs.map((paragraph) => paragraph.text).join('\n\n')
    for (const reference of references.filter((found) => found.source === GULF)) expect(text.slice(reference.start, reference.end)).toBe(reference.text)
  })

  it('resolves "paragraph 1 above" to the resolution itself and the Charter by its name', () => {
    const resolution = '2025-12-01_unga-resolution-80-37.txt'
    expect(references.find((found) => found.source === resolution && found.text === 'paragraph 1 above')?.target).toMatchObject({ document: resolution, paragraph: '1' })
    expect(references.find((found) => found.text === 'the Charter of the United Nations')?.target?.document).toBe('1945-06-26_un-charter-article-51.txt')
  })
})

describe('resolveFolderReferences', () => {
  const statement = document('statement.txt', 'Joint Statement of the Ministers', '1. The parties agree.\n\n2. The parties meet.\n\n3. The parties report.', '2021-03-09')
  const charter = document('charter.txt', 'Charter of the United Nations', 'Article 51\n\nNothing in the present Charter shall impair self-defence.')

  it('says why a reference cannot be resolved', () => {
    const [missingDocument, missingPoint, wrongDate] = resolveFolderReferences([
      statement,
      document('note.txt', 'Note', 'Article 2 of the Treaty of Friendship applies. Point 9 of the Joint Statement too. And paragraph 1 of the Joint Statement of 1 May 2020.'),
    ]).filter((found) => found.source === 'note.txt')
    expect(missingDocument!.reason).toBe('no document called "Treaty of Friendship" in this folder')
    expect(missingPoint!.reason).toBe('"Joint Statement of the Ministers" has no point 9 here')
    expect(wrongDate!.reason).toBe('no joint statement of 1 May 2020 in this folder (there is one of 9 March 2021)')
  })

  it('follows "the Statement" and "said document" back to the document named last', () => {
    const found = resolveFolderReferences([statement, document('note.txt', 'Note', 'We recall the Joint Statement of 9 March 2021. Paragraph 2 of said document is clear, as is point 3 of the Statement.')])
    const note = found.filter((reference) => reference.source === 'note.txt')
    expect(note.map((reference) => reference.target?.paragraph ?? null)).toEqual([null, '2', '3'])
    expect(note[0]!.target).toMatchObject({ document: 'statement.txt' })
  })

  it('finds an article by its heading and lists and ranges by their numbers', () => {
    const found = resolveFolderReferences([charter, statement, document('note.txt', 'Note', 'Article 51 of the UN Charter, and points 1–3 of the Joint Statement.')])
    const note = found.filter((reference) => reference.source === 'note.txt')
    expect(note[0]!.target).toMatchObject({ document: 'charter.txt', indexes: [0] })
    expect(note[1]!.target).toMatchObject({ document: 'statement.txt', paragraphs: ['1', '2', '3'] })
  })

  it('counts paragraphs by position in a document that does not number them', () => {
    const plain = document('plain.txt', 'Joint Declaration of the Presidents', 'First.\n\nSecond.\n\nThird.')
    const [reference] = resolveFolderReferences([plain, document('note.txt', 'Note', 'See the second paragraph of the Joint Declaration.')]).filter((found) => found.source === 'note.txt')
    expect(reference!.target).toMatchObject({ document: 'plain.txt', paragraph: '¶ 2', indexes: [1] })
  })
})
