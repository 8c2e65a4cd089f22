import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { wordsEdited } from '../src/bench/generate'
import { AppPage } from './app-page'
import { PROJECT_ROOT, SAMPLE, SAMPLES, startWebHost, type WebHost } from './web-host'

/** Find, changes only, the kind filter and the overview ruler, on the samples and on a pair of 100,000 words. */

const { AZ, COMMENTARY } = SAMPLE
const SCREENSHOTS = join(PROJECT_ROOT, 'e2e', 'screenshots')
const LARGE_LEFT = 'large-left.txt'
const LARGE_RIGHT = 'large-right.txt'
const HOSTILE = 'hostile.txt'
/** Where the large pair carries a word its vocabulary lacks, in three spellings: five matches in all. */
const PLANTED_LEFT = [10, 300, 800]
const PLANTED_RIGHT: [number, string][] = [
  [500, 'ZANGEZUR'],
  [900, 'Zangézur'],
]

let samples: WebHost
let large: WebHost
let largeFolder: string

function writeLargePair(folder: string): void {
  const pair = wordsEdited(100_000, 0.01, 20201110)
  expect(pair.left.length).toBeGreaterThan(900)
  for (const at of PLANTED_LEFT) pair.left[at] += ' Zangezur'
  for (const [at, spelling] of PLANTED_RIGHT) pair.right[at] += ` ${spelling}`
  writeFileSync(join(folder, LARGE_LEFT), `Large statement\n\n${pair.left.join('\n\n')}\n`)
  writeFileSync(join(folder, LARGE_RIGHT), `Large statement\n\n${pair.right.join('\n\n')}\n`)
  // Text that would be markup if it were ever put in the page as HTML.
  writeFileSync(join(folder, HOSTILE), 'Hostile text\n\nA paragraph with <img src=x onerror="window.pwned=1"> and <b>bold</b> in it.\n')
}

test.beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true })
  largeFolder = mkdtempSync(join(tmpdir(), 'communique-review-'))
  writeLargePair(largeFolder)
  samples = await startWebHost(SAMPLES)
  large = await startWebHost(largeFolder)
})
test.afterAll(async () => {
  await samples.stop()
  await large.stop()
  rmSync(largeFolder, { recursive: true, force: true })
})

/** How often a word stands in a sample, counted with no code of ours (the samples are ASCII). */
function occurrences(file: string, word: string): number {
  return readFileSync(join(SAMPLES, file), 'utf8').toLowerCase().split(word).length - 1
}

/** Whether an element is in the visible part of a scrolling element: wholly, or from its top when taller than the view. */
async function inView(element: Locator, scroller: Locator): Promise<boolean> {
  const [box, frame] = await Promise.all([element.boundingBox(), scroller.boundingBox()])
  if (!box || !frame) return false
  return box.y >= frame.y - 1 && Math.min(box.y + box.height, box.y + frame.height) <= frame.y + frame.height + 1
}

/** Serious and critical accessibility problems axe-core finds in the parts this spec tests (colours included). */
async function seriousViolations(page: Page, testIds: string[]): Promise<string[]> {
  let builder = new AxeBuilder({ page })
  for (const testId of testIds) builder = builder.include(`[data-testid="${testId}"]`)
  const results = await builder.analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)
}

async function openFind(page: Page, query: string): Promise<Locator> {
  await page.keyboard.press('Control+f')
  const input = page.getByTestId('find-input')
  await expect(input).toBeFocused()
  await input.fill(query)
  return input
}

test('finds in the reader, whatever the case, with next and previous, and Escape gives focus back', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(samples.url)
  await app.read(AZ)
  const shown = (await app.reader.locator('.reader-paragraph .paragraph-text').allTextContents()).join('\n').toLowerCase()
  const total = shown.split('republic').length - 1
  expect(total).toBeGreaterThan(2)
  const before = app.reader.getByTestId('open-original')
  await before.focus()

  const input = await openFind(page, 'REPUBLIC')
  const count = page.getByTestId('find-count')
  await expect(count).toHaveText(`1 of ${total}`)
  await expect(app.reader.locator('mark.found')).toHaveCount(total)
  const current = app.reader.locator('mark.found-current')
  await expect(current).toHaveText(/^republic$/i)
  await input.press('Enter')
  await expect(count).toHaveText(`2 of ${total}`)
  await expect(current).toHaveAttribute('data-match', '1')
  await input.press('Shift+Enter')
  await input.press('Shift+Enter')
  await expect(count).toHaveText(`${total} of ${total}`)
  await page.keyboard.press('F3')
  await expect(count).toHaveText(`1 of ${total}`)
  expect(await inView(current, app.reader.locator('.reader-scroller'))).toBe(true)
  await page.screenshot({ path: join(SCREENSHOTS, 'find-reader.png') })

  await input.fill('no such words here')
  await expect(count).toHaveText('No matches')
  await input.press('Escape')
  await expect(page.getByTestId('find-bar')).toHaveCount(0)
  await expect(app.reader.locator('mark.found')).toHaveCount(0)
  await expect(before).toBeFocused()
})

test('finds markup in a document as text, never as markup', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(large.url)
  // The large pair is read in the background too: this one may wait its turn.
  await expect(app.document(HOSTILE).getByTestId('select-for-compare')).toBeVisible({ timeout: 60_000 })
  await app.document(HOSTILE).click()
  await expect(app.reader.getByTestId('reader-title')).toBeVisible({ timeout: 30_000 })
  await openFind(page, '<img src=x')
  await expect(page.getByTestId('find-count')).toHaveText('1 of 1')
  await expect(app.reader.locator('mark.found-current')).toHaveText('<img src=x')
  await expect(app.reader.locator('img')).toHaveCount(0)
  await expect(app.reader.locator('b')).toHaveCount(0)
  expect(await page.evaluate('typeof globalThis.pwned')).toBe('undefined')
})

test('finds in both sides of a comparison, filters by kind, and the ruler shows every change', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(samples.url)
  await app.compare(AZ, COMMENTARY)
  const total = occurrences(AZ, 'lachin') + occurrences(COMMENTARY, 'lachin')
  const input = await openFind(page, 'lachin')
  await expect(page.getByTestId('find-count')).toHaveText(`1 of ${total}`)
  await expect(app.comparison.locator('.cmp-cell-left mark.found')).toHaveCount(occurrences(AZ, 'lachin'))
  await expect(app.comparison.locator('.cmp-cell-right mark.found')).toHaveCount(occurrences(COMMENTARY, 'lachin'))
  for (let step = 1; step < total; step++) await input.press('Enter')
  await expect(page.getByTestId('find-count')).toHaveText(`${total} of ${total}`)
  await expect(app.comparison.locator('mark.found-current')).toHaveCount(1)
  await expect(app.comparison.getByTestId('ruler-match')).not.toHaveCount(0)
  await page.screenshot({ path: join(SCREENSHOTS, 'find-comparison.png') })
  expect(await seriousViolations(page, ['find-bar', 'overview-ruler', 'change-filter'])).toEqual([])
  await input.press('Escape')

  // The ruler: a mark for each place with changes, named, and a click lands on the change.
  const marks = app.comparison.getByTestId('ruler-mark')
  await expect(marks.first()).toHaveAttribute('aria-label', /change/)
  const changeRows = app.comparison.getByTestId('comparison-row')
  await marks.last().click()
  const lastRow = await marks.last().getAttribute('data-first-row')
  await expect(app.comparison.locator(`[data-row="${lastRow}"]`)).toHaveClass(/cmp-row-current/)

  // Without modified rows: they stand as one line with their count, the list follows.
  const listed = await app.comparison.getByTestId('change-entry').count()
  await app.comparison.getByTestId('kind-filter-modified').click()
  await expect(app.comparison.getByTestId('kind-filter-modified')).toHaveAttribute('aria-pressed', 'false')
  await expect(app.comparison.locator('[data-kind="modified"]')).toHaveCount(0)
  await expect(app.comparison.getByTestId('collapsed-run').first()).toContainText('modified')
  await expect(app.comparison.getByTestId('change-entry')).toHaveCount(listed - 3)
  await expect(changeRows).toHaveCount(listed - 3)
  await page.screenshot({ path: join(SCREENSHOTS, 'filter-comparison.png') })
  expect(await seriousViolations(page, ['collapsed-run', 'change-filter'])).toEqual([])
})

test('on 100,000 words: find lands on each match, changes only collapses and expands, the ruler lands', async ({ page }) => {
  test.setTimeout(180_000)
  const app = new AppPage(page)
  await page.goto(large.url)
  for (const path of [LARGE_LEFT, LARGE_RIGHT]) await app.document(path).getByTestId('select-for-compare').check({ timeout: 60_000 })
  await page.getByTestId('compare-selected').click()
  await expect(app.comparison.getByTestId('comparison-row').first()).toBeVisible({ timeout: 60_000 })
  const scroller = app.comparison.locator('.cmp-scroller')

  // Find: five matches in three spellings, each brought into view in turn.
  const input = await openFind(page, 'zangezur')
  const count = page.getByTestId('find-count')
  await expect(count).toHaveText('1 of 5')
  const current = app.comparison.locator('mark.found-current')
  const sides = ['left', 'left', 'right', 'left', 'right']
  for (let match = 0; match < 5; match++) {
    await expect(count).toHaveText(`${match + 1} of 5`)
    await expect(current).toHaveText(/^zang[eé]zur$/i)
    await expect(app.comparison.locator(`.cmp-cell-${sides[match]} mark.found-current`)).toHaveCount(1)
    await expect.poll(() => inView(current, scroller)).toBe(true)
    await page.keyboard.press('F3')
  }
  await expect(count).toHaveText('1 of 5')
  await expect(app.comparison.getByTestId('ruler-match')).toHaveCount(5)
  await page.screenshot({ path: join(SCREENSHOTS, 'find-large.png') })
  await input.press('Escape')

  // Changes only: equal runs are one line each; one opens by keyboard and closes again.
  await app.comparison.getByTestId('changes-only').check()
  const runs = app.comparison.getByTestId('collapsed-run')
  await expect(runs.first()).toContainText(/equal paragraph/)
  await expect(app.comparison.locator('[data-kind="equal"]')).toHaveCount(0)
  // The table draws only the lines near the view: what it holds is counted by its aria-rowcount.
  const table = app.comparison.getByTestId('comparison-table')
  const lines = Number(await table.getAttribute('aria-rowcount'))
  const run = runs.nth(1)
  const start = (await run.getAttribute('data-run'))!
  const toggle = run.getByTestId('run-toggle')
  const hidden = Number(/Show ([\d,]+) equal/.exec((await toggle.textContent())!)![1]!.replace(/,/g, ''))
  expect(hidden).toBeGreaterThan(1)
  await toggle.focus()
  await page.keyboard.press('Enter')
  await expect(table).toHaveAttribute('aria-rowcount', String(lines + hidden))
  const opened = app.comparison.locator(`[data-run="${start}"]`).getByTestId('run-toggle')
  await expect(opened).toHaveAttribute('aria-expanded', 'true')
  const firstShown = app.comparison.locator(`[data-row="${start}"]`)
  await expect(firstShown).toHaveAttribute('data-kind', 'equal')
  await expect.poll(() => inView(firstShown, scroller)).toBe(true)
  await page.screenshot({ path: join(SCREENSHOTS, 'changes-only-large.png') })
  await opened.focus()
  await page.keyboard.press('Space')
  await expect(table).toHaveAttribute('aria-rowcount', String(lines))
  await expect(app.comparison.locator('[data-kind="equal"]')).toHaveCount(0)

  // The ruler: a mark far down the document lands its change in view.
  const marks = app.comparison.getByTestId('ruler-mark')
  const far = marks.nth(Math.floor((await marks.count()) * 0.8))
  const row = await far.getAttribute('data-first-row')
  await far.click()
  const landed = app.comparison.locator(`[data-row="${row}"]`)
  await expect(landed).toHaveClass(/cmp-row-current/)
  await expect.poll(() => inView(landed, scroller), { timeout: 15_000 }).toBe(true)
  await page.locator('.comparison').screenshot({ path: join(SCREENSHOTS, 'ruler-large.png') })
})
