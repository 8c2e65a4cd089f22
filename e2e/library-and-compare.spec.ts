import { expect, test } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { AppPage } from './app-page'
import { PROJECT_ROOT, SAMPLE, SAMPLES, startWebHost, type WebHost } from './web-host'

const { AZ, RU, COMMENTARY } = SAMPLE

const SCREENSHOTS = join(PROJECT_ROOT, 'e2e', 'screenshots')

let host: WebHost

test.beforeAll(async () => {
  host = await startWebHost(SAMPLES)
  mkdirSync(SCREENSHOTS, { recursive: true })
})
test.afterAll(async () => host.stop())

test('opens on the sample folder and lists its documents with title, date and paragraphs', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  await expect(app.folderName).toHaveText('samples')
  const azItem = app.document(AZ)
  await expect(azItem).toContainText('Statement by the President of the Republic of Azerbaijan')
  await expect(azItem).toContainText('10 Nov 2020')
  await expect(azItem).toContainText('7 ¶')
  await expect(app.libraryList.locator('li')).toHaveCount(10)
  // What each document is, and its language, as small tags.
  await expect(azItem.getByTestId('document-kind')).toHaveText('statement')
  await expect(azItem.getByTestId('document-language')).toHaveText('EN')
  await expect(azItem.getByTestId('document-language')).toHaveAttribute('title', 'Written in English')
  await expect(app.document(COMMENTARY).getByTestId('document-kind')).toHaveText('commentary')
  await expect(app.document('2023-09-19_gulf-observer_azerbaijani-fm-meets-turkish-fm.txt').getByTestId('document-kind')).toHaveText('news')
  await expect(app.document('2025-12-01_unga-resolution-80-37.txt').getByTestId('document-kind')).toHaveText('resolution')
  await page.locator('.library').screenshot({ path: join(SCREENSHOTS, 'library-kinds.png') })

  await app.filter.fill('charter')
  await expect(app.libraryList.locator('li')).toHaveCount(1)
  await expect(app.document('1945-06-26_un-charter-article-51.txt')).toBeVisible()
  await app.filter.fill('')
  await expect(app.libraryList.locator('li')).toHaveCount(10)
})

test('reads a document with the paragraph numbers the document gives', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  await app.read(AZ)
  await expect(app.reader.getByTestId('reader-title')).toContainText('Statement by the President')
  const pointFour = app.reader.getByTestId('paragraph-4')
  await expect(pointFour.locator('.paragraph-label')).toHaveText('4')
  await expect(pointFour).toContainText('The peacekeeping contingent of the Russian Federation is deployed in parallel')
  await expect(app.reader.getByTestId('paragraph-0').locator('.paragraph-label')).toHaveText('¶ 1')
})

test('compares the two renderings of the Trilateral Statement with marked words', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  await app.compare(AZ, RU)
  const rows = app.comparison.getByTestId('comparison-row')
  // The table draws only the rows near the view: it holds seven, none inserted or deleted.
  await expect(app.comparison.getByTestId('comparison-table')).toHaveAttribute('aria-rowcount', '7')
  await expect(app.comparison.getByTestId('kind-filter-inserted')).toHaveText(/Inserted 0/)
  await expect(app.comparison.getByTestId('kind-filter-deleted')).toHaveText(/Deleted 0/)
  const pointTwo = rows.nth(2)
  await expect(pointTwo.locator('del.mark-deleted')).toContainText(['Aghdam district is'])
  await expect(pointTwo.locator('ins.mark-inserted')).toContainText(['Agdam District shall be'])
  await expect(app.comparison.getByTestId('comparison-stats')).toContainText('7 modified')

  await page.keyboard.press('n')
  await expect(app.comparison.getByTestId('change-count')).toHaveText('1 / 7')
  await expect(rows.nth(0)).toHaveClass(/cmp-row-current/)
  const changes = app.comparison.getByTestId('change-entry')
  await expect(changes).toHaveCount(7)
  await changes.nth(3).click()
  await expect(rows.nth(3)).toHaveClass(/cmp-row-current/)
  await expect(changes.nth(3)).toContainText('3')
  await page.keyboard.press('p')
  await expect(app.comparison.getByTestId('change-count')).toHaveText('3 / 7')
  await page.screenshot({ path: join(SCREENSHOTS, 'comparison.png') })
})

test('compares a base with two others in columns aligned on the base', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  await app.compare(AZ, RU, COMMENTARY)
  await expect(app.comparison.getByTestId('multi-column')).toHaveCount(3)
  const rows = app.comparison.getByTestId('multi-row')
  // Every point of the base has its row; the commentary's own paragraphs come as insertions.
  // Rows are virtual: the table declares them all (a header and at least the seven points), draws those near the view.
  expect(Number(await app.comparison.getByTestId('comparison-table').getAttribute('aria-rowcount'))).toBeGreaterThanOrEqual(8)
  await expect(rows.filter({ has: page.locator('.multi-cell-base .paragraph-text') }).first()).toBeVisible()
  const pointTwo = rows.filter({ hasText: 'Aghdam district' }).first()
  await expect(pointTwo.locator('.multi-cell-modified ins.mark-inserted')).toContainText(['Agdam District shall be'])
  await expect(pointTwo.locator('.multi-cell-modified del.mark-deleted')).toContainText(['Aghdam district is'])
  await page.keyboard.press('n')
  await expect(app.comparison.getByTestId('change-count')).toHaveText(/^1 \/ \d+$/)
  await page.screenshot({ path: join(SCREENSHOTS, 'comparison-multi.png') })

  await app.comparison.getByTestId('make-base').first().click()
  await expect(app.comparison.getByTestId('left-title')).toContainText('Statement by the President')
  await expect(app.comparison.getByTestId('multi-column').first()).toContainText('ru-mfa')
})

test('comparison options and the document being read come back after a reload', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  await app.compare(AZ, RU)
  await app.comparison.getByTestId('option-ignoreCase').check()
  await app.read(RU)
  await page.waitForTimeout(800) // saved after a short pause, as a slider dragged saves once
  await page.reload()
  await expect(app.reader.getByTestId('reader-title')).toContainText('Statement by the President')
  await app.compare(AZ, RU)
  await expect(app.comparison.getByTestId('option-ignoreCase')).toBeChecked()
  await app.comparison.getByTestId('option-ignoreCase').uncheck()
  await page.waitForTimeout(800)
})

test('refuses a folder that does not exist with a clear message and keeps the open one', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  await app.openFolderByPath('/no/such/folder')
  const dialog = page.getByTestId('open-folder-dialog')
  await expect(dialog.getByTestId('message-banner')).toContainText('does not exist')
  await expect(dialog.getByTestId('message-banner')).toContainText('NOT_FOUND')
  await page.keyboard.press('Escape')
  await expect(app.folderName).toHaveText('samples')
})
