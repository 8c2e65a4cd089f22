import { expect, test, type Locator, type Page } from '@playwright/test'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AppPage } from './app-page'
import { PROJECT_ROOT, SAMPLE, SAMPLES, startWebHost, type WebHost } from './web-host'

const { AZ, RU, COMMENTARY, GULF, JANUARY_AZ, JANUARY_RU } = SAMPLE
const SCREENSHOTS = join(PROJECT_ROOT, 'e2e', 'screenshots')
const MIN_TEXT_COLUMN = 250

let host: WebHost

test.beforeAll(async () => {
  host = await startWebHost(SAMPLES)
  mkdirSync(SCREENSHOTS, { recursive: true })
})
test.afterAll(async () => host.stop())

/** The narrowest text column of the pair's rows on screen, in CSS pixels. */
async function narrowestPairColumn(page: Page): Promise<number> {
  const cells = await page.locator('[data-testid="comparison-row"] .cmp-cell').all()
  expect(cells.length).toBeGreaterThan(0)
  return Math.min(...(await Promise.all(cells.map(async (cell) => (await cell.boundingBox())!.width))))
}

type Box = { x: number; y: number; width: number; height: number }
const overlap = (a: Box, b: Box): Box => {
  const x = Math.max(a.x, b.x)
  const y = Math.max(a.y, b.y)
  return { x, y, width: Math.min(a.x + a.width, b.x + b.width) - x, height: Math.min(a.y + a.height, b.y + b.height) - y }
}

/** Whether the cited document's pane covers any text column of the pair's rows, as far as the table's scroller shows them. */
async function citationCoversText(page: Page): Promise<boolean> {
  const pane = (await page.getByTestId('citation').boundingBox())!
  const scroller = (await page.locator('.cmp-scroller').boundingBox())!
  const cells = await page.locator('[data-testid="comparison-row"] .cmp-cell').all()
  const shown = (await Promise.all(cells.map(async (cell) => overlap((await cell.boundingBox())!, scroller)))).filter((box) => box.width > 0 && box.height > 0)
  expect(shown.length).toBeGreaterThan(0)
  return shown.some((box) => {
    const covered = overlap(box, pane)
    return covered.width > 0 && covered.height > 0
  })
}

/** The little of the page's DOM the page functions below use: e2e code is typed without the DOM. */
interface PageElement {
  scrollWidth: number
  clientWidth: number
  scrollLeft: number
  scrollBy(options: { left: number }): void
  contains(other: unknown): boolean
}
declare const document: { activeElement: unknown }
declare class DataTransfer {
  items: { add(file: File): void }
  setData(type: string, data: string): void
}
declare class File {
  constructor(parts: string[], name: string, options?: { type: string })
}

const scrollable = (scroller: Locator) => scroller.evaluate((element: PageElement) => element.scrollWidth - element.clientWidth)
const scrolledBy = (scroller: Locator) => scroller.evaluate((element: PageElement) => element.scrollLeft)

/** A DataTransfer made in the page, as a drop from a file manager or the desktop would carry. */
function dataTransfer(page: Page, files: { name: string; text: string }[], uriList = '') {
  return page.evaluateHandle(
    ([dropped, addresses]) => {
      const transfer = new DataTransfer()
      for (const file of dropped) transfer.items.add(new File([file.text], file.name, { type: 'text/plain' }))
      if (addresses) transfer.setData('text/uri-list', addresses)
      return transfer
    },
    [files, uriList] as const,
  )
}

const paneState = (page: Page, selector: string) => page.locator(selector).getAttribute('data-pane-state')

/** Window sizes, and 200% zoom in a 1440 × 900 window: 720 × 450 CSS pixels at two device pixels each. */
const SIZES = [
  { name: '1024x700', viewport: { width: 1024, height: 700 }, scale: 1, library: 'auto-closed', changes: 'docked' },
  { name: '1440x900', viewport: { width: 1440, height: 900 }, scale: 1, library: 'docked', changes: 'docked' },
  { name: '2560x1440', viewport: { width: 2560, height: 1440 }, scale: 1, library: 'docked', changes: 'docked' },
  { name: '1440x900-zoom200', viewport: { width: 720, height: 450 }, scale: 2, library: 'auto-closed', changes: 'auto-closed' },
] as const

for (const size of SIZES) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.scale })

    test('a pair keeps each text column at least 250 px, with a reference open too', async ({ page }) => {
      const app = new AppPage(page)
      await page.goto(host.url)
      await expect(page.getByTestId('folder-name')).toHaveText('samples')
      if ((await paneState(page, '#library-pane')) === 'auto-closed') {
        // The library folded by itself: shown over the view to tick documents, then folded again.
        await page.getByTestId('toggle-library').click()
        await expect(page.locator('#library-pane')).toHaveAttribute('data-pane-state', 'overlay')
      }
      await app.compare(COMMENTARY, GULF)
      await page.keyboard.press('Escape')
      expect(await paneState(page, '#library-pane')).toBe(size.library)
      expect(await paneState(page, '[data-testid="change-list"]')).toBe(size.changes)
      expect(await narrowestPairColumn(page)).toBeGreaterThanOrEqual(MIN_TEXT_COLUMN)
      // The header leaves the text most of the height, at 200% zoom too.
      const firstRow = await page.getByTestId('comparison-row').first().boundingBox()
      expect(firstRow!.y).toBeLessThan(size.viewport.height * 0.5)
      await page.screenshot({ path: join(SCREENSHOTS, `layout-pair-${size.name}.png`) })

      // Rows are drawn as they come near the view: page down through the table (focused after Compare) to the link.
      const link = app.comparison.getByTestId('reference-link').filter({ hasText: 'the 4th paragraph of the Trilateral Statement' })
      for (let pages = 0; pages < 30 && (await link.count()) === 0; pages++) await page.keyboard.press('PageDown')
      await link.click()
      const citation = page.getByTestId('citation')
      await expect(citation.locator('.reader-paragraph-cited .paragraph-label')).toHaveText('4')
      // In the change list's place or below the table, never over the text: both columns stay wide enough.
      expect(await narrowestPairColumn(page)).toBeGreaterThanOrEqual(MIN_TEXT_COLUMN)
      expect(await citationCoversText(page)).toBe(false)
      // Readable: as wide as the change list's place at least, or the view's whole width below the table.
      expect((await citation.boundingBox())!.width).toBeGreaterThanOrEqual(300)
      await page.screenshot({ path: join(SCREENSHOTS, `layout-pair-citation-${size.name}.png`) })
      // Folded by its key, the citation kept: the same key brings it back.
      await page.keyboard.press('Control+Shift+Digit3')
      await expect(citation).toBeHidden()
      await page.keyboard.press('Control+Shift+Digit3')
      await expect(citation).toBeVisible()
      if ((await paneState(page, '[data-testid="change-list"]')) === 'replaced') {
        // The change list's button brings it back to its place, the citation folded.
        await page.getByTestId('toggle-changes').click()
        await expect(page.getByTestId('change-list')).toBeVisible()
        await expect(citation).toBeHidden()
      }
    })

    test('several documents scroll sideways under a fixed base column', async ({ page }) => {
      const app = new AppPage(page)
      await page.goto(host.url)
      await expect(page.getByTestId('folder-name')).toHaveText('samples')
      if ((await paneState(page, '#library-pane')) === 'auto-closed') await page.getByTestId('toggle-library').click()
      await app.compare(AZ, RU, JANUARY_AZ, JANUARY_RU)
      await page.keyboard.press('Escape')
      const columns = page.getByTestId('multi-column')
      for (const column of await columns.all()) expect((await column.boundingBox())!.width).toBeGreaterThanOrEqual(MIN_TEXT_COLUMN)
      const scroller = page.locator('.cmp-scroller')
      const base = columns.first()
      const before = await base.boundingBox()
      if ((await scrollable(scroller)) > 0) {
        await scroller.evaluate((element: PageElement) => element.scrollBy({ left: 400 }))
        await expect.poll(() => scrolledBy(scroller)).toBeGreaterThan(0)
        expect((await base.boundingBox())?.x).toBeCloseTo(before!.x, 0)
        // The columns slide under the base, not under the change list.
        const changeList = await page.getByTestId('change-list').boundingBox()
        const last = await columns.last().boundingBox()
        if (changeList && (await paneState(page, '[data-testid="change-list"]')) === 'docked') expect(last!.x + last!.width).toBeLessThanOrEqual(changeList.x + 1)
      }
      await page.screenshot({ path: join(SCREENSHOTS, `layout-multi-${size.name}.png`) })
    })
  })
}

test.describe('at 200% zoom in 1440 × 900', () => {
  test.use({ viewport: { width: 720, height: 450 }, deviceScaleFactor: 2 })

  test('the header of several documents overlaps nothing: its side label, title and report controls each have their own room', async ({ page }) => {
    const app = new AppPage(page)
    await page.goto(host.url)
    await expect(page.getByTestId('folder-name')).toHaveText('samples')
    await page.getByTestId('toggle-library').click()
    await app.compare(AZ, RU, JANUARY_AZ)
    await page.keyboard.press('Escape')
    const header = page.locator('.cmp-header-multi')
    const parts = [header.locator('.cmp-side'), header.getByTestId('left-title'), ...(await header.getByTestId('report-menu').locator('label, button').all())]
    const boxes = (await Promise.all(parts.map((part) => part.boundingBox()))).filter((box): box is Box => box !== null && box.width > 0)
    expect(boxes.length).toBeGreaterThan(4)
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const shared = overlap(a, b)
        expect(shared.width > 0.5 && shared.height > 0.5, `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`).toBe(false)
      }
      // Inside the window: nothing is pushed out of reach.
      expect(a.x).toBeGreaterThanOrEqual(0)
      expect(a.x + a.width).toBeLessThanOrEqual(720 + 0.5)
    }
    await header.screenshot({ path: join(SCREENSHOTS, 'layout-multi-header-zoom200.png') })
  })
})

test('panes fold by button and key, and a choice is remembered', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  await app.compare(AZ, RU)
  const library = page.locator('#library-pane')
  const changes = page.getByTestId('change-list')
  await page.keyboard.press('Control+Shift+Digit1')
  await expect(library).toBeHidden()
  await expect(page.getByTestId('toggle-library')).toHaveAttribute('aria-pressed', 'false')
  await expect(page.getByTestId('toggle-library')).toHaveAttribute('title', /Ctrl\+Shift\+1/)
  await page.getByTestId('toggle-changes').click()
  await expect(changes).toBeHidden()
  await page.keyboard.press('Control+Shift+Digit2')
  await expect(changes).toBeVisible()
  // Saved after a short pause; a new page (and a new run of the host) finds it.
  await page.waitForTimeout(800)
  await page.reload()
  await expect(page.getByTestId('folder-name')).toHaveText('samples')
  await expect(library).toBeHidden()
  await page.keyboard.press('Control+Shift+Digit1')
  await expect(library).toBeVisible()
  await page.waitForTimeout(800)
})

test('a "Not found" from the folder dialog goes with Cancel, and the dialog keeps and returns the focus', async ({ page }) => {
  await page.goto(host.url)
  const opener = page.getByTestId('open-folder')
  await opener.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByTestId('open-folder-dialog')
  await expect(dialog).toHaveAttribute('aria-modal', 'true')
  await expect(dialog.getByTestId('folder-path')).toBeFocused()
  await dialog.getByTestId('folder-path').fill('/no/such/folder')
  await dialog.getByTestId('folder-open-submit').click()
  await expect(dialog.getByTestId('message-banner')).toContainText('Not found')
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab')
    expect(await dialog.evaluate((element: PageElement) => element.contains(document.activeElement))).toBe(true)
  }
  await dialog.getByTestId('folder-open-cancel').click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('message-banner')).toHaveCount(0)
  await expect(opener).toBeFocused()
})

test('the keyboard help lists the keys and closes with Escape', async ({ page }) => {
  await page.goto(host.url)
  await expect(page.getByTestId('folder-name')).toHaveText('samples')
  await page.keyboard.press('F1')
  const help = page.getByTestId('keyboard-help')
  await expect(help).toContainText('Show or hide the library')
  await expect(help).toContainText('Ctrl+Shift+1')
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()
})

test('dropping files of the open folder compares them; dropping a folder by its file:// address opens it', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  await expect(app.document(RU).getByTestId('select-for-compare')).toBeVisible({ timeout: 20_000 })
  // A browser gives the page the dropped files' names and contents, not where they are: they are found in the open folder.
  const files = [AZ, RU].map((name) => ({ name, text: readFileSync(join(SAMPLES, name), 'utf8') }))
  const ofTheFolder = await dataTransfer(page, files)
  await page.dispatchEvent('.app-body', 'dragover', { dataTransfer: ofTheFolder })
  await page.dispatchEvent('.app-body', 'drop', { dataTransfer: ofTheFolder })
  await expect(app.comparison.getByTestId('comparison-row').first()).toBeVisible()
  await expect(app.comparison.getByTestId('left-title')).toContainText('Statement by the President')

  // A file not in the open folder: said why, nothing else changes.
  const stranger = await dataTransfer(page, [{ name: 'elsewhere.txt', text: 'x' }, { name: 'other.txt', text: 'y' }])
  await page.dispatchEvent('.app-body', 'drop', { dataTransfer: stranger })
  await expect(page.getByTestId('open-notice')).toContainText('elsewhere.txt is not in the open folder')
  await page.getByTestId('open-notice').getByTestId('banner-dismiss').click()
  await expect(page.getByTestId('open-notice')).toHaveCount(0)

  // A drag that carries file:// addresses (a file manager's): the host opens the folder.
  const other = mkdtempSync(join(tmpdir(), 'communique-drop-'))
  writeFileSync(join(other, 'one.txt'), 'First statement.\n\nIt has two paragraphs.')
  const byAddress = await dataTransfer(page, [], `file://${encodeURI(other)}`)
  await page.dispatchEvent('.app-body', 'drop', { dataTransfer: byAddress })
  await expect(page.getByTestId('folder-name')).toHaveText(other.split('/').pop()!)
  await expect(app.document('one.txt')).toBeVisible()
  await app.openFolderByPath(SAMPLES)
  await expect(page.getByTestId('folder-name')).toHaveText('samples')
})
