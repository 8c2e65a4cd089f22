import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseDocument as parseHtml } from 'htmlparser2'
import { describe, expect, it } from 'vitest'
import { compareParagraphs } from '../compare/compare'
import { withDefaults } from '../compare/options'
import { parseDocument } from '../text/document'
import { renderReportHtml, REPORT_CONTENT_SECURITY_POLICY } from './html'
import { buildReport, type ReportDocument, type ReportLayout } from './model'

const SAMPLES = join(__dirname, '../../../resources/samples')

function sample(fileName: string): ReportDocument {
  const parsed = parseDocument({ body: readFileSync(join(SAMPLES, fileName), 'utf8'), fileName, modified: '2026-01-01' })
  return { path: fileName, title: parsed.title, publisher: null, date: parsed.date, paragraphs: parsed.paragraphs, references: [] }
}

const AZ = sample('2020-11-10_trilateral-statement_az-mfa-en.txt')
const RU = sample('2020-11-10_trilateral-statement_ru-mfa-en.txt')
const texts = (document: ReportDocument) => document.paragraphs.map((paragraph) => paragraph.text)

function report(documents: ReportDocument[], layout: ReportLayout = 'side-by-side'): string {
  const [base, ...others] = documents
  const comparisons = others.map((other) => compareParagraphs(texts(base!), texts(other)))
  return renderReportHtml(buildReport({ documents, comparisons, options: withDefaults({ ignoreCase: true }), layout, generatedAt: '2026-11-28T10:30:00.000Z' }))
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

  it('lays out side by side in landscape and inline in portrait, with page numbers and a running header', () => {
    expect(report([AZ, RU])).toContain('size: A4 landscape')
    const inline = report([AZ, RU], 'inline')
    expect(inline).toContain('size: A4 portrait')
    expect(inline).toContain('<body class="inline">')
    expect(inline).toContain('counter(page) " of " counter(pages)')
    expect(inline).toMatch(/@top-left \{ content: "Statement by the President/)
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

  it('gives a section to each document compared with the base', () => {
    const html = report([AZ, RU, RU])
    expect(byClass(html, 'section-title').map((title) => title.text)).toEqual([expect.stringMatching(/^1\. Compared with/), expect.stringMatching(/^2\. Compared with/)])
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
    expect(textOf(elements.find((element) => element.name === 'title')!)).toBe(`${markup} — compared with — ${markup}`)
    expect(byClass(html, 'document').map((card) => card.text)).toEqual([expect.stringContaining(markup), expect.stringContaining(`${markup}.txt`)])
    expect(byClass(html, 'references-section')[0]!.text).toContain(`“${markup}” not found: ${markup}`)
    const style = textOf(elements.find((element) => element.name === 'style')!)
    expect(style).not.toContain('</')
    expect(style).toMatch(/@top-left \{ content: "\\3c \/style\\3e \\3c script\\3e fetch\(\\27 http/)
    const policy = elements.find((element) => element.attribs?.['http-equiv'] === 'Content-Security-Policy')
    expect(policy?.attribs?.content).toBe(REPORT_CONTENT_SECURITY_POLICY)
    expect(REPORT_CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none';/)
    expect(REPORT_CONTENT_SECURITY_POLICY).not.toMatch(/script-src|unsafe-eval/)
  })
})
