import { expect, test } from '@playwright/test'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AppPage } from './app-page'
import { PROJECT_ROOT, startWebHost, type WebHost } from './web-host'

const FIXTURES = join(PROJECT_ROOT, 'src', 'core', 'text', 'fixtures')
const SCREENSHOTS = join(PROJECT_ROOT, 'e2e', 'screenshots')
/** The UN Charter, chapters and articles; and a statement of nine numbered points, without headings. */
const CHARTER = 'un-charter_en.txt'
const STATEMENT = 'trilateral-2020-11-10_en.txt'

let folder: string
let host: WebHost

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'communique-outline-'))
  for (const name of [CHARTER, STATEMENT]) copyFileSync(join(FIXTURES, name), join(folder, name))
  host = await startWebHost(folder)
})
test.afterAll(async () => {
  await host.stop()
  rmSync(folder, { recursive: true, force: true })
})

test('the Charter’s chapters and articles, by keyboard: Enter on an entry shows and marks its heading', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const app = new AppPage(page)
  await page.goto(host.url)
  await app.read(CHARTER)

  const outline = app.reader.getByTestId('reader-outline')
  const toggle = outline.getByTestId('outline-toggle')
  const entries = outline.getByTestId('outline-entry')
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await expect(entries.first()).toContainText('CHAPTER I')
  await expect(entries.first()).toContainText('PURPOSES AND PRINCIPLES')
  await expect(entries.filter({ hasText: /^Article 51$/ })).toHaveCount(1)

  await toggle.focus()
  await page.keyboard.press('Tab')
  await expect(entries.first()).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(entries.nth(1)).toBeFocused()
  await expect(entries.nth(1)).toHaveText('Article 1')

  const article51 = entries.filter({ hasText: /^Article 51$/ })
  await article51.focus()
  await page.keyboard.press('Enter')
  const marked = app.reader.locator('.reader-paragraph-cited')
  await expect(marked).toHaveCount(1)
  await expect(marked).toContainText('Article 51')
  await expect(marked).toBeInViewport()
  await expect(article51).toHaveAttribute('aria-current', 'location')
  await page.screenshot({ path: join(SCREENSHOTS, 'reader-outline-1440.png') })

  await toggle.focus()
  await page.keyboard.press('Enter')
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(entries.first()).toBeHidden()

  await app.read(STATEMENT)
  await expect(app.reader.getByTestId('reader-outline')).toHaveCount(0)
})

test('in a narrow window the contents open over the text and close once an entry is chosen', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  const app = new AppPage(page)
  await page.goto(host.url)
  await app.read(CHARTER)

  const toggle = app.reader.getByTestId('outline-toggle')
  const entries = app.reader.getByTestId('outline-entry')
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await toggle.focus()
  await page.keyboard.press('Enter')
  await expect(entries.first()).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOTS, 'reader-outline-1024.png') })
  await page.keyboard.press('Escape')
  await expect(entries.first()).toBeHidden()
  await expect(toggle).toBeFocused()

  await page.keyboard.press('Enter')
  const chapter7 = entries.filter({ hasText: 'ACTION WITH RESPECT TO THREATS' })
  await chapter7.focus()
  await page.keyboard.press('Enter')
  await expect(entries.first()).toBeHidden()
  await expect(toggle).toBeFocused()
  const marked = app.reader.locator('.reader-paragraph-cited')
  await expect(marked).toContainText('CHAPTER VII: ACTION WITH RESPECT TO THREATS')
  await expect(marked).toBeInViewport()
})
