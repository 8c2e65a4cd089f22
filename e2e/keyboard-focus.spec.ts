import { expect, test, type Page } from '@playwright/test'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AppPage } from './app-page'
import { seriousViolations } from './axe'
import { startWebHost, type WebHost } from './web-host'

/** Paragraphs that differ on every line, so that each is a change: a long change list. */
const LONG = 300
const longText = (word: string) =>
  `Long statement\n\n${Array.from({ length: LONG }, (_, i) => `${i + 1}. Point ${i + 1} of the statement concerns the ${word} matter number ${i * 7}.`).join('\n\n')}\n`
const POINTS = ['The ceasefire is complete as of midnight.', 'The district is returned before the twentieth.', 'The contingent is deployed along the line of contact.', 'The deployment lasts five years.']
const numbered = (points: string[]) => points.map((text, i) => `${i + 1}. ${text}`).join('\n\n')

/** The little of the page's DOM the page functions below use: e2e code is typed without the DOM. */
interface PageElement {
  scrollTop: number
  contains(other: unknown): boolean
  getAttribute(name: string): string | null
  tagName: string
}
declare const document: { activeElement: PageElement | null }

let host: WebHost
let folder: string

// axe reads every node of the page: on a loaded machine a check takes tens of seconds.
test.describe.configure({ timeout: 180_000 })

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'communique-keys-'))
  writeFileSync(join(folder, 'long-a.txt'), longText('first'))
  writeFileSync(join(folder, 'long-b.txt'), longText('second'))
  writeFileSync(join(folder, 'moves-a.txt'), `Statement\n\n${numbered(POINTS)}\n`)
  writeFileSync(join(folder, 'moves-b.txt'), `Statement\n\n${numbered([POINTS[0]!, POINTS[2]!, POINTS[3]!, POINTS[1]!])}\n`)
  host = await startWebHost(folder)
})
test.afterAll(async () => {
  await host.stop()
  rmSync(folder, { recursive: true, force: true })
})

/** The test id of the element with the focus, or its tag when it has none ("BODY" when the focus is lost). */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? null)

test('the change list is one Tab stop, the arrows choose a change, and the focus stays on it as entries scroll away', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  await app.compare('long-a.txt', 'long-b.txt')
  const list = app.comparison.getByTestId('change-entries')
  const count = app.comparison.getByTestId('change-count')
  await expect(count).toHaveText(`– / ${LONG}`)
  await expect(list.locator('button, a, input, [tabindex]')).toHaveCount(0)

  await app.comparison.getByTestId('next-change').focus()
  await page.keyboard.press('Tab')
  expect(await focused(page)).toBe('change-entries')
  await page.keyboard.press('ArrowDown')
  await expect(count).toHaveText(`1 / ${LONG}`)
  await page.keyboard.press('ArrowDown')
  await expect(count).toHaveText(`2 / ${LONG}`)
  const chosen = list.locator('[aria-selected="true"]')
  await expect(chosen).toHaveAttribute('aria-posinset', '2')
  await expect(list).toHaveAttribute('aria-activedescendant', (await chosen.getAttribute('id'))!)
  await page.keyboard.press('End')
  await expect(count).toHaveText(`${LONG} / ${LONG}`)
  await page.keyboard.press('PageUp')
  await expect(count).not.toHaveText(`${LONG} / ${LONG}`)
  // The chosen entry scrolled out of the drawn rows: the focus stays on the list.
  await list.evaluate((element: PageElement) => (element.scrollTop = 0))
  await expect(list.locator(`[aria-posinset="${LONG}"]`)).toHaveCount(0)
  expect(await focused(page)).toBe('change-entries')
  await page.keyboard.press('Home')
  await expect(count).toHaveText(`1 / ${LONG}`)
  expect(await seriousViolations(page)).toEqual([])
  // One Tab leaves the list, whatever its length.
  await page.keyboard.press('Tab')
  expect(await list.evaluate((element: PageElement) => element.contains(document.activeElement))).toBe(false)
})

test('F8 works from a select, whose letters stay its own; N works from a check box', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  await app.compare('moves-a.txt', 'moves-b.txt')
  const count = app.comparison.getByTestId('change-count')
  const total = (await count.textContent())!.split('/')[1]!.trim()
  await app.comparison.getByTestId('report-layout').first().focus()
  await page.keyboard.press('F8')
  await expect(count).toHaveText(`1 / ${total}`)
  await page.keyboard.press('Shift+F8')
  await expect(count).toHaveText(`${total} / ${total}`)
  await page.keyboard.press('n')
  await expect(count).toHaveText(`${total} / ${total}`)
  await app.comparison.getByTestId('changes-only').focus()
  await page.keyboard.press('n')
  await expect(count).toHaveText(`1 / ${total}`)
})

test('after "moved to" (mouse or Enter) the keyboard is on the other end of the move, never on the page', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  await app.compare('moves-a.txt', 'moves-b.txt')
  const movedTo = app.comparison.getByTestId('moved-to')
  const movedHere = app.comparison.getByTestId('moved-here')
  await movedTo.click()
  await expect(movedHere).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(movedTo).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(movedHere).toBeFocused()
})

test('the search dialog is modal: it keeps the keyboard, blocks the view’s keys, and gives the focus back', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  await app.compare('moves-a.txt', 'moves-b.txt')
  const count = app.comparison.getByTestId('change-count')
  const table = app.comparison.getByTestId('comparison-table')
  await expect(table).toBeFocused()
  await page.keyboard.press('Control+Shift+F')
  const dialog = page.getByTestId('search-pane')
  await expect(dialog).toHaveAttribute('aria-modal', 'true')
  await expect(dialog.getByTestId('search-query')).toBeFocused()
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press(i % 4 === 3 ? 'Shift+Tab' : 'Tab')
    expect(await dialog.evaluate((element: PageElement) => element.contains(document.activeElement))).toBe(true)
  }
  await dialog.getByTestId('search-kind').focus()
  await page.keyboard.press('F8')
  await expect(count).toHaveText(/^– \//)
  expect(await seriousViolations(page)).toEqual([])
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(table).toBeFocused()
})
