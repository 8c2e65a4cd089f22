import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseDocument as parseHtml } from 'htmlparser2'
import { describe, expect, it } from 'vitest'
import { compareParagraphs } from '../compare/compare'
import { withDefaults } from '../compare/options'
import { parseDocument } from '../text/document'
import { escapeHtml } from '../markup/escape'
import { renderReportHtml, REPORT_CONTENT_SECURITY_POLICY } from './html'
import { buildReport, defaultPage, type ReportDocument, type ReportLayout, type ReportPage } from './model'

const SAMPLES = join(__dirname, '../../../resources/samples')

function sample(fileName: string): ReportDocument {
  const parsed = parseDocument({ body: readFileSync(join(SAMPLES, fileName), 'utf8'), fileName, modified: '2026-01-01' })
  return { path: fileName, title: parsed.title, publisher: null, date: parsed.date, paragraphs: parsed.paragraphs, references: [] }
}

const AZ = sample('2020-11-10_trilateral-statement_az-mfa-en.txt')
const RU = sample('2020-11-10_trilateral-statement_ru-mfa-en.txt')
const texts = (document: ReportDocument) => document.paragraphs.map((paragraph) => paragraph.text)

function report(documents: ReportDocument[], layout: ReportLayout = 'side-by-side', page: ReportPage = defaultPage(layout)): string {
  const [base, ...others] = documents
  const comparisons = others.map((other) => compareParagraphs(texts(base!), texts(other)))
  return renderReportHtml(buildReport({ documents, comparisons, options: withDefaults({ ignoreCase: true }), layout, page, generatedAt: '2026-11-28T10:30:00.000Z' }))
}

interface Node {
  type?: string
  name?: string
  attribs?: Record<string, string>
  children?: Node[]
  data?: string
}

function textOf(node: Node): string {
  return node.type === 'text' ? (node.data ?? '') : (node.children ?? []).map(textOf).join('')
}

/** Every element with the class, in document order, with its text. */
function byClass(html: string, className: string): { text: string; classes: string[] }[] {
  const found: { text: string; classes: string[] }[] = []
  const walk = (node: Node): void => {
    const classes = node.attribs?.class?.split(' ') ?? []
    if (classes.includes(className)) found.push({ text: textOf(node), classes })
    node.children?.forEach(walk)
  }
  walk(parseHtml(html))
  return found
}

describe('renderReportHtml', () => {
  it('heads the report with each document, when it was made and with which options', () => {
    const html = report([AZ, RU])
    const documents = byClass(html, 'document')
    expect(documents.map((card) => card.text)).toEqual([expect.stringContaining('(En/Ru)'), expect.stringContaining('ru-mfa-en.txt')])
    expect(documents[0]!.text).toContain('10 Nov 2020')
    expect(byClass(html, 'made')[0]!.text).toContain('28 Nov 2026, 10:30 UTC')
    expect(byClass(html, 'made')[0]!.text).toContain('ignoring case, spacing, quote and dash styles')
    expect(byClass(html, 'stats')[0]!.text).toContain('7 modified')
    expect(byClass(html, 'legend')).toHaveLength(1)
  })

  it('prints one row per aligned pair with the documents’ own numbers and marked words', () => {
    const html = report([AZ, RU])
    const rows = byClass(html, 'row').filter((row) => !row.classes.includes('row-head'))
    expect(rows).toHaveLength(7)
    expect(rows.every((row) => row.classes.includes('row-modified'))).toBe(true)
    expect(html).toContain('<del>Aghdam district is</del>')
    expect(html).toContain('<ins>Agdam District shall be</ins>')
    expect(byClass(html, 'label').map((label) => label.text).slice(0, 4)).toEqual(['¶ 1', '¶ 1', '1', '1'])
  })

  it('lays out side by side in landscape and inline in portrait, on A4 or Letter, with page numbers and a running header', () => {
    expect(report([AZ, RU])).toContain('size: A4 landscape')
    const inline = report([AZ, RU], 'inline')
    expect(inline).toContain('size: A4 portrait')
    expect(inline).toContain('<body class="inline">')
    expect(inline).toContain('counter(page) " of " counter(pages)')
    expect(report([AZ, RU], 'side-by-side', { size: 'letter', orientation: 'portrait' })).toContain('size: letter portrait')
    expect(report([AZ, RU], 'inline', { size: 'letter', orientation: 'landscape' })).toContain('size: letter landscape')
    // Titles too long for the header: the files' own names, which tell the two apart.
    expect(inline).toContain('@top-left { content: "2020-11-10_trilateral-statement_az-mfa-en — compared with — 2020-11-10_trilateral-statement_ru-mfa-en";')
  })

  it('opens with a table of changes: kind, place linked to its row, and the words that changed', () => {
    const moved = { ...RU, paragraphs: [RU.paragraphs[0]!, ...RU.paragraphs.slice(2, 6), RU.paragraphs[1]!, RU.paragraphs[6]!].map((paragraph, index) => ({ ...paragraph, index })) }
    const html = report([AZ, moved])
    expect(html.indexOf('class="changes"')).toBeLessThan(html.indexOf('class="rows side-by-side"'))
    const changes = byClass(html, 'changes-table')[0]!.text
    expect(changes).toMatch(/^#KindPlaceWhat changed/)
    const links = [...html.matchAll(/<td class="place"><a href="#(row-\d+)">/g)].map((match) => match[1]!)
    const rows = [...html.matchAll(/<tr id="(row-\d+)" class="row row-(\w+)/g)].filter((match) => match[2] !== 'equal').map((match) => match[1]!)
    expect(links).toEqual(rows)
    expect(links.length).toBe(7)
    expect(html).toContain('<td class="excerpt">')
    expect(byClass(html, 'excerpt').map((cell) => cell.text)).toContainEqual(expect.stringContaining('Aghdam district is Agdam District shall be'))
    expect(html).toMatch(/<td class="excerpt">[^\n]*<del>Aghdam district is<\/del> <ins>Agdam District shall be<\/ins>/)
    expect(changes).toContain('Movedleft 1 → right 1')
  })

  it('says so when nothing changed', () => {
    expect(byClass(report([AZ, AZ]), 'no-changes')[0]!.text).toContain('No changes')
  })

  it('heads the columns with the documents’ titles in a table head, which the printer repeats on every page', () => {
    const html = report([AZ, { ...RU, title: AZ.title, publisher: 'president.ru' }, RU].slice(0, 2).map((document, k) => (k === 0 ? { ...document, publisher: 'president.az' } : document)))
    const head = /<table class="rows side-by-side">[\s\S]*?<thead>([\s\S]*?)<\/thead>/.exec(html)![1]!
    expect(head).toContain(`${escapeHtml(AZ.title)} (president.az)`)
    expect(head).toContain(`${escapeHtml(AZ.title)} (president.ru)`)
    expect(html).toContain('thead { display: table-header-group; }')
  })

  it('marks moved, split and merged paragraphs with where they went', () => {
    const moved = { ...RU, paragraphs: [RU.paragraphs[0]!, ...RU.paragraphs.slice(2, 6), RU.paragraphs[1]!, RU.paragraphs[6]!].map((paragraph, index) => ({ ...paragraph, index })) }
    const html = report([AZ, moved])
    expect(byClass(html, 'note').map((note) => note.text)).toContainEqual(expect.stringMatching(/^Moved from left 1 to right 1, now after right 5/))
  })

  it('lists each document’s references with their targets, and escapes what it prints', () => {
    const citing: ReportDocument = {
      ...RU,
      title: 'A <b>bold</b> & "quoted" title',
      references: [
        { key: 'citing', source: RU.path, paragraph: 1, paragraphStart: 0, paragraphEnd: 7, start: 0, end: 7, text: 'point 4', kind: 'point', units: ['4'], path: [{ kind: 'point', numbers: ['4'] }], designation: null, language: 'en', target: null, candidates: [], reason: 'no point 4 <here>', confidence: 0, why: 'no point 4 <here>', corrected: false },
      ],
    }
    const html = report([AZ, citing])
    expect(html).toContain('A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; title')
    expect(html).not.toContain('<b>bold</b>')
    expect(byClass(html, 'references-section')[0]!.text).toContain('“point 4” not found: no point 4 <here>')
  })

  it('lays several documents out in the columns of the screen: the base, then each document beside it', () => {
    const edited = { ...RU, path: 'edited.txt', title: 'Edited statement', paragraphs: RU.paragraphs.slice(0, 5) }
    const html = report([AZ, RU, edited])
    expect(html).toContain('<body class="columns">')
    const heads = /<table class="rows columns"><thead>([\s\S]*?)<\/thead>/.exec(html)![1]!
    expect(heads.match(/<th>/g)).toHaveLength(3)
    expect(heads).toContain('Document 3</span> Edited statement')
    const rows = [...html.matchAll(/<tr id="row-\d+" class="row[^"]*">([\s\S]*?)<\/tr>/g)].map((match) => match[1]!)
    expect(rows).toHaveLength(AZ.paragraphs.length)
    expect(rows.every((row) => row.split('<td').length - 1 === 3)).toBe(true)
    // The edited document lacks the last two paragraphs: a thin mark, not the base's text again.
    expect(rows.at(-1)).toContain('<td class="text placeholder"><span class="badge badge-deleted">Not here</span></td>')
    expect(byClass(html, 'changes-table')[0]!.text).toMatch(/^#KindDocumentPlaceWhat changed/)
    expect(byClass(html, 'section-title')).toEqual([])
  })

  it('prints markup in any document text as text, and carries a policy that lets nothing run or load', () => {
    const markup = `</style><script>fetch('http://127.0.0.1:1/')</script><img src=x onerror=alert(1)>"; } @import url(x); '`
    const hostile: ReportDocument = {
      ...RU,
      title: markup,
      path: `${markup}.txt`,
      publisher: markup,
      references: [
        { key: 'citing', source: RU.path, paragraph: 1, paragraphStart: 0, paragraphEnd: 7, start: 0, end: 7, text: markup, kind: 'point', units: ['4'], path: [{ kind: 'point', numbers: ['4'] }], designation: null, language: 'en', target: null, candidates: [], reason: markup, confidence: 0, why: markup, corrected: false },
      ],
    }
    const html = report([{ ...AZ, title: markup }, hostile])
    const elements: Node[] = []
    const walk = (node: Node): void => {
      if (node.name) elements.push(node)
      node.children?.forEach(walk)
    }
    walk(parseHtml(html))
    const names = new Set(elements.map((element) => element.name))
    expect([...names].filter((name) => ['script', 'img', 'iframe', 'link', 'object', 'base'].includes(name!))).toEqual([])
    expect(elements.flatMap((element) => Object.keys(element.attribs ?? {})).filter((name) => name.startsWith('on'))).toEqual([])
    // One title twice: each told apart by its file name, still as text.
    expect(textOf(elements.find((element) => element.name === 'title')!)).toBe(`${markup} (2020-11-10_trilateral-statement_az-mfa-en) — compared with — ${markup} (script><img src=x onerror=alert(1)>"; } @import url(x); ')`)
    expect(byClass(html, 'document').map((card) => card.text)).toEqual([expect.stringContaining(markup), expect.stringContaining(`${markup}.txt`)])
    expect(byClass(html, 'references-section')[0]!.text).toContain(`“${markup}” not found: ${markup}`)
    const style = textOf(elements.find((element) => element.name === 'style')!)
    expect(style).not.toContain('</')
    // The header names the documents as file names do (no <, >, " or /), and escapes the rest.
    expect(style).toMatch(/@top-left \{ content: "[^"]* — compared with — script img src=x onerror=alert\(1\) ; \} @import url\(x\); \\27 ";/)
    const policy = elements.find((element) => element.attribs?.['http-equiv'] === 'Content-Security-Policy')
    expect(policy?.attribs?.content).toBe(REPORT_CONTENT_SECURITY_POLICY)
    expect(REPORT_CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none';/)
    expect(REPORT_CONTENT_SECURITY_POLICY).not.toMatch(/script-src|unsafe-eval/)
  })
})

describe('moved phrases in reports', () => {
  it.each(['side-by-side', 'inline'] as const)('marks both ends of point 3’s moved phrase, paired by its id (%s)', (layout) => {
    const html = report([AZ, RU], layout)
    expect(html).toMatch(/<del class="moved" style="[^"]*">Along the line of contact in Nagorno-Karabakh and along the Lachin corridor<\/del><sup class="move-id">→1<\/sup>/)
    expect(html).toMatch(/<ins class="moved" style="[^"]*">along the contact line in Nagorno-Karabakh and along the Lachin Corridor<\/ins><sup class="move-id">←1<\/sup>/)
  })
})
