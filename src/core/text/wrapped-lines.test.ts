import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from './document'
import { splitParagraphs } from './paragraphs'

const SAMPLES = join(__dirname, '../../../resources/samples')
const sample = (name: string) => readFileSync(join(SAMPLES, name), 'utf8')

/** Wraps a paragraph at `width` columns as mail programs and plain-text exports do: each line as full as the next word allows. */
function wrap(paragraph: string, width: number): string {
  const lines: string[] = []
  let line = ''
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  return [...lines, line].join('\n')
}

const texts = (body: string) => splitParagraphs(body).map((paragraph) => paragraph.text)

describe('hard-wrapped text', () => {
  it.each([
    '2020-11-10_trilateral-statement_az-mfa-en.txt',
    '2020-11-10_trilateral-statement_ru-mfa-en.txt',
    '2021-08-12_az-mfa-commentary-304-21.txt',
    '2023-09-19_gulf-observer_azerbaijani-fm-meets-turkish-fm.txt',
  ])('reads %s wrapped at 70 columns, paragraphs one line apart, as the same paragraphs as the original', (name) => {
    const original = parseDocument({ body: sample(name), fileName: name, modified: '2026-01-01' })
    const paragraphs = original.paragraphs.map((paragraph) => paragraph.text)
    const wrapped = `${original.title}\n${paragraphs.map((paragraph) => wrap(paragraph, 70)).join('\n')}\n`
    expect(wrapped.split('\n').length).toBeGreaterThan(paragraphs.length * 2)
    const read = parseDocument({ body: wrapped, fileName: name, modified: '2026-01-01' })
    expect(read.paragraphs.map((paragraph) => paragraph.text)).toEqual(paragraphs)
    expect(read.paragraphs.map((paragraph) => paragraph.number)).toEqual(original.paragraphs.map((paragraph) => paragraph.number))
  })

  // Without blank lines, a paragraph whose last line is full and ends with a comma joins the next
  // one (the resolution's preamble: "…of nuclear war,\nConsidering that …"): nothing tells the two apart.
  it.each(['2020-11-10_trilateral-statement_az-mfa-en.txt', '2025-12-01_unga-resolution-80-37.txt'])('reads %s wrapped at 72 columns with blank lines between paragraphs as the original', (name) => {
    const paragraphs = texts(sample(name))
    expect(texts(paragraphs.map((paragraph) => wrap(paragraph, 72)).join('\n\n'))).toEqual(paragraphs)
  })

  it('rebuilds a newsletter: numbered points, list items, headings and the greeting stay apart, wrapped sentences join', () => {
    expect(texts(readFileSync(join(__dirname, 'fixtures/wrapped/newsletter.txt'), 'utf8'))).toEqual([
      'CAUCASUS WATCH -- Weekly newsletter, 12 November 2020',
      'Dear subscribers,',
      'This week the leaders of Azerbaijan, Armenia and Russia signed a statement ending the fighting in and around Nagorno-Karabakh. Below we summarise what it provides and what observers expect next.',
      'What the statement provides',
      '1. A complete ceasefire from 00:00 Moscow time on 10 November 2020, with both sides stopping at their current positions.',
      '2. Russian peacekeepers deployed along the line of contact and the Lachin corridor for five years, extended automatically.',
      '3. The return of the Aghdam, Kalbajar and Lachin districts to Azerbaijan on fixed dates.',
      'Reactions',
      '- Baku called the statement a capitulation of the other side and a victory for the Azerbaijani army.',
      '- Yerevan saw protests through the night; the parliament building was stormed by demonstrators who opposed the agreement.',
      'Next week we look at the return of displaced persons and the reopening of transport links, which the statement\'s ninth point provides for.',
      'Regards,',
      'The editors',
    ])
  })

  it('keeps one paragraph per line in a text whose lines end with sentences, however long', () => {
    const lines = ['The ministers met in Baku on Monday and discussed the situation.', 'They agreed to meet again in Moscow before the end of the year.', 'A joint communique is expected to be published on Tuesday morning.', 'Observers called the talks constructive and businesslike in tone.']
    expect(texts(lines.join('\n'))).toEqual(lines)
  })
})
