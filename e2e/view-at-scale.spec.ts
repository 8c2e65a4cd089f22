import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { editDocument } from '../src/bench/generate'
import { VIEW_PAIR_FILES, viewPair, writeViewPair } from '../src/bench/view'
import { AppPage } from './app-page'
import { PROJECT_ROOT, startWebHost, type WebHost } from './web-host'

/**
 * The comparison view on a 100k-word pair (about 2,000 rows, over 1,000 changes) at a small and
 * a common window size: only rows near the view are drawn, and every way of going to a change
 * lands its row in view.
 */

const SCREENSHOTS = join(PROJECT_ROOT, 'e2e', 'screenshots')
const MAX_DRAWN_ROWS = 60
const THIRD = 'statement-third.txt'

let folder: string
let host: WebHost

test.beforeAll(async () => {
  folder = await writeViewPair(100_000)
  // A third version, for the multi-document view.
  writeFileSync(join(folder, THIRD), editDocument(viewPair(100_000)[0], 0.1, 7).join('\n\n'))
  host = await startWebHost(folder)
  mkdirSync(SCREENSHOTS, { recursive: true })
})
test.afterAll(async () => {
  await host.stop()
  rmSync(folder, { recursive: true, force: true })
})

/** Whether a box stands in the scroller's view: wholly, or from its top when taller than the view. */
async function inView(box: Locator, scroller: Locator): Promise<boolean> {
  const [rect, view] = await Promise.all([box.boundingBox(), scroller.boundingBox()])
  if (!rect || !view) return false
  return rect.y >= view.y - 1 && Math.min(rect.y + rect.height, rect.y + view.height) <= view.y + view.height + 1
}

/** The current change's row lands in view (below a sticky header, if any) and stays there. */
async function expectLanded(page: Page): Promise<void> {
  const table = page.getByTestId('comparison-table')
  const current = table.locator('.cmp-row-current')
  const landed = async (): Promise<boolean> => {
    const sticky = table.locator('[data-sticky-header]')
    const header = (await sticky.count()) ? await sticky.boundingBox() : null
    const box = await current.boundingBox()
    return (await inView(current, table)) && (!header || !box || box.y >= header.y + header.height - 1)
  }
  await expect.poll(landed, { timeout: 10_000 }).toBe(true)
  await page.waitForTimeout(250)
  expect(await landed()).toBe(true)
  await expect(current).toHaveCount(1)
}

/** Serious and critical accessibility problems axe-core finds in the table and the change list. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Colours are the stylesheet's, checked on every view by the accessibility suite; here: roles, names, structure.
  const results = await new AxeBuilder({ page })
    .include('[data-testid="comparison-table"]')
    .include('[data-testid="change-list"]')
    .disableRules(['color-contrast'])
    .analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)
}

/** Scrolls the change list to the k-th change (0-based), as a user would, and clicks it. */
async function chooseChange(page: Page, k: number): Promise<void> {
  const entry = page.getByTestId('change-entries').locator(`li[aria-posinset="${k + 1}"] button`)
  await expect
    .poll(async () => {
      // Where the entry is by the list's average entry height; a few tries as entries are measured.
      await page.evaluate(`{
        const list = document.querySelector('[data-testid="change-entries"]')
        const count = Number(list.querySelector('li').getAttribute('aria-setsize'))
        list.scrollTop = (list.scrollHeight / count) * ${k} - list.clientHeight / 2
      }`)
      return entry.count()
    })
    .toBe(1)
  await entry.click()
}

async function changeCount(page: Page): Promise<number> {
  const text = await page.getByTestId('change-count').textContent()
  return Number(/\/ (\d+)/.exec(text ?? '')?.[1])
}

for (const viewport of [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport })

    test('a 100k-word comparison draws only rows near the view and lands every change it goes to', async ({ page }) => {
      test.setTimeout(180_000)
      const app = new AppPage(page)
      await page.goto(host.url)

      // Tick both with the keyboard and compare with Ctrl+Enter: focus goes to the table, so N works at once.
      // The library is one list box: its cursor moves by arrows, Space ticks the document under it.
      await app.libraryList.focus()
      for (const file of VIEW_PAIR_FILES) {
        const box = app.document(file).getByTestId('select-for-compare')
        await expect(box).toBeVisible({ timeout: 60_000 })
        const option = await app.document(file).getAttribute('id')
        await page.keyboard.press('Home')
        for (let moves = 0; moves < 5 && (await app.libraryList.getAttribute('aria-activedescendant')) !== option; moves++) await page.keyboard.press('ArrowDown')
        await page.keyboard.press('Space')
        await expect(box).toBeChecked()
      }
      await page.keyboard.press('Control+Enter')
      const table = app.comparison.getByTestId('comparison-table')
      await expect(app.comparison.getByTestId('comparison-row').first()).toBeVisible({ timeout: 120_000 })
      await expect(table).toBeFocused()

      const rowCount = Number(await table.getAttribute('aria-rowcount'))
      expect(rowCount).toBeGreaterThan(1_500)
      const changes = await changeCount(page)
      expect(changes).toBeGreaterThan(1_000)
      expect(await app.comparison.getByTestId('comparison-row').count()).toBeLessThanOrEqual(MAX_DRAWN_ROWS)
      expect(await app.comparison.getByTestId('change-entry').count()).toBeLessThanOrEqual(MAX_DRAWN_ROWS)

      await page.keyboard.press('n')
      await expect(app.comparison.getByTestId('change-count')).toHaveText(`1 / ${changes}`)
      await expectLanded(page)
      // Caps Lock: the same letter, upper case.
      await page.keyboard.press('N')
      await expect(app.comparison.getByTestId('change-count')).toHaveText(`2 / ${changes}`)
      await expectLanded(page)
      await page.keyboard.press('Shift+F8')
      await expect(app.comparison.getByTestId('change-count')).toHaveText(`1 / ${changes}`)
      // From the first change back to the last: the far end of the document.
      await page.keyboard.press('p')
      await expect(app.comparison.getByTestId('change-count')).toHaveText(`${changes} / ${changes}`)
      await expectLanded(page)

      for (const k of [300, 700, 1000]) {
        await chooseChange(page, k - 1)
        await expect(app.comparison.getByTestId('change-count')).toHaveText(`${k} / ${changes}`)
        await expectLanded(page)
        // The drawn row is the chosen change's: its index in the table is past the rows before it.
        const index = Number(await table.locator('.cmp-row-current').getAttribute('aria-rowindex'))
        expect(index).toBeGreaterThanOrEqual(k)
        await page.keyboard.press('F8')
        await expect(app.comparison.getByTestId('change-count')).toHaveText(`${k + 1} / ${changes}`)
        await expectLanded(page)
        await page.keyboard.press('P')
        await expect(app.comparison.getByTestId('change-count')).toHaveText(`${k} / ${changes}`)
        await expectLanded(page)
        expect(await app.comparison.getByTestId('comparison-row').count()).toBeLessThanOrEqual(MAX_DRAWN_ROWS)
      }
      await page.screenshot({ path: join(SCREENSHOTS, `view-at-scale-${viewport.width}x${viewport.height}.png`) })

      expect(await seriousViolations(page)).toEqual([])

      // A moved paragraph's jump lands on where it stands on the right.
      const jump = table.getByTestId('moved-to').first()
      for (let tries = 0; tries < 200 && (await jump.count()) === 0; tries++) await page.keyboard.press('n')
      await jump.click()
      const target = table.locator('.cmp-row-target')
      await expect.poll(() => inView(target, table), { timeout: 10_000 }).toBe(true)
    })
  })
}

test.describe('the multi-document view', () => {
  test.use({ viewport: { width: 1440, height: 900 } })

  test('draws only rows near the view and lands changes below its sticky header', async ({ page }) => {
    test.setTimeout(180_000)
    const app = new AppPage(page)
    await page.goto(host.url)
    for (const file of [...VIEW_PAIR_FILES, THIRD]) await app.document(file).getByTestId('select-for-compare').check({ timeout: 60_000 })
    await page.getByTestId('compare-selected').click()
    const table = app.comparison.getByTestId('comparison-table')
    await expect(app.comparison.getByTestId('multi-row').first()).toBeVisible({ timeout: 120_000 })
    expect(Number(await table.getAttribute('aria-rowcount'))).toBeGreaterThan(1_500)
    expect(await app.comparison.getByTestId('multi-row').count()).toBeLessThanOrEqual(MAX_DRAWN_ROWS)
    const changes = await changeCount(page)
    for (const k of [300, Math.min(1000, changes)]) {
      await chooseChange(page, k - 1)
      await expect(app.comparison.getByTestId('change-count')).toHaveText(`${k} / ${changes}`)
      await expectLanded(page)
      await page.keyboard.press('n')
      await expect(app.comparison.getByTestId('change-count')).toHaveText(`${k + 1} / ${changes}`)
      await expectLanded(page)
    }
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: join(SCREENSHOTS, 'view-at-scale-multi.png') })
  })
})
