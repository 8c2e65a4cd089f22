import { expect, test } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { AppPage } from './app-page'
import { readPdfText } from './pdf-text'
import { PROJECT_ROOT, SAMPLE, SAMPLES, startWebHost, type WebHost } from './web-host'

const { AZ, RU } = SAMPLE

function communique(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'communique.js'), ...args], { encoding: 'utf8', env })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const workDir = mkdtempSync(join(tmpdir(), 'communique-reports-'))
/** LibreOffice, to open the Word files as a colleague would (Debian's libreoffice-writer-nogui). */
const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice'

test.describe('the report CLI', () => {
  test('prints a sample comparison to PDF that reads back with both titles and the changed words', async () => {
    const output = join(workDir, 'trilateral.pdf')
    const { code, stderr } = communique(['report', join(SAMPLES, AZ), join(SAMPLES, RU), '-o', output])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const pdf = await readPdfText(output)
    const text = pdf.pageTexts.join(' ')
    expect(pdf.pages).toBeGreaterThanOrEqual(2)
    expect(pdf.size[0]).toBeGreaterThan(pdf.size[1]) // side by side prints landscape
    expect(text).toContain('Statement by the President of the Republic of Azerbaijan')
    expect(text).toContain('(En/Ru)')
    expect(text).toContain('Aghdam district is') // deleted
    expect(text).toContain('Agdam District shall be') // inserted
    for (const [index, page] of pdf.pageTexts.entries()) expect(page).toContain(`Page ${index + 1} of ${pdf.pages}`)
    expect(readdirSync(workDir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  test('an inline report prints portrait, and HTML has the report’s structure', async () => {
    const pdfPath = join(workDir, 'inline.pdf')
    expect(communique(['report', join(SAMPLES, AZ), join(SAMPLES, RU), '-o', pdfPath, '--layout', 'inline']).code).toBe(0)
    const pdf = await readPdfText(pdfPath)
    expect(pdf.size[1]).toBeGreaterThan(pdf.size[0])

    const htmlPath = join(workDir, 'report.html')
    expect(communique(['report', join(SAMPLES, AZ), join(SAMPLES, RU), '-o', htmlPath]).code).toBe(0)
    const html = readFileSync(htmlPath, 'utf8')
    expect(html).toMatch(/^<!doctype html>/)
    expect(html.match(/<tr id="row-\d+" class="row row-/g)).toHaveLength(7)
    expect(html).toContain('<del>Aghdam district is</del>')
    expect(html).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);')
  })

  test('a 300-paragraph comparison prints whole: every paragraph’s last words are in the PDF', async () => {
    test.setTimeout(120_000) // some 85 pages
    const words = 'the Parties shall ensure the safety of citizens and goods along the corridor in both directions'.split(' ')
    const paragraphs = Array.from({ length: 300 }, (_, i) => `${i + 1}. ${Array.from({ length: 30 + (i % 50) }, (_, w) => words[(i + w) % words.length]).join(' ')} end of paragraph ${i + 1}.`)
    const edited = paragraphs.map((text, i) => (i % 7 === 0 ? text.replace('safety', 'security') : text))
    writeFileSync(join(workDir, 'long-a.txt'), `Long statement\n\n${paragraphs.join('\n\n')}`)
    writeFileSync(join(workDir, 'long-b.txt'), `Long statement, edited\n\n${edited.join('\n\n')}`)
    const output = join(workDir, 'long.pdf')
    expect(communique(['report', join(workDir, 'long-a.txt'), join(workDir, 'long-b.txt'), '-o', output]).code).toBe(0)
    const pdf = await readPdfText(output)
    const text = pdf.pageTexts.join(' ')
    const missing = paragraphs.map((_, i) => `end of paragraph ${i + 1}.`).filter((ending) => text.split(ending).length < 3)
    expect(missing).toEqual([])
    expect(pdf.pages).toBeGreaterThan(10)
    // The table of changes comes first; the comparison's column heads are printed again at the top of every page it runs onto.
    expect(pdf.pageTexts[0]).toContain('WHAT CHANGED')
    const heads = 'LEFT Long statement RIGHT Long statement, edited'
    const comparisonStarts = pdf.pageTexts.findIndex((page) => page.includes(heads))
    expect(comparisonStarts).toBeGreaterThan(0)
    // From the comparison's first page to the page of its last row (the references follow).
    const comparisonEnds = pdf.pageTexts.findLastIndex((page) => page.includes('end of paragraph 300.'))
    const pagesWithout = pdf.pageTexts.map((page, index) => (index >= comparisonStarts && index <= comparisonEnds && !page.includes(heads) ? index + 1 : 0)).filter(Boolean)
    expect(comparisonEnds - comparisonStarts).toBeGreaterThan(10)
    expect(pagesWithout).toEqual([])
  })

  test('prints on A4 or Letter, portrait or landscape, and links each change in the table to its row', async () => {
    test.setTimeout(180_000) // four PDFs, each with a browser of its own
    const sizes: [string[], [number, number]][] = [
      [['--page', 'letter', '--portrait'], [612, 792]],
      [['--page', 'letter', '--landscape'], [792, 612]],
      [['--page', 'a4', '--layout', 'inline'], [594.96, 841.92]],
      [['--landscape', '--layout', 'inline'], [841.92, 594.96]],
    ]
    for (const [args, size] of sizes) {
      const output = join(workDir, `size-${args.join('')}.pdf`)
      expect(communique(['report', join(SAMPLES, AZ), join(SAMPLES, RU), '-o', output, ...args]).code).toBe(0)
      const pdf = await readPdfText(output)
      expect(pdf.size.map(Math.round)).toEqual(size.map(Math.round))
    }
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
    const pdf = await getDocument({ data: new Uint8Array(readFileSync(join(workDir, 'size---pageletter--portrait.pdf'))) }).promise
    const annotations = (await (await pdf.getPage(1)).getAnnotations()) as { subtype: string; dest?: unknown; url?: string }[]
    const links = annotations.filter((annotation) => annotation.subtype === 'Link')
    expect(links).toHaveLength(7)
    expect(links.every((link) => link.dest !== undefined && link.dest !== null && !link.url)).toBe(true)
    await pdf.destroy()
  })

  test('writes a Word file with tracked changes that LibreOffice opens with both sides of each change', async () => {
    const output = join(workDir, 'tracked.docx')
    const { code, stderr } = communique(['report', join(SAMPLES, AZ), join(SAMPLES, RU), '-o', output])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const xml = await (await JSZip.loadAsync(readFileSync(output))).file('word/document.xml')!.async('string')
    expect(xml).toMatch(/<w:del [^>]*w:author="Communique"[^>]*><w:r><w:delText xml:space="preserve">Aghdam district is <\/w:delText>/)
    expect(xml).toMatch(/<w:ins [^>]*w:author="Communique"[^>]*><w:r><w:t xml:space="preserve">Agdam District shall be <\/w:t>/)
    test.skip(!existsSync(SOFFICE), 'LibreOffice is not installed (scripts/ensure-libreoffice.js installs it)')
    const converted = spawnSync(SOFFICE, [`-env:UserInstallation=file://${join(workDir, 'libreoffice-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', workDir, output], { encoding: 'utf8', timeout: 120_000 })
    expect(converted.status, converted.stderr).toBe(0)
    const text = (await readPdfText(join(workDir, 'tracked.pdf'))).pageTexts.join(' ')
    expect(text).toContain('Aghdam district is')
    expect(text).toContain('Agdam District shall be')
    const page = join(workDir, 'tracked-page')
    expect(spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', join(workDir, 'tracked.pdf'), page]).status).toBe(0)
    await test.info().attach('LibreOffice page 1 of the Word file', { path: `${page}-1.png`, contentType: 'image/png' })
  })

  test('a report to a folder that does not exist says so in one line, before any printing', () => {
    const { code, stdout, stderr } = communique(['report', join(SAMPLES, AZ), join(SAMPLES, RU), '-o', join(workDir, 'missing-folder', 'r.pdf')])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toBe(`communique: r.pdf could not be saved: the folder ${join(workDir, 'missing-folder')} does not exist. [NOT_FOUND]\n`)
  })

  test('without Chromium, PDF output says so in one line and points to HTML', () => {
    const { code, stderr } = communique(['report', join(SAMPLES, AZ), join(SAMPLES, RU), '-o', join(workDir, 'none.pdf')], { ...process.env, CHROMIUM_PATH: '/no/chromium' })
    expect(code).toBe(1)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toContain('No Chromium found to print PDF')
    expect(stderr).toContain('HTML')
  })
})

test.describe('reports from the app', () => {
  let host: WebHost
  test.beforeAll(async () => {
    host = await startWebHost(SAMPLES)
  })
  test.afterAll(async () => host.stop())

  test('Export PDF… and Export HTML… download the report of the comparison on screen', async ({ page }) => {
    const app = new AppPage(page)
    await page.goto(host.url)
    await app.compare(AZ, RU)

    const pdfDownload = page.waitForEvent('download')
    await app.comparison.getByTestId('report-pdf').click()
    await expect(app.comparison.getByTestId('report-progress')).toBeVisible()
    const pdfFile = join(workDir, 'from-app.pdf')
    await (await pdfDownload).saveAs(pdfFile)
    const pdf = await readPdfText(pdfFile)
    expect(pdf.pageTexts.join(' ')).toContain('Agdam District shall be')

    await app.comparison.getByTestId('report-layout').selectOption('inline')
    const htmlDownload = page.waitForEvent('download')
    await app.comparison.getByTestId('report-html').click()
    const download = await htmlDownload
    expect(download.suggestedFilename()).toBe('Comparison - 2020-11-10_trilateral-statement_az-mfa-en vs 2020-11-10_trilateral-statement_ru-mfa-en.html')
    const htmlFile = join(workDir, 'from-app.html')
    await download.saveAs(htmlFile)
    expect(readFileSync(htmlFile, 'utf8')).toContain('<body class="inline">')
  })

  test('Export Word… downloads the tracked changes; the page chosen is the page printed', async ({ page }) => {
    const app = new AppPage(page)
    await page.goto(host.url)
    await app.compare(AZ, RU)
    const docxDownload = page.waitForEvent('download')
    await app.comparison.getByTestId('report-docx').click()
    const docx = await docxDownload
    expect(docx.suggestedFilename()).toBe('Tracked changes - 2020-11-10_trilateral-statement_az-mfa-en to 2020-11-10_trilateral-statement_ru-mfa-en.docx')
    const docxFile = join(workDir, 'from-app.docx')
    await docx.saveAs(docxFile)
    const xml = await (await JSZip.loadAsync(readFileSync(docxFile))).file('word/document.xml')!.async('string')
    expect(xml).toContain('<w:delText xml:space="preserve">Aghdam district is </w:delText>')

    // The orientation follows the layout until the analyst picks one.
    await app.comparison.getByTestId('report-layout').selectOption('inline')
    await expect(app.comparison.getByTestId('report-orientation')).toHaveValue('portrait')
    await app.comparison.getByTestId('report-layout').selectOption('side-by-side')
    await expect(app.comparison.getByTestId('report-orientation')).toHaveValue('landscape')
    await app.comparison.getByTestId('report-page-size').selectOption('letter')
    await app.comparison.getByTestId('report-orientation').selectOption('portrait')
    await page.screenshot({ path: test.info().outputPath('report-menu.png') })
    const pdfDownload = page.waitForEvent('download')
    await app.comparison.getByTestId('report-pdf').click()
    const pdfFile = join(workDir, 'from-app-letter.pdf')
    await (await pdfDownload).saveAs(pdfFile)
    expect((await readPdfText(pdfFile)).size.map(Math.round)).toEqual([612, 792])
  })

  test('with three documents, the report has their columns and Export Word… says why it is off', async ({ page }) => {
    const app = new AppPage(page)
    await page.goto(host.url)
    await app.compare(SAMPLE.JANUARY_AZ, SAMPLE.JANUARY_RU, RU)
    const docxButton = app.comparison.getByTestId('report-docx')
    await expect(docxButton).toBeDisabled()
    await expect(docxButton).toHaveAttribute('title', /holds two documents/)
    const htmlDownload = page.waitForEvent('download')
    await app.comparison.getByTestId('report-html').click()
    const htmlFile = join(workDir, 'three.html')
    await (await htmlDownload).saveAs(htmlFile)
    const html = readFileSync(htmlFile, 'utf8')
    expect(html).toContain('<body class="columns">')
    expect(/<table class="rows columns"><thead>([\s\S]*?)<\/thead>/.exec(html)![1]!.match(/<th>/g)).toHaveLength(3)
  })
})

test.describe('the queue of reports', () => {
  let host: WebHost
  const folder = join(workDir, 'queue')
  const paragraphs = Array.from({ length: 300 }, (_, i) => `${i + 1}. The Parties shall ensure the safety of citizens and goods along the corridor in both directions, point ${i + 1}.`)
  test.beforeAll(async () => {
    mkdirSync(folder, { recursive: true })
    for (const name of [AZ, RU]) copyFileSync(join(SAMPLES, name), join(folder, name))
    writeFileSync(join(folder, 'long-a.txt'), `Long statement\n\n${paragraphs.join('\n\n')}`)
    writeFileSync(join(folder, 'long-b.txt'), `Long statement, edited\n\n${paragraphs.map((text, i) => (i % 7 === 0 ? text.replace('safety', 'security') : text)).join('\n\n')}`)
    host = await startWebHost(folder)
  })
  test.afterAll(async () => host.stop())

  test('a report behind others says how many are ahead, and Cancel takes it out of the queue', async ({ page, request }) => {
    const app = new AppPage(page)
    await page.goto(host.url)
    await app.compare(AZ, RU)
    // Two long reports started through the contract take both places in the queue.
    const options = { ignoreCase: false, ignorePunctuation: false, ignoreWhitespace: true, plainTypography: true, similarityThreshold: 0.3 }
    for (let i = 0; i < 2; i++) {
      const started = await request.post(`${host.origin}/api/startReport`, { headers: { 'x-communique-token': host.token }, data: { paths: ['long-a.txt', 'long-b.txt'], options, layout: 'side-by-side', page: { size: 'a4', orientation: 'landscape' }, format: 'pdf' } })
      expect(await started.json()).toMatchObject({ ok: true })
    }
    let downloads = 0
    page.on('download', () => downloads++)
    await app.comparison.getByTestId('report-pdf').click()
    await expect(app.comparison.getByTestId('report-progress')).toContainText('Waiting: 2 reports ahead')
    await app.comparison.getByTestId('report-cancel').click()
    await expect(app.comparison.getByTestId('report-notice')).toHaveText('Report cancelled')
    await expect(app.comparison.getByTestId('report-pdf')).toBeEnabled()
    expect(downloads).toBe(0)
  })
})
