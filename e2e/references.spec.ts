import { expect, test } from '@playwright/test'
import { join } from 'node:path'
import { AppPage } from './app-page'
import { PROJECT_ROOT, SAMPLE, SAMPLES, startWebHost, type WebHost } from './web-host'

const { AZ, RU, COMMENTARY, GULF, ZAKHAROVA_RU, JANUARY_RU } = SAMPLE

const SCREENSHOTS = join(PROJECT_ROOT, 'e2e', 'screenshots')

let host: WebHost

test.beforeAll(async () => {
  host = await startWebHost(SAMPLES)
})
test.afterAll(async () => host.stop())

test('the Gulf Observer’s "4th paragraph of the Trilateral Statement" opens point 4, both renderings offered', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  await app.read(GULF)
  const link = app.reader.getByTestId('reference-link').filter({ hasText: 'the 4th paragraph of the Trilateral Statement of November 10, 2020' })
  await link.hover()
  await expect(page.getByTestId('reference-preview')).toContainText('peacekeeping contingent')
  await link.click()

  const citation = page.getByTestId('citation')
  await expect(citation.getByTestId('citation-candidate')).toHaveCount(2)
  await expect(citation).toContainText(AZ)
  const cited = citation.locator('.reader-paragraph-cited')
  await expect(cited).toHaveCount(1)
  await expect(cited.locator('.paragraph-label')).toHaveText('4')
  await expect(cited).toBeInViewport()
  await page.screenshot({ path: join(SCREENSHOTS, 'references.png') })

  await citation.getByTestId('citation-candidate').nth(1).click()
  await expect(citation).toContainText(RU)
  await expect(citation.locator('.reader-paragraph-cited .paragraph-label')).toHaveText('4')
  await expect(citation.locator('.reader-paragraph-cited')).toContainText('peacekeeping force')

  await page.keyboard.press('Alt+ArrowLeft')
  await expect(citation).toBeHidden()
  await expect(app.reader.getByTestId('reader-title')).toContainText('Azerbaijani FM meets')
})

test('the commentary’s "paragraph 3 of the trilateral statement" opens point 3, and Back returns along the trail', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  await app.read(COMMENTARY)
  await app.reader.getByTestId('reference-link').filter({ hasText: 'paragraph 3 of the trilateral statement' }).click()
  const citation = page.getByTestId('citation')
  await expect(citation.locator('.reader-paragraph-cited .paragraph-label')).toHaveText('3')
  await expect(citation.getByTestId('citation-candidate')).toHaveCount(2)

  await app.reader.getByTestId('reference-link').filter({ hasText: 'Paragraph 6 of the trilateral statement' }).click()
  await expect(citation.locator('.reader-paragraph-cited .paragraph-label')).toHaveText('6')
  await citation.getByTestId('citation-back').click()
  await expect(citation.locator('.reader-paragraph-cited .paragraph-label')).toHaveText('3')
  await citation.getByTestId('citation-close').click()
  await expect(citation).toBeHidden()
})

test('an unresolved reference says why, and the Statement lists who cites it', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  await app.read(SAMPLE.RESOLUTION)
  const unresolved = app.reader.locator('.ref-link-unresolved').filter({ hasText: 'paragraph 5 of its resolution 79/33' })
  await unresolved.hover()
  await expect(page.getByTestId('reference-preview')).toContainText('no resolution 79/33 in this folder')
  await unresolved.click()
  await expect(page.getByTestId('citation').getByTestId('citation-title')).toHaveText('Leads to no document in this folder')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('citation')).toBeHidden()

  await app.read(AZ)
  const panel = app.reader.getByTestId('references-panel')
  // The trilateral Statement, "said document", "the document" and paragraphs 1, 3, 4 and 6.
  await expect(panel.getByTestId('cited-by-document').filter({ hasText: 'No:304/21, Commentary' }).getByTestId('cited-by-entry')).toHaveCount(7)
  const fromNews = panel.getByTestId('cited-by-document').filter({ hasText: 'Azerbaijani FM meets' }).getByTestId('cited-by-entry')
  await expect(fromNews).toHaveCount(1)
  // Point 4: by the commentary and the news report (the folder's README, its notes, cites nothing).
  await expect(panel.getByTestId('most-cited')).toContainText('Most cited: 4 (2)')
  await fromNews.click()
  await expect(app.reader.getByTestId('reader-title')).toContainText('Azerbaijani FM meets')
  await expect(app.reader.locator('.reader-paragraph-cited')).toContainText('the 4th paragraph of the Trilateral Statement')
})

test('references are links inside a comparison too', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  await app.compare(COMMENTARY, GULF)
  // Rows are drawn as they come near the view: page down through the table (focused after Compare) to the link.
  const link = app.comparison.getByTestId('reference-link').filter({ hasText: 'the 4th paragraph of the Trilateral Statement' })
  for (let pages = 0; pages < 30 && (await link.count()) === 0; pages++) await page.keyboard.press('PageDown')
  await link.click()
  await expect(page.getByTestId('citation').locator('.reader-paragraph-cited .paragraph-label')).toHaveText('4')
})

test('a Russian reference, "6-м пункте трехстороннего заявления … от 9 ноября", opens point 6 of the English renderings', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  await app.filter.fill('Лачин')
  await app.read(ZAKHAROVA_RU)
  const link = app.reader.getByTestId('reference-link').filter({ hasText: '6-м пункте трехстороннего заявления' })
  await link.hover()
  await expect(page.getByTestId('reference-preview')).toContainText('2 renderings of one text fit')
  await link.click()
  const citation = page.getByTestId('citation')
  await expect(citation.getByTestId('citation-candidate')).toHaveCount(2)
  await expect(citation.locator('.reader-paragraph-cited .paragraph-label')).toHaveText('6')
  await expect(citation.locator('.reader-paragraph-cited')).toContainText('Kalbajar')
})

test('the Russian statement of 11 January 2021 cites "пункта 9 Заявления от 9 ноября 2020 года": the excerpts here stop before point 9, and it says so', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  await app.filter.fill('2021-01-11')
  await app.read(JANUARY_RU)
  const link = app.reader.getByTestId('reference-link').filter({ hasText: 'пункта 9 Заявления от 9 ноября 2020 года' }).first()
  await link.hover()
  await expect(page.getByTestId('reference-preview')).toContainText('has no point 9 here')
})
