import { expect, test } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AppPage } from './app-page'
import { PROJECT_ROOT, SAMPLE, SAMPLES, startWebHost, type WebHost } from './web-host'

const { AZ, RU } = SAMPLE
const SCREENSHOTS = join(PROJECT_ROOT, 'e2e', 'screenshots')

/** Points of a statement, as the renderings phrase them. */
const POINTS = [
  'A complete ceasefire is announced in the conflict zone as of midnight on the tenth of November.',
  'The Aghdam district is returned to the Republic of Azerbaijan before the twentieth of November.',
  'The peacekeeping contingent is deployed along the line of contact and along the Lachin corridor.',
  'The duration of the deployment of the peacekeeping contingent is five years with automatic extension.',
  'A peacekeeping centre is deployed to control the ceasefire and the agreements of the Parties.',
  'All economic and transport connections in the region shall be unblocked under the Border Service.',
]
const numbered = (points: string[], first = 1) => points.map((text, i) => `${first + i}. ${text}`).join('\n\n')

let host: WebHost
let folder: string

test.beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true })
  folder = mkdtempSync(join(tmpdir(), 'communique-moves-'))
  for (const [name, points] of Object.entries({ 'a-original.txt': POINTS, 'c-third.txt': POINTS.slice(0, 5) })) writeFileSync(join(folder, name), `Statement\n\n${numbered(points)}\n`)
  // The same points numbered from 2, and point 2 moved after point 4.
  writeFileSync(join(folder, 'b-renumbered.txt'), `Statement\n\n${numbered(POINTS, 2)}\n`)
  writeFileSync(join(folder, 'd-reordered.txt'), `Statement\n\n${numbered([POINTS[0]!, POINTS[2]!, POINTS[3]!, POINTS[1]!, POINTS[4]!, POINTS[5]!])}\n`)
  host = await startWebHost(folder)
})
test.afterAll(async () => {
  await host.stop()
  rmSync(folder, { recursive: true, force: true })
})

test('point 3 of the two renderings of the Trilateral Statement shows as a move, and changed letters are marked', async ({ page }) => {
  const sampleHost = await startWebHost(SAMPLES)
  try {
    const app = new AppPage(page)
    await page.goto(sampleHost.url)
    await app.compare(AZ, RU)
    const rows = app.comparison.getByTestId('comparison-row')
    const pointThree = rows.nth(3)
    await expect(pointThree.locator('.cmp-cell-left del.mark-moved-from')).toHaveText('Along the line of contact in Nagorno-Karabakh and along the Lachin corridor')
    await expect(pointThree.locator('.cmp-cell-right ins.mark-moved-to')).toHaveText('along the contact line in Nagorno-Karabakh and along the Lachin Corridor')
    // Not a long deletion any more: nothing about Lachin is merely deleted.
    await expect(pointThree.locator('del.mark-deleted', { hasText: 'Lachin' })).toHaveCount(0)
    // The words edited as the phrase moved stand out inside it.
    await expect(pointThree.locator('.cmp-cell-right ins.mark-moved-to .mark-strong')).toContainText(['a', 'line', 'C'])
    // The tag at one end leads to the other.
    await pointThree.locator('[data-move-end="from-1"]').click()
    await expect(pointThree.locator('[data-move-end="to-1"]')).toBeFocused()
    await pointThree.screenshot({ path: join(SCREENSHOTS, 'move-inside-paragraph.png') })

    const pointTwo = rows.nth(2)
    await expect(pointTwo.locator('del.mark-deleted')).toContainText(['Aghdam district is'])
    await expect(pointTwo.locator('del.mark-deleted .mark-strong')).toHaveText(['h', 'd'])
    await expect(pointTwo.locator('ins.mark-inserted .mark-strong')).toHaveText(['D'])
    await pointTwo.screenshot({ path: join(SCREENSHOTS, 'letters-inside-words.png') })

    // The change list says what changed, readably.
    const changes = app.comparison.getByTestId('change-entry')
    await expect(changes.nth(2)).toContainText('Aghdam district is → Agdam District shall be')
    await expect(changes.nth(3)).toContainText('moved: “Along the line of contact')
    await expect(changes.nth(0)).toContainText('We, the President → We, President')
    await app.comparison.getByTestId('change-list').screenshot({ path: join(SCREENSHOTS, 'change-list-excerpts.png') })
    // Numbered points show their number once: in the text, not the gutter.
    await expect(pointTwo.locator('.cmp-label').first()).toHaveText('')
    await expect(rows.nth(0).locator('.cmp-label').first()).toHaveText('¶ 1')
  } finally {
    await sampleHost.stop()
  }
})

test('a moved paragraph is marked where it was and where it went, each a link to the other', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  await app.compare('a-original.txt', 'd-reordered.txt')
  const rows = app.comparison.getByTestId('comparison-row')
  const moved = rows.filter({ has: page.getByTestId('moved-to') })
  await expect(moved).toHaveCount(1)
  await expect(moved.getByTestId('moved-to')).toHaveText('moved to ¶ 4 ↗')
  await expect(moved).toContainText('The Aghdam district is returned')
  const arrival = app.comparison.getByTestId('moved-here')
  await expect(arrival).toHaveText('¶ 4 moved here from ¶ 2 ↖')
  // The arrival stands after the paragraph it now follows on the right: point 3 (now 3.).
  const landing = rows.filter({ has: page.getByTestId('moved-here') })
  await expect(landing.locator('.cmp-cell-right')).toContainText('The duration of the deployment')

  await moved.getByTestId('moved-to').click()
  await expect(landing).toHaveClass(/cmp-row-target/)
  await arrival.click()
  await expect(moved).toHaveClass(/cmp-row-target/)
  // The change list names the current move's other end too, and goes there.
  await page.getByTestId('change-entry').filter({ hasText: /moved/i }).first().click()
  const listed = page.getByTestId('change-list').getByTestId('change-moved-to')
  await expect(listed).toHaveText('moved to ¶ 4 ↗')
  await listed.click()
  await expect(landing).toHaveClass(/cmp-row-target/)
  await expect(landing.getByTestId('moved-here')).toBeFocused()
  await app.comparison.screenshot({ path: join(SCREENSHOTS, 'moved-paragraph-both-ends.png') })
})

test('ignoring renumbering counts paragraphs that only changed number as equal', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  await app.compare('a-original.txt', 'b-renumbered.txt')
  const stats = app.comparison.getByTestId('comparison-stats')
  await expect(stats).toContainText('6 modified')
  await expect(app.comparison.getByTestId('change-entry').first()).toContainText('number 1 → 2')
  await page.getByTestId('option-ignoreNumbering').check()
  await expect(stats).toContainText('6 equal')
  await expect(app.comparison.getByTestId('change-entry')).toHaveCount(0)
  await page.getByTestId('comparison-options').screenshot({ path: join(SCREENSHOTS, 'ignore-renumbering-option.png') })
  await page.getByTestId('option-ignoreNumbering').uncheck()
  await expect(stats).toContainText('6 modified')
})

test('in columns, a paragraph a document lacks is a thin placeholder, not the base struck through', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  await app.compare('a-original.txt', 'c-third.txt', 'd-reordered.txt')
  const lastPoint = app.comparison.getByTestId('multi-row').filter({ hasText: 'Border Service' }).first()
  const placeholder = lastPoint.getByTestId('missing-paragraph')
  await expect(placeholder).toBeVisible()
  await expect(placeholder).toHaveAttribute('aria-label', /Not in this document: the base's ¶ 6/)
  await expect(lastPoint.locator('.text-deleted')).toHaveCount(0)
  await expect(lastPoint.getByText('Border Service')).toHaveCount(2)
  await placeholder.scrollIntoViewIfNeeded()
  await app.comparison.screenshot({ path: join(SCREENSHOTS, 'column-missing-paragraph.png') })
})

test('compare --ignore-numbering: renumbered points are equal', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'communique.js'), 'compare', ...args, '--json'], { encoding: 'utf8' })
  const [a, b] = [join(folder, 'a-original.txt'), join(folder, 'b-renumbered.txt')]
  expect((JSON.parse(run(a, b).stdout) as { stats: { modified: number } }).stats.modified).toBe(6)
  const ignoring = run(a, b, '--ignore-numbering')
  expect(ignoring.status).toBe(0)
  expect((JSON.parse(ignoring.stdout) as { stats: { equal: number } }).stats.equal).toBe(6)
})
