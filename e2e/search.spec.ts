import { expect, test, type Page } from '@playwright/test'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AppPage } from './app-page'
import { startWebHost, type WebHost } from './web-host'

let host: WebHost
let folder: string

const FILES: Record<string, string> = {
  'trilateral-ru.txt': 'Заявление Президента Азербайджанской Республики, Премьер-министра Республики Армения и Президента Российской Федерации\n\n1. Объявляется полное прекращение огня и всех военных действий в зоне нагорно-карабахского конфликта.\n\n2. Миротворческий контингент развертывается вдоль линии соприкосновения.',
  'report-en.txt': 'Ministers meet in Moscow\n\nThe ministers discussed the ceasefire and the negotiations on the trilateral statement.\n\nA second paragraph about the prisoners of war.',
  'joint-zh.txt': '联合声明\n\n各方宣布自2020年11月10日莫斯科时间零时起在纳卡冲突地区全面停火。\n\n俄罗斯联邦总统、阿塞拜疆共和国总统和亚美尼亚共和国总理联合声明。',
  'hostile.txt': 'Hostile page\n\nThe ceasefire text <img src=x onerror="document.title=\'owned\'"> ends here.',
}

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'communique-search-e2e-'))
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(folder, name), text)
  host = await startWebHost(folder)
})
test.afterAll(async () => {
  await host.stop()
  rmSync(folder, { recursive: true, force: true })
})

async function openSearch(app: AppPage, page: Page): Promise<void> {
  await page.goto(host.url)
  // The index follows the folder's reading: wait until the documents are listed as read.
  await expect(app.document('report-en.txt').getByTestId('select-for-compare')).toBeVisible({ timeout: 20_000 })
  await page.keyboard.press('Control+Shift+F')
  await expect(page.getByTestId('search-pane')).toBeVisible()
}

async function searchFor(page: Page, query: string, expected: number): Promise<void> {
  // The index is built in the background: the same search is asked again until it is complete.
  await expect(async () => {
    await page.getByTestId('search-query').fill('')
    await page.getByTestId('search-query').fill(query)
    await expect(page.getByTestId('search-result')).toHaveCount(expected, { timeout: 1500 })
  }).toPass({ timeout: 20_000 })
}

test('Ctrl+Shift+F searches every paragraph by its word forms; the keyboard opens the reader at the paragraph', async ({ page }) => {
  const app = new AppPage(page)
  await openSearch(app, page)
  await searchFor(page, '"прекращения огня"', 1)
  const result = page.getByTestId('search-result')
  await expect(result.locator('mark')).toHaveText('прекращение огня')
  await expect(page.getByTestId('search-document')).toContainText('trilateral-ru.txt')

  await searchFor(page, 'negotiat*', 1)
  await searchFor(page, 'ceasefire', 2)
  await page.keyboard.press('ArrowDown')
  await expect(result.nth(1)).toHaveAttribute('aria-selected', 'true')
  const chosen = (await result.nth(1).innerText()).includes('ministers') ? 'Ministers meet in Moscow' : 'Hostile page'
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('search-pane')).toBeHidden()
  await expect(app.reader.getByTestId('reader-title')).toContainText(chosen)
  const cited = app.reader.locator('.reader-paragraph-cited')
  await expect(cited).toContainText('ceasefire')
  await expect(cited).toBeInViewport()
  // The keyboard goes on reading there: the reader has the focus the closed dialog returned to nothing.
  await expect(app.reader.getByTestId('reader-scroller')).toBeFocused()
})

test('Chinese is found by its words, filters narrow by language, and document text stays text', async ({ page }) => {
  const app = new AppPage(page)
  await openSearch(app, page)
  await searchFor(page, '全面停火', 1)
  await expect(page.getByTestId('search-result').locator('mark')).toHaveText('全面停火')

  await searchFor(page, 'onerror', 1)
  await expect(page.getByTestId('search-result')).toContainText('<img src=x onerror=')
  await expect(page.getByTestId('search-pane').locator('img')).toHaveCount(0)
  expect(await page.title()).not.toBe('owned')

  await searchFor(page, 'ceasefire', 2)
  await page.getByTestId('search-language').selectOption('ru')
  await expect(page.getByTestId('search-result')).toHaveCount(0)
  await expect(page.getByTestId('search-summary')).toHaveText('Nothing found.')
  await page.getByTestId('search-language').selectOption('')
  await expect(page.getByTestId('search-result')).toHaveCount(2)
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('search-pane')).toBeHidden()
})

test('a file added to the folder is found once the index has followed it', async ({ page }) => {
  const app = new AppPage(page)
  await openSearch(app, page)
  writeFileSync(join(folder, 'added.txt'), 'Added later\n\nThe peacekeepers arrived in Lachin.')
  await searchFor(page, 'peacekeepers Lachin', 1)
  await expect(page.getByTestId('search-result').locator('mark')).toHaveText(['peacekeepers', 'Lachin'])
})
