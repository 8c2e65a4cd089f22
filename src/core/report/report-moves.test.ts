import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compareParagraphs } from '../compare/compare'
import { withDefaults } from '../compare/options'
import { parseDocument } from '../text/document'
import { renderReportHtml } from './html'
import { buildReport, defaultPage, type ReportDocument, type ReportLayout } from './model'

const SAMPLES = join(__dirname, '../../../resources/samples')

function sample(fileName: string): ReportDocument {
  const parsed = parseDocument({ body: readFileSync(join(SAMPLES, fileName), 'utf8'), fileName, modified: '2026-01-01' })
  return { path: fileName, title: parsed.title, publisher: null, date: parsed.date, paragraphs: parsed.paragraphs, references: [] }
}

const AZ = sample('2020-11-10_trilateral-statement_az-mfa-en.txt')
const RU = sample('2020-11-10_trilateral-statement_ru-mfa-en.txt')
const texts = (document: ReportDocument) => document.paragraphs.map((paragraph) => paragraph.text)

function report(layout: ReportLayout): string {
  const comparisons = [compareParagraphs(texts(AZ), texts(RU))]
  return renderReportHtml(buildReport({ documents: [AZ, RU], comparisons, options: withDefaults(), layout, page: defaultPage(layout), generatedAt: '2026-11-28T10:30:00.000Z' }))
}

describe('moved phrases in reports', () => {
  it.each(['side-by-side', 'inline'] as const)('marks both ends of point 3’s moved phrase, paired by its id (%s)', (layout) => {
    const html = report(layout)
    expect(html).toMatch(/<del class="moved" style="[^"]*">Along the line of contact in Nagorno-Karabakh and along the Lachin corridor<\/del><sup class="move-id">→1<\/sup>/)
    expect(html).toMatch(/<ins class="moved" style="[^"]*">along the contact line in Nagorno-Karabakh and along the Lachin Corridor<\/ins><sup class="move-id">←1<\/sup>/)
  })
})
