import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from './document'

const SAMPLES = join(__dirname, '../../../resources/samples')
const sample = (fileName: string) =>
  parseDocument({ body: readFileSync(join(SAMPLES, fileName), 'utf8'), fileName, modified: '2026-01-01' })

describe('parseDocument', () => {
  it('takes the first line as the title and numbers the points of the Trilateral Statement', () => {
    const document = sample('2020-11-10_trilateral-statement_az-mfa-en.txt')
    expect(document.title).toMatch(/^Statement by the President of the Republic of Azerbaijan/)
    // The text's first date is the ceasefire's hour in point 1; the file name dates the statement.
    expect(document.date).toBe('2020-11-10')
    expect(document.dateSource).toBe('file name')
    expect(document).toMatchObject({ kind: 'statement', language: 'en', instrument: 'trilateral-statement-2020-11-10' })
    expect(document.paragraphs.map((p) => p.number)).toEqual([null, '1', '2', '3', '4', '5', '6'])
  })

  it('prefers the date in the file name to a date the body cites', () => {
    const document = sample('2023-09-19_gulf-observer_azerbaijani-fm-meets-turkish-fm.txt')
    expect(document.date).toBe('2023-09-19')
    expect(document.dateSource).toBe('file name')
  })

  it('falls back to the modification date', () => {
    const document = parseDocument({ body: 'Title\n\nNo date here.', fileName: 'note.txt', modified: '2026-01-01' })
    expect(document).toMatchObject({ title: 'Title', date: '2026-01-01', dateSource: 'file modified' })
  })

  it('uses a declared title and keeps the whole body as paragraphs', () => {
    const document = parseDocument({ body: 'First paragraph.\n\nSecond.', declaredTitle: ' A  title ', fileName: 'a.html', modified: '2026-01-01' })
    expect(document.title).toBe('A title')
    expect(document.paragraphs).toHaveLength(2)
  })

  it('names an empty file after the file', () => {
    const document = parseDocument({ body: '', fileName: 'empty_note.txt', modified: '2026-01-01' })
    expect(document.title).toBe('empty note')
    expect(document.paragraphs).toEqual([])
  })
})
