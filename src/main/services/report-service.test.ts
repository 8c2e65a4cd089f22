import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { writeFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import { parseDocument as parseHtml } from 'htmlparser2'
import JSZip from 'jszip'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readPdfText } from '../../../e2e/pdf-text'
import { DEFAULT_COMPARE_OPTIONS } from '../../core/compare/options'
import { escapeHtml } from '../../core/markup/escape'
import type { ReportFormat, ReportJob } from '../../shared/reports'
import { defaultPage } from '../../core/report/model'
import { ChromiumPrinter, findChromium, printPdfWithChromium } from './chromium-pdf'
import { DocumentReader } from './document-reader'
import { LibraryService } from './library-service'
import { ReferenceService, referenceWorkerBeside } from './reference-service'
import { ReportService, type ReportPlatform } from './report-service'
import { useTestFolders } from './test-folder'
import { BUILT_WORKER_FOR_TESTS, useReaderPools } from './test-readers'

const folderWith = useTestFolders()
const readers = useReaderPools()

/** A local server standing for anything a report could reach: it notes every request and WebSocket handshake. */
let listener: Server
const arrived: string[] = []
let port = 0

beforeAll(async () => {
  listener = createServer((request, response) => {
    arrived.push(`${request.method} ${request.url}`)
    response.end('reached')
  })
  listener.on('upgrade', (request, socket) => {
    arrived.push(`websocket ${request.url}`)
    socket.destroy()
  })
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve))
  port = (listener.address() as AddressInfo).port
})
afterAll(async () => {
  await new Promise((resolve) => listener.close(resolve))
})

/** Markup that would run, load or restyle if it were not printed as text; reaching the server is the proof. */
function hostileTitle(): string {
  const server = `127.0.0.1:${port}`
  return `</style><script>fetch('http://${server}/script');new WebSocket('ws://${server}/socket')</script><img src=http://${server}/img onerror=alert(1)>"; } @import url(http://${server}/css); x { content: "`
}

const PARAGRAPHS = ['1. The Parties agree to a complete ceasefire.', '2. The Parties exchange prisoners of war.', '3. The corridor remains open.']
const PLAIN = `Joint Statement of the Ministers\n\n${PARAGRAPHS.join('\n\n')}`

/** Waits for what a page might still send after it loaded. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 500))

async function finished(reports: ReportService, id: string): Promise<ReportJob> {
  for (;;) {
    const job = reports.status(id)
    if (job.stage === 'done' || job.stage === 'failed' || job.stage === 'cancelled') return job
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

interface PrintLog {
  printed: number
  printing: number
  mostAtOnce: number
}

/** The web host's platform: PDF printed by the printer, everything else left to the renderer. */
function webPlatform(printer: ChromiumPrinter, log: PrintLog): ReportPlatform {
  return {
    async printPdf(html, signal) {
      log.printed++
      log.mostAtOnce = Math.max(log.mostAtOnce, ++log.printing)
      try {
        return await printer.print(html, signal)
      } finally {
        log.printing--
      }
    },
    save: async () => ({ savedTo: null, cancelled: false }),
    print: async () => false,
  }
}

async function reportServiceFor(root: string, printer: ChromiumPrinter) {
  const library = new LibraryService(readers())
  await library.open(root)
  await library.whenRead()
  const log: PrintLog = { printed: 0, printing: 0, mostAtOnce: 0 }
  return { library, log, reports: new ReportService(library, new ReferenceService(library, referenceWorkerBeside(BUILT_WORKER_FOR_TESTS)), webPlatform(printer, log)) }
}

const startArgs = (paths: string[], format: ReportFormat) => ({ paths, options: DEFAULT_COMPARE_OPTIONS, layout: 'side-by-side' as const, page: defaultPage('side-by-side'), format })

interface Node {
  type: string
  name?: string
  attribs?: Record<string, string>
  children?: Node[]
  data?: string
}
const allElements = (node: Node): Node[] => [...(node.name ? [node] : []), ...(node.children ?? []).flatMap(allElements)]
const textOf = (node: Node): string => (node.type === 'text' ? node.data! : (node.children ?? []).map(textOf).join(''))

describe.skipIf(!findChromium())('reports of documents whose titles carry markup', () => {
  const printer = new ChromiumPrinter()
  let browser: Browser
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: findChromium()! })
  })
  afterAll(async () => {
    await browser.close()
    await printer.close()
  })

  /** Opens report HTML as a person would: a file in an ordinary browser, JavaScript on. */
  async function openInBrowser(folder: string, html: string): Promise<string> {
    const file = join(folder, `opened-${Date.now()}.html`)
    await writeFile(file, html)
    const page = await browser.newPage()
    try {
      await page.goto(pathToFileURL(file).href)
      await settle()
      return await page.title()
    } finally {
      await page.close()
    }
  }

  /** The folder with the hostile title in each place a title comes from: a text's first line, an HTML <title>, a PDF's Title. */
  async function hostileFolder(): Promise<string> {
    const title = hostileTitle()
    const pdf = await printPdfWithChromium(`<!doctype html><title>${escapeHtml(title)}</title>${PARAGRAPHS.map((text) => `<p>${text}</p>`).join('')}`)
    return folderWith({
      'hostile.txt': `${title}\n\n${PARAGRAPHS.join('\n\n')}`,
      'hostile.html': `<!doctype html><html><head><title>${escapeHtml(title)}</title></head><body>${PARAGRAPHS.map((text) => `<p>${text}</p>`).join('')}</body></html>`,
      'hostile.pdf': pdf,
      'plain.txt': PLAIN,
    })
  }

  for (const source of ['hostile.txt', 'hostile.html', 'hostile.pdf']) {
    it(`prints the title of ${source} as text, in HTML and in PDF, and nothing reaches the network`, async () => {
      arrived.length = 0
      const root = await hostileFolder()
      const { library, reports } = await reportServiceFor(root, printer)
      const title = hostileTitle()
      expect((await library.read(source)).summary.title).toBe(title)

      const htmlJob = await finished(reports, reports.start(startArgs([source, 'plain.txt'], 'html')).id)
      expect(htmlJob.error).toBeNull()
      const html = htmlJob.result!.html!
      const elements = allElements(parseHtml(html))
      expect(elements.filter((element) => element.name === 'script')).toEqual([])
      expect(elements.flatMap((element) => Object.keys(element.attribs ?? {})).filter((name) => name.startsWith('on'))).toEqual([])
      expect(elements.filter((element) => ['img', 'iframe', 'link', 'object', 'embed', 'base', 'form'].includes(element.name!))).toEqual([])
      expect(textOf(elements.find((element) => element.name === 'title')!)).toBe(`${title} — compared with — Joint Statement of the Ministers`)
      expect(elements.filter((element) => element.name === 'h2').map(textOf)).toContain(title)
      expect(textOf(elements.find((element) => element.name === 'style')!)).not.toContain('</')
      expect(await openInBrowser(root, html)).toBe(`${title} — compared with — Joint Statement of the Ministers`)

      const pdfJob = await finished(reports, reports.start(startArgs([source, 'plain.txt'], 'pdf')).id)
      expect(pdfJob.error).toBeNull()
      const pdfFile = join(root, 'report.pdf')
      await writeFile(pdfFile, Buffer.from(pdfJob.result!.fileBase64!, 'base64'))
      const compact = (text: string) => text.replace(/\s+/g, '')
      const pages = compact((await readPdfText(pdfFile)).pageTexts.join(' '))
      // The running header starts the page, naming the document by its file (its title is too long), the card has the title whole; lines wrap, so compared without spaces.
      expect(pages.startsWith(compact('hostile — compared with — Joint Statement of the Ministers'))).toBe(true)
      expect(pages).toContain(compact(title))
      expect((await new DocumentReader().read(pdfFile)).title).toBe(`${title} — compared with — Joint Statement of the Ministers`)

      await settle()
      expect(arrived).toEqual([])
    }, 60_000)
  }

  it('a report opened in a browser runs nothing even if markup got into it: its policy forbids script and loads', async () => {
    arrived.length = 0
    const root = await folderWith({ 'a.txt': PLAIN, 'b.txt': PLAIN.replace('complete', 'full') })
    const { reports } = await reportServiceFor(root, printer)
    const html = (await finished(reports, reports.start(startArgs(['a.txt', 'b.txt'], 'html')).id)).result!.html!
    const injected = `<script>fetch('http://127.0.0.1:${port}/script')</script><img src="http://127.0.0.1:${port}/img"><link rel="stylesheet" href="http://127.0.0.1:${port}/css">`
    await openInBrowser(root, html.replace('<body', `${injected}<body`))
    expect(arrived).toEqual([])
    // The same markup without the policy does reach the server: what is tested above can fail.
    await openInBrowser(root, html.replace('<meta http-equiv="Content-Security-Policy"', '<meta name="no-policy"').replace('<body', `${injected}<body`))
    expect(arrived).toEqual(expect.arrayContaining(['GET /script', 'GET /img', 'GET /css']))
  }, 60_000)

  it('prints with JavaScript off and every request refused, whatever the page holds', async () => {
    arrived.length = 0
    const server = `127.0.0.1:${port}`
    const page = `<!doctype html><title>Page</title><noscript><p>Scripts are off</p></noscript>
<script>new WebSocket('ws://${server}/socket'); fetch('http://${server}/fetch'); document.write('<p>Script ran</p>')</script>
<img src="http://${server}/img"><iframe src="http://${server}/frame"></iframe><link rel="stylesheet" href="http://${server}/css"><p style="background: url(http://${server}/background)">Body</p>`
    const root = await folderWith()
    await writeFile(join(root, 'page.pdf'), await printer.print(page))
    const text = (await readPdfText(join(root, 'page.pdf'))).pageTexts.join(' ')
    expect(text).toContain('Scripts are off')
    expect(text).not.toContain('Script ran')
    await settle()
    expect(arrived).toEqual([])
  }, 60_000)
})

describe.skipIf(!findChromium())('the report queue', () => {
  it('makes ten PDF reports started at once with one browser, at most two at a time, each told how many are ahead', async () => {
    const root = await folderWith({ 'a.txt': PLAIN, 'b.txt': PLAIN.replace('complete', 'full') })
    const printer = new ChromiumPrinter()
    try {
      const { reports, log } = await reportServiceFor(root, printer)
      const ids = Array.from({ length: 10 }, () => reports.start(startArgs(['a.txt', 'b.txt'], 'pdf')).id)
      const waiting = ids.map((id) => reports.status(id)).filter((job) => job.stage === 'waiting')
      expect(waiting.map((job) => job.ahead)).toEqual([2, 3, 4, 5, 6, 7, 8, 9])
      const jobs = await Promise.all(ids.map((id) => finished(reports, id)))
      expect(jobs.map((job) => job.stage)).toEqual(Array(10).fill('done'))
      expect(jobs.every((job) => job.result!.fileBase64!.length > 1000)).toBe(true)
      expect(log.printed).toBe(10)
      expect(log.mostAtOnce).toBeLessThanOrEqual(2)
      expect(printer.launches).toBe(1)
    } finally {
      await printer.close()
    }
  }, 120_000)

  it('a cancelled waiting report never prints; one cancelled while printing stops; the queue goes on', async () => {
    const long = Array.from({ length: 400 }, (_, i) => `${i + 1}. The Parties shall ensure the safety of citizens and goods along the corridor, point ${i + 1}.`)
    const root = await folderWith({
      'a.txt': PLAIN,
      'b.txt': PLAIN.replace('complete', 'full'),
      'long-a.txt': `Long statement\n\n${long.join('\n\n')}`,
      'long-b.txt': `Long statement, edited\n\n${long.map((text, i) => (i % 5 === 0 ? text.replace('safety', 'security') : text)).join('\n\n')}`,
    })
    const printer = new ChromiumPrinter()
    try {
      const { reports, log } = await reportServiceFor(root, printer)
      const printing = reports.start(startArgs(['long-a.txt', 'long-b.txt'], 'pdf')).id
      const other = reports.start(startArgs(['a.txt', 'b.txt'], 'pdf')).id
      const queued = reports.start(startArgs(['a.txt', 'b.txt'], 'pdf')).id
      const after = reports.start(startArgs(['a.txt', 'b.txt'], 'pdf')).id
      expect(reports.status(queued)).toMatchObject({ stage: 'waiting', ahead: 2 })
      reports.cancel(queued)
      expect(reports.status(queued)).toMatchObject({ stage: 'cancelled', result: null, error: null })
      expect(reports.status(after)).toMatchObject({ stage: 'waiting', ahead: 2 })

      while (['waiting', 'reading', 'comparing', 'rendering'].includes(reports.status(printing).stage)) await new Promise((resolve) => setTimeout(resolve, 10))
      expect(reports.status(printing).stage).toBe('printing')
      reports.cancel(printing)
      expect(await finished(reports, printing)).toMatchObject({ stage: 'cancelled', result: null, error: null })
      expect((await finished(reports, other)).stage).toBe('done')
      expect((await finished(reports, after)).stage).toBe('done')
      expect(reports.status(queued).stage).toBe('cancelled')
      // The long report started printing and was stopped; the cancelled waiting one never printed.
      expect(log.printed).toBe(3)
      expect(printer.launches).toBe(1)
    } finally {
      await printer.close()
    }
  }, 120_000)

  it('closes the browser when idle and starts one again for the next report', async () => {
    const printer = new ChromiumPrinter(200)
    try {
      await printer.print('<p>One</p>')
      await new Promise((resolve) => setTimeout(resolve, 600))
      await printer.print('<p>Two</p>')
      expect(printer.launches).toBe(2)
    } finally {
      await printer.close()
    }
  }, 60_000)
})

describe('Word files with tracked changes', () => {
  it('are made for two documents, named for what they hold, and refused for more before anything is read', async () => {
    const root = await folderWith({ 'a.txt': PLAIN, 'b.txt': PLAIN.replace('complete', 'full'), 'c.txt': PLAIN })
    const printer = new ChromiumPrinter()
    const { reports, log } = await reportServiceFor(root, printer)
    const job = await finished(reports, reports.start(startArgs(['a.txt', 'b.txt'], 'docx')).id)
    expect(job.error).toBeNull()
    // One title on both sides: the file name says what tells them apart.
    expect(job.result!.fileName).toMatch(/^Tracked changes - Joint Statement of the Ministers - \S+ to \S+\.docx$/)
    expect(job.result!.html).toBeNull()
    const zip = await JSZip.loadAsync(Buffer.from(job.result!.fileBase64!, 'base64'))
    const xml = await zip.file('word/document.xml')!.async('string')
    expect(xml).toMatch(/<w:del [^>]*w:author="Communique"[^>]*><w:r><w:delText xml:space="preserve">complete <\/w:delText>/)
    expect(xml).toMatch(/<w:ins [^>]*w:author="Communique"[^>]*><w:r><w:t xml:space="preserve">full <\/w:t>/)
    expect(log.printed).toBe(0)
    expect(() => reports.start(startArgs(['a.txt', 'b.txt', 'c.txt'], 'docx'))).toThrow(/holds the changes between two documents, not 3/)
  }, 30_000)
})
