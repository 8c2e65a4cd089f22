import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../shared/errors'
import { printPdfWithChromium } from './chromium-pdf'
import { DocumentReader } from './document-reader'
import { builtDocx, encodeLegacy, handMadePdf } from './fixtures/make-files'
import { useTestFolders } from './test-folder'

const folderWith = useTestFolders()
const reader = new DocumentReader()

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (caught: unknown) => caught)
  expect(error).toBeInstanceOf(AppError)
  return error as AppError
}

const POINT = (n: number) =>
  `${n}. The Parties shall ensure the safety of citizens, vehicles and goods travelling along the corridor in both directions, and the implementation of this provision shall be monitored by the centre established under point ${n}.`

/** A statement as a ministry's site prints it: running head and page numbers on every page, narrow column. */
const STATEMENT_HTML = `<!doctype html><html lang="en"><head><title>Joint Statement of the Ministers</title><style>
@page { size: A4; margin: 25mm 20mm; @top-center { content: "Ministry of Foreign Affairs — Press release"; } @bottom-center { content: "Page " counter(page) " of " counter(pages); } }
body { font: 12pt serif; width: 120mm; } p { margin: 0 0 10pt; }
</style></head><body><p>Joint Statement of the Ministers</p><p>Done at Geneva on 4 March 2021.</p>
${Array.from({ length: 14 }, (_, i) => `<p>${POINT(i + 1)}</p>`).join('')}
<p style="width: 28mm">The counter&shy;proliferation regime</p></body></html>`

describe('reading PDF', () => {
  it('rebuilds numbered paragraphs from a printed PDF and drops running heads and page numbers', async () => {
    const root = await folderWith({ 'statement.pdf': await printPdfWithChromium(STATEMENT_HTML) })
    const document = await reader.read(join(root, 'statement.pdf'))
    expect(document.format).toBe('pdf')
    expect(document.title).toBe('Joint Statement of the Ministers')
    expect(document.date).toBe('2021-03-04')
    const texts = document.paragraphs.map((paragraph) => paragraph.text)
    expect(texts.some((text) => /Press release|Page \d/.test(text))).toBe(false)
    const numbered = document.paragraphs.filter((paragraph) => paragraph.number !== null)
    expect(numbered.map((paragraph) => paragraph.number)).toEqual(Array.from({ length: 14 }, (_, i) => String(i + 1)))
    // Wrapped lines are joined back into the paragraph as written, also across a page break.
    expect(numbered.map((paragraph) => paragraph.text)).toEqual(Array.from({ length: 14 }, (_, i) => POINT(i + 1)))
  }, 30_000)

  it('undoes a hyphen that broke a word at the end of a line', async () => {
    const root = await folderWith({ 'statement.pdf': await printPdfWithChromium(STATEMENT_HTML) })
    const last = (await reader.read(join(root, 'statement.pdf'))).paragraphs.at(-1)!.text
    // Printed as "The counter‐" / "proliferation" / "regime": the break is there to undo.
    expect(last).toBe('The counterproliferation regime')
  }, 30_000)

  it('reads a page set in two columns column by column, also when it is drawn line by line across', async () => {
    // Some generators draw a two-column page a whole line at a time: left column, then right.
    const left = ['1. The Parties agree to a complete', 'ceasefire along the line of contact.', '2. The Parties exchange prisoners', 'of war and other detained persons.', '3. The corridor remains open for', 'citizens, vehicles and goods.']
    const right = ['4. A monitoring centre is set up', 'to control the ceasefire.', '5. All economic and transport links', 'in the region are unblocked.', '6. The Parties meet again within', 'three months of this statement.']
    const placed = left.flatMap((text, i) => [{ x: 72, y: 680 - 16 * i, text }, { x: 320, y: 680 - 16 * i, text: right[i]! }])
    const root = await folderWith({ 'columns.pdf': handMadePdf([{ x: 72, y: 720, text: 'Joint Communique of the Ministers' }, ...placed]) })
    const document = await reader.read(join(root, 'columns.pdf'))
    expect(document.paragraphs.filter((paragraph) => paragraph.number !== null).map((paragraph) => paragraph.text)).toEqual([
      '1. The Parties agree to a complete ceasefire along the line of contact.',
      '2. The Parties exchange prisoners of war and other detained persons.',
      '3. The corridor remains open for citizens, vehicles and goods.',
      '4. A monitoring centre is set up to control the ceasefire.',
      '5. All economic and transport links in the region are unblocked.',
      '6. The Parties meet again within three months of this statement.',
    ])
  })

  it('refuses a protected PDF and a damaged one with their own codes', async () => {
    const root = await folderWith({ 'protected.pdf': handMadePdf(['Secret text'], true), 'damaged.pdf': '%PDF-1.7\n1 0 obj << /Type /Catalog' })
    expect((await failure(reader.read(join(root, 'protected.pdf')))).code).toBe('ENCRYPTED')
    const damaged = await failure(reader.read(join(root, 'damaged.pdf')))
    expect(damaged.code).toBe('MALFORMED')
    expect(damaged.message).toContain('damaged.pdf is not a readable PDF')
  })

  it('reads a hand-made PDF with the standard fonts', async () => {
    const root = await folderWith({ 'plain.pdf': handMadePdf(['Readout of the meeting', '1. The ministers met.']) })
    expect((await reader.read(join(root, 'plain.pdf'))).paragraphs.map((paragraph) => paragraph.text)).toContain('1. The ministers met.')
  })
})

describe('reading Word documents', () => {
  it('reads paragraphs, the heading as title, and numbered paragraphs with their numbers', async () => {
    const docx = await builtDocx('Joint Declaration', ['Done at Baku on 10 January 2022.'], ['The Parties agree.', 'The Parties meet yearly.'])
    const root = await folderWith({ 'declaration.docx': docx })
    const document = await reader.read(join(root, 'declaration.docx'))
    expect(document).toMatchObject({ format: 'docx', title: 'Joint Declaration', date: '2022-01-10', encoding: null })
    expect(document.paragraphs.map((paragraph) => [paragraph.number, paragraph.text])).toEqual([
      [null, 'Joint Declaration'],
      [null, 'Done at Baku on 10 January 2022.'],
      ['1', '1. The Parties agree.'],
      ['2', '2. The Parties meet yearly.'],
    ])
  })

  it('refuses a damaged Word document with a clear message', async () => {
    const root = await folderWith({ 'broken.docx': Buffer.from('PK\u0003\u0004 not really a zip at all') })
    const error = await failure(reader.read(join(root, 'broken.docx')))
    expect(error.code).toBe('MALFORMED')
    expect(error.message).toContain('broken.docx is not a readable Word document')
  })
})

describe('reading legacy encodings', () => {
  it('detects and decodes windows-1251 Russian and windows-1254 Turkish', async () => {
    const russian = 'Заявление Министерства иностранных дел\n\n1. Стороны договорились о прекращении огня и всех военных действий в зоне конфликта.'
    const turkish = 'Dışişleri Bakanlığı Açıklaması\n\n1. Taraflar, çatışma bölgesinde ateşkes ve tüm askerî faaliyetlerin durdurulması konusunda anlaştılar; güvenliği sağlayacaklar.'
    const root = await folderWith({ 'ru.txt': encodeLegacy(russian, 'windows-1251'), 'tr.txt': encodeLegacy(turkish, 'windows-1254') })
    const ru = await reader.read(join(root, 'ru.txt'))
    expect(ru.encoding).toBe('windows-1251')
    expect(ru.title).toBe('Заявление Министерства иностранных дел')
    const tr = await reader.read(join(root, 'tr.txt'))
    expect(tr.encoding).toMatch(/windows-1254|ISO-8859-9/)
    expect(tr.paragraphs[0]!.text).toContain('çatışma bölgesinde ateşkes')
  })
})

describe('reading saved web pages', () => {
  it('keeps the main content and drops menus, share bars and footers', async () => {
    const html = `<html><head><title>Press release No 304/21</title><meta property="og:site_name" content="Ministry of Foreign Affairs"></head><body>
      <div class="top-menu"><a href="/">Ministry</a> <a href="/news">News</a></div>
      <header><p>Ministry of Foreign Affairs</p></header>
      <div id="content"><h1>Press release No 304/21</h1><p>The Ministry comments on the statement.</p>
      <ol><li>First point.</li><li>Second point.</li></ol></div>
      <div class="share-buttons">Share on social media</div><aside>Related news</aside><footer>© Ministry</footer></body></html>`
    const root = await folderWith({ 'page.html': html })
    const document = await reader.read(join(root, 'page.html'))
    expect(document.publisher).toBe('Ministry of Foreign Affairs')
    expect(document.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Press release No 304/21', 'The Ministry comments on the statement.', '1. First point.', '2. Second point.',
    ])
  })
})

describe('what files declare about themselves', () => {
  it('dates a saved news page by its published time and takes its language and outlet', async () => {
    const html = `<!doctype html><html lang="ru"><head><title>Пашинян прокомментировал трехстороннее заявление</title>
      <meta property="article:published_time" content="2021-10-12T09:30:00+04:00"><meta property="og:site_name" content="ТАСС"></head>
      <body><article><h1>Пашинян прокомментировал трехстороннее заявление</h1><time datetime="2021-10-13">13 октября</time>
      <p>ЕРЕВАН, 12 октября. /ТАСС/. Премьер-министр Армении заявил, что Ереван выполняет заявление от 9 ноября 2020 года.</p></article></body></html>`
    const root = await folderWith({ 'page.html': html })
    const document = await reader.read(join(root, 'page.html'))
    expect(document).toMatchObject({ date: '2021-10-12', dateSource: 'metadata', language: 'ru', kind: 'news', publisher: 'ТАСС' })
  })

  it('falls back to the first <time datetime> of the content', async () => {
    const html = `<html lang="en"><head><title>Minister meets counterpart</title></head><body><aside><time datetime="2019-01-01">old</time></aside>
      <main><h1>Minister meets counterpart</h1><p><time datetime="2023-09-19T14:00:00Z">19 September</time></p><p>The ministers met in New York.</p></main></body></html>`
    const root = await folderWith({ 'page.html': html })
    expect(await reader.read(join(root, 'page.html'))).toMatchObject({ date: '2023-09-19', dateSource: 'metadata' })
  })

  it('reads a PDF’s creation date and /Lang', async () => {
    const pdf = handMadePdf(['Qeyd'], false, { info: { CreationDate: "D:20201110093000+04'00'", Title: 'Qeyd' }, lang: 'az-Latn-AZ' })
    const root = await folderWith({ 'note.pdf': pdf })
    // Four letters are too few to tell a language: the one the file declares stands.
    expect(await reader.read(join(root, 'note.pdf'))).toMatchObject({ date: '2020-11-10', dateSource: 'metadata', language: 'az' })
  })

  it('reads a Word document’s created date and language from docProps/core.xml', async () => {
    const docx = await builtDocx('Qeyd', [], [], { created: '2022-01-10T08:00:00Z', language: 'az-Latn-AZ' })
    const root = await folderWith({ 'note.docx': docx })
    expect(await reader.read(join(root, 'note.docx'))).toMatchObject({ date: '2022-01-10', dateSource: 'metadata', language: 'az' })
  })

  it('dates a treaty by its signing clause whatever the file’s properties say', async () => {
    const docx = await builtDocx('Joint Declaration', ['Done at Baku on 10 January 2022.'], ['The Parties agree.'], { created: '2024-05-05T08:00:00Z' })
    const root = await folderWith({ 'declaration.docx': docx })
    expect(await reader.read(join(root, 'declaration.docx'))).toMatchObject({ date: '2022-01-10', dateSource: 'signature', kind: 'statement' })
  })
})

describe('HTML nesting', () => {
  it('reads a page nested as deep as real pages are, and refuses one nested past the limit at once', async () => {
    const root = await folderWith({
      'nested.html': `<title>Nested</title><body>${'<div><section>'.repeat(200)}<p>Deep text.<p>Another.${'</section></div>'.repeat(200)}</body>`,
      'deep.html': `<title>Deep</title><body>${'<div>'.repeat(100_000)}<p>Deep text.</p>${'</div>'.repeat(100_000)}</body>`,
    })
    expect((await reader.read(join(root, 'nested.html'))).paragraphs.map((paragraph) => paragraph.text)).toEqual(['Deep text.', 'Another.'])
    const started = performance.now()
    await expect(reader.read(join(root, 'deep.html'))).rejects.toMatchObject({ code: 'TOO_COMPLEX', message: 'deep.html nests its elements more than 2,000 deep; no page a person reads does.' })
    expect(performance.now() - started).toBeLessThan(1_000)
  })
})
