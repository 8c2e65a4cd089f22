import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { AppPage } from './app-page'
import { SAMPLE, SAMPLES, startWebHost, type WebHost } from './web-host'

const { AZ, RU, COMMENTARY, GULF, JANUARY_AZ } = SAMPLE

let host: WebHost

// axe reads every node of the page: on a loaded machine a check takes tens of seconds.
test.describe.configure({ timeout: 240_000 })

test.beforeAll(async () => {
  host = await startWebHost(SAMPLES)
})
test.afterAll(async () => host.stop())

/**
 * TODO(issue 13, the virtual comparison table): the pair's table has role="table" but no row or
 * cell roles yet (aria-required-children on .cmp-table). That table is being rebuilt with grid
 * roles by another branch; until it lands, that rule is not held against that one node. Remove
 * this entry once the grid roles are in.
 */
const KNOWN_ELSEWHERE = [{ rule: 'aria-required-children', target: '.cmp-table' }]

/** The serious and critical violations axe finds on the page as it stands, with the nodes each is on. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  const known = (rule: string, target: string) => KNOWN_ELSEWHERE.some((entry) => entry.rule === rule && entry.target === target)
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes
        .filter((node) => !known(violation.id, node.target.join(' ')))
        .map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
    )
}

test('the welcome view with no folder open', async ({ page }) => {
  const empty = await startWebHost(null)
  try {
    await page.goto(empty.url)
    await expect(page.getByTestId('welcome')).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
  } finally {
    await empty.stop()
  }
})

test('the library and the welcome view', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  await expect(app.document(AZ).getByTestId('select-for-compare')).toBeVisible({ timeout: 20_000 })
  expect(await seriousViolations(page)).toEqual([])
})

test('the reader', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  await app.read(GULF)
  expect(await seriousViolations(page)).toEqual([])
})

test('a pair comparison, its report menu and the cited document over it', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  await app.compare(COMMENTARY, GULF)
  await expect(page.getByTestId('report-menu').first()).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await app.comparison.getByTestId('reference-link').filter({ hasText: 'the 4th paragraph of the Trilateral Statement' }).click()
  await expect(page.getByTestId('citation').locator('.reader-paragraph-cited')).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})

test('a comparison of several documents', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  await app.compare(AZ, RU, JANUARY_AZ)
  expect(await seriousViolations(page)).toEqual([])
})

test('the dialogs: open a folder, with its error, and the keys', async ({ page }) => {
  await page.goto(host.url)
  await page.getByTestId('open-folder').click()
  const dialog = page.getByTestId('open-folder-dialog')
  await dialog.getByTestId('folder-path').fill('/no/such/folder')
  await dialog.getByTestId('folder-open-submit').click()
  await expect(dialog.getByTestId('message-banner')).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await dialog.getByTestId('folder-open-cancel').click()
  await page.keyboard.press('F1')
  await expect(page.getByTestId('keyboard-help')).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})
