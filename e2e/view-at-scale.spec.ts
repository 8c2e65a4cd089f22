import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { VIEW_PAIR_FILES, VIEW_THIRD_FILE, writeViewPair } from '../src/bench/view'
import { AppPage } from './app-page'
import { scriptsOf, windowAndWorker } from './page-scripts'
import { PROJECT_ROOT, startWebHost, type WebHost } from './web-host'

/**
 * The comparison view on a 100k-word pair (about 2,000 rows, over 1,000 changes) at a small and
 * a common window size: only rows near the view are drawn, and every way of going to a change
 * lands its row in view.
 */

const SCREENSHOTS = join(PROJECT_ROOT, 'e2e', 'screenshots')
const MAX_DRAWN_ROWS = 60

let folder: string
let host: WebHost

test.beforeAll(async () => {
  // The pair and a third version, for the multi-document view.
  folder = await writeViewPair(100_000)
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
  const entry = page.getByTestId('change-entries').locator(`li[aria-posinset="${k + 1}"]`)
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
    const scripts = scriptsOf(page)
    await page.addInitScript(RECORD_PROGRESS)
    await page.goto(host.url)
    for (const file of [...VIEW_PAIR_FILES, VIEW_THIRD_FILE]) await app.document(file).getByTestId('select-for-compare').check({ timeout: 60_000 })
    await page.getByTestId('compare-selected').click()
    const table = app.comparison.getByTestId('comparison-table')
    await expect(app.comparison.getByTestId('multi-row').first()).toBeVisible({ timeout: 120_000 })
    // The bar moved through the reading and each comparison, not from 0 straight to the end.
    const progress = await page.evaluate<number[]>('window.__progress')
    expect(progress.filter((value) => value > 0 && value < 100).length).toBeGreaterThanOrEqual(5)
    expect([...progress].sort((a, b) => a - b)).toEqual(progress)
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
    await followMoveBothWays(page)

    // The grid was laid out by the comparison worker: only its script holds the layout, the window's cannot align.
    const { window, worker } = await windowAndWorker(scripts)
    expect(worker.map((text) => text.includes('function layOutOnBase('))).toEqual([true])
    expect(window.length).toBeGreaterThan(0)
    expect(window.filter((text) => /function (layOutOnBase|alignOnBase)\(/.test(text))).toEqual([])
  })
})

/** Each value the comparison's progress bar shows, as it changes. */
const RECORD_PROGRESS = `
  window.__progress = []
  new MutationObserver(() => {
    const bar = document.querySelector('[data-testid="comparing"] [role="progressbar"]')
    const value = bar && Number(bar.getAttribute('aria-valuenow'))
    if (bar && value !== window.__progress.at(-1)) window.__progress.push(value)
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'] })
`

/** A text as a pattern that matches only it. */
const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The row a move's link landed on: in view, outlined, focused, and showing a marker of the move's other end. */
async function expectMoveLanded(page: Page, otherEnd: RegExp): Promise<void> {
  const table = page.getByTestId('comparison-table')
  const target = table.locator('.cmp-row-target')
  await expect.poll(() => inView(target, table), { timeout: 10_000 }).toBe(true)
  await expect(target).toBeFocused()
  await expect(target.getByRole('button', { name: otherEnd })).toHaveCount(1)
}

/**
 * From a paragraph that moved in one of the documents: its "moved to ¶ N" in the row goes to
 * where it stands now, whose "¶ N moved here from ¶ M" (by keyboard) comes back; the change
 * list's link for the current change goes there too.
 */
async function followMoveBothWays(page: Page): Promise<void> {
  const table = page.getByTestId('comparison-table')
  await table.focus()
  const movedTo = table.locator('.cmp-row-current').getByTestId('moved-to')
  for (let tries = 0; tries < 300 && (await movedTo.count()) === 0; tries++) await page.keyboard.press('n')
  const link = movedTo.first()
  const text = (await link.textContent())!.trim()
  const now = escaped(/^moved to (.+) ↗$/.exec(text)![1]!)
  const origin = await table.locator('.cmp-row-current').getAttribute('data-row')
  await link.click()
  await expectMoveLanded(page, new RegExp(`^${now} moved here from .+ ↖$`))

  const back = table.locator('.cmp-row-target').getByRole('button', { name: new RegExp(`^${now} moved here from`) })
  await back.focus()
  await page.keyboard.press('Enter')
  await expectMoveLanded(page, new RegExp(`^${escaped(text)}$`))
  expect(await table.locator('.cmp-row-target').getAttribute('data-row')).toBe(origin)

  // Beside the list, the current change's moved paragraphs: where each went, in which document.
  const listed = page.getByTestId('change-list').getByTestId('change-moved-to')
  const there = listed.filter({ hasText: new RegExp(`moved to ${now} in Document \\d ↗`) })
  await expect(there).toHaveCount(1)
  await there.click()
  await expectMoveLanded(page, new RegExp(`^${now} moved here from .+ ↖$`))
  await page.screenshot({ path: join(SCREENSHOTS, 'view-at-scale-multi-move.png') })
}

/**
 * The paragraphs of the first row in view (below a sticky header), each cell's text from its
 * start: the table is marked, so that a table mounted anew has lost the mark.
 */
const FIRST_VISIBLE = `(() => {
  const scroller = document.querySelector('[data-testid="comparison-table"]')
  const sticky = scroller.querySelector('[data-sticky-header]')
  const top = (sticky ?? scroller).getBoundingClientRect()[sticky ? 'bottom' : 'top']
  const row = [...scroller.querySelectorAll('[role="row"][data-index]')].find((row) => row.getBoundingClientRect().bottom > top + 1)
  const cells = [...row.querySelectorAll('[role="cell"], [role="rowheader"]')].map((cell) => cell.innerText.replace(/\\s+/g, ' ').trim().slice(0, 80))
  return { cells: cells.filter((text) => text.length > 20).sort(), kept: scroller.dataset.kept === 'yes' }
})()`

/** The current change's row: its cells' texts, each from its start, in order (the sides may have swapped). */
const CURRENT_ROW = `[...document.querySelectorAll('[data-testid="comparison-table"] .cmp-row-current [role="cell"], [data-testid="comparison-table"] .cmp-row-current [role="rowheader"]')]
  .map((cell) => cell.innerText.replace(/\\s+/g, ' ').trim().slice(0, 80)).filter((text) => text.length > 20).sort()`

/** Goes to the current change again (next, then previous) and tells what its row shows. */
async function currentChangeCells(page: Page): Promise<string[]> {
  await page.keyboard.press('n')
  await page.keyboard.press('p')
  await expectLanded(page)
  return page.evaluate<string[]>(CURRENT_ROW)
}

/** Scrolls the table to about the middle, marks it, and tells what is read at the top of the view. */
async function readInTheMiddle(page: Page): Promise<string[]> {
  await page.evaluate(`{
    const scroller = document.querySelector('[data-testid="comparison-table"]')
    scroller.scrollTop = scroller.scrollHeight / 2
    scroller.dataset.kept = 'yes'
  }`)
  await page.waitForTimeout(500)
  return (await page.evaluate<{ cells: string[] }>(FIRST_VISIBLE)).cells
}

/** Waits for a comparison to end and checks that the same table shows the same paragraphs at the top. */
async function expectSamePlace(page: Page, before: string[], sameCells: (now: string[]) => void): Promise<void> {
  await expect(page.getByTestId('comparison')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 })
  await page.waitForTimeout(500)
  const now = await page.evaluate<{ cells: string[]; kept: boolean }>(FIRST_VISIBLE)
  expect(now.kept).toBe(true)
  expect(before.length).toBeGreaterThan(0)
  sameCells(now.cells)
}

test.describe('comparing again', () => {
  test.use({ viewport: { width: 1440, height: 900 } })

  test('an option, a swap or a new base keeps the table and the paragraph read at the top of the view', async ({ page }) => {
    test.setTimeout(180_000)
    const app = new AppPage(page)
    await page.goto(host.url)
    await app.compare(...VIEW_PAIR_FILES)
    const stats = await app.comparison.getByTestId('comparison-stats').textContent()
    // A change chosen far down: it stays the current one through the option and the swap.
    await chooseChange(page, 499)
    const changeCount = app.comparison.getByTestId('change-count')
    await expect(changeCount).toHaveText(/^500 \/ \d+$/)
    const chosen = await currentChangeCells(page)
    expect(chosen.length).toBeGreaterThan(0)

    let before = await readInTheMiddle(page)
    await app.comparison.getByTestId('option-ignoreCase').check()
    await expect(app.comparison.getByTestId('comparing')).toHaveCount(0)
    await expectSamePlace(page, before, (now) => expect(now).toEqual(before))
    await expect(app.comparison.getByTestId('comparison-stats')).not.toHaveText(stats ?? '')
    await expect(changeCount).toHaveText(/^\d+ \/ \d+$/)
    expect(await currentChangeCells(page)).toEqual(chosen)

    before = await readInTheMiddle(page)
    await app.comparison.getByTestId('swap-sides').click()
    // The paragraphs are the same, each on the other side.
    await expectSamePlace(page, before, (now) => expect(now).toEqual(before))
    await expect(app.comparison.getByTestId('left-title')).toBeVisible()
    await expect(changeCount).toHaveText(/^\d+ \/ \d+$/)
    expect(await currentChangeCells(page)).toEqual(chosen)

    await app.document(VIEW_THIRD_FILE).getByTestId('select-for-compare').check()
    await page.getByTestId('compare-selected').click()
    await expect(app.comparison.getByTestId('multi-row').first()).toBeVisible({ timeout: 60_000 })
    before = await readInTheMiddle(page)
    await app.comparison.getByTestId('make-base').first().click()
    // The base paragraph read is still at the top, now in its document's column.
    await expectSamePlace(page, before, (now) => expect(now).toContain(before[0]))
  })
})
