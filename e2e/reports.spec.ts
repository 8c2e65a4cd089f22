import { expect, test } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AppPage } from './app-page'
import { readPdfText } from './pdf-text'
import { PROJECT_ROOT, SAMPLE, SAMPLES, startWebHost, type WebHost } from './web-host'

const { AZ, RU } = SAMPLE

function communique(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'communique.js'), ...args], { encoding: 'utf8', env })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const workDir = mkdtempSync(join(tmpdir(), 'communique-reports-'))

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
    expect(html.match(/<div class="row row-(?!head)/g)).toHaveLength(7)
    expect(html).toContain('<del>Aghdam district is</del>')
    expect(html).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);')
  })

  test('a 300-paragraph comparison prints whole: every paragraph’s last words are in the PDF', async () => {
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
    expect(download.suggestedFilename()).toMatch(/^Comparison - Statement by the President.*\.html$/)
    const htmlFile = join(workDir, 'from-app.html')
    await download.saveAs(htmlFile)
    expect(readFileSync(htmlFile, 'utf8')).toContain('<body class="inline">')
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
      const started = await request.post(`${host.origin}/api/startReport`, { headers: { 'x-communique-token': host.token }, data: { paths: ['long-a.txt', 'long-b.txt'], options, layout: 'side-by-side', format: 'pdf' } })
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
