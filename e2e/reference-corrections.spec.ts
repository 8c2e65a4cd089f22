import { expect, test, type Locator, type Page } from '@playwright/test'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ResolvedReference } from '../src/core/references/resolved'
import { AppPage } from './app-page'
import { SAMPLE, SAMPLES, startWebHost, type WebHost } from './web-host'

const { AZ, RU, COMMENTARY, GULF, RESOLUTION } = SAMPLE

/** Looked at by hand, not compared: the screenshots are not part of the project. */
const SCREENSHOTS = '/tmp/communique-reference-corrections'
const NO_DOCUMENT = 'Leads to no document in this folder'

let host: WebHost

test.beforeAll(async () => {
  host = await startWebHost(SAMPLES)
  mkdirSync(SCREENSHOTS, { recursive: true })
})
test.afterAll(async () => host.stop())

/** The folder's references as the host resolves them: what the app must show, read from the contract. */
async function hostReferences(page: Page): Promise<ResolvedReference[]> {
  // References are found among the documents read so far: wait until the folder is read.
  await expect
    .poll(async () => {
      const status = await page.request.post(`${host.origin}/api/folderStatus`, { headers: { 'x-communique-token': host.token }, data: { since: 0 } })
      return ((await status.json()) as { value: { reading: unknown } }).value.reading
    })
    .toBeNull()
  const response = await page.request.post(`${host.origin}/api/folderReferences`, { headers: { 'x-communique-token': host.token }, data: {} })
  const body = (await response.json()) as { ok: true; value: { references: ResolvedReference[] } }
  return body.value.references
}

async function hostReference(page: Page, source: string, text: string): Promise<ResolvedReference> {
  const found = (await hostReferences(page)).find((reference) => reference.source === source && reference.text === text)
  if (!found) throw new Error(`no reference "${text}" in ${source}`)
  return found
}

/** The names the analyst gave a document, as the host keeps them in its data folder. */
function keptNames(path: string): string[] {
  const state = JSON.parse(readFileSync(join(host.dataDir, 'state.json'), 'utf8')) as { referenceNotes: Record<string, { names: Record<string, string[]> }> }
  return Object.values(state.referenceNotes).flatMap((notes) => notes.names[path] ?? [])
}

function link(app: AppPage, text: string): Locator {
  return app.reader.getByTestId('reference-link').filter({ hasText: text })
}

async function focusedTestId(page: Page): Promise<string | null> {
  return page.locator(':focus').getAttribute('data-testid')
}

test('a link says how sure it is and why on hover, and each document that fits says why it fits', async ({ page }) => {
  const app = new AppPage(page)
  const text = 'the 4th paragraph of the Trilateral Statement of November 10, 2020'
  const expected = await hostReference(page, GULF, text)
  expect(expected.candidates.length).toBeGreaterThan(1)
  await page.goto(host.url)
  await app.read(GULF)
  const gulfLink = link(app, text)
  expect(await gulfLink.getAttribute('aria-label')).toContain(`${Math.round(expected.confidence * 100)}%): ${expected.why}`)
  // Distinguishable without colour: a solid underline for a link the app is sure of or likely right about, dashed below.
  await expect(gulfLink).toHaveCSS('text-decoration-style', expected.confidence >= 0.6 ? 'solid' : 'dashed')

  await gulfLink.hover()
  const preview = page.getByTestId('reference-preview')
  await expect(preview.getByTestId('reference-why')).toContainText(expected.why)
  await expect(preview.getByTestId('reference-confidence')).toContainText(`${Math.round(expected.confidence * 100)}%`)
  const candidates = preview.getByTestId('preview-candidate')
  await expect(candidates).toHaveCount(expected.candidates.length)
  for (const [index, candidate] of expected.candidates.entries()) await expect(candidates.nth(index)).toContainText(candidate.reason)
  await page.screenshot({ path: join(SCREENSHOTS, 'preview-1440x900.png') })

  await gulfLink.click()
  const citation = page.getByTestId('citation')
  await expect(citation.getByTestId('citation-why')).toContainText(expected.why)
  const tabs = citation.getByTestId('citation-candidate')
  for (const [index, candidate] of expected.candidates.entries()) await expect(tabs.nth(index).getByTestId('candidate-reason')).toHaveText(candidate.reason)

  await page.setViewportSize({ width: 1024, height: 700 })
  await page.keyboard.press('Escape')
  await gulfLink.hover()
  await expect(preview.getByTestId('reference-why')).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOTS, 'preview-1024x700.png') })

  const unresolved = app.reader.locator('.ref-link-unresolved').filter({ hasText: 'the Constitution of the Republic of Azerbaijan' })
  await expect(unresolved).toHaveCSS('text-decoration-style', 'dotted')
  await unresolved.hover()
  await expect(preview.getByTestId('reference-confidence')).toContainText('not found')
  await expect(preview.getByTestId('reference-why')).toContainText('no document called "Constitution of the Republic of Azerbaijan" in this folder')
})

test('by keyboard alone, a link is pointed at one rendering with a name for it; the choice survives a reload and a restart', async ({ page }) => {
  const app = new AppPage(page)
  const text = 'paragraph 1 of the trilateral Statement'
  await page.goto(host.url)
  await app.read(COMMENTARY)
  await link(app, text).focus()
  await page.keyboard.press('Enter')
  const citation = page.getByTestId('citation')
  await expect(citation.getByTestId('citation-candidate')).toHaveCount(2)

  // Tab along until the pane's "Correct this link…": the pane comes after the text being read.
  for (let presses = 0; presses < 40 && (await focusedTestId(page)) !== 'correct-link'; presses++) await page.keyboard.press('Tab')
  expect(await focusedTestId(page)).toBe('correct-link')
  await page.keyboard.press('Enter')
  const form = citation.getByTestId('reference-correction')
  await expect(form.getByTestId('correction-filter')).toBeFocused()
  await page.keyboard.type('ru-mfa')
  await expect(form.getByTestId('correction-option')).toHaveCount(1)
  await page.keyboard.press('Enter')
  await expect(form.getByTestId('correction-chosen')).toContainText('Statement')
  await expect(form.getByTestId('correction-name')).toBeFocused()
  await page.keyboard.type('the Russian text of the trilateral statement')
  await page.keyboard.press('Enter')

  await expect(form).toBeHidden()
  await expect(citation.getByTestId('citation-candidate')).toHaveCount(0)
  await expect(citation).toContainText(RU)
  await expect(citation.getByTestId('reference-corrected')).toHaveText('corrected by you')
  await expect(citation.locator('.reader-paragraph-cited .paragraph-label')).toHaveText('1')
  await expect(citation.getByTestId('correct-link')).toBeFocused()
  expect(keptNames(RU)).toEqual(['the Russian text of the trilateral statement'])

  // A second name keeps the first; Escape leaves the form and keeps the pane.
  await page.keyboard.press('Enter')
  await expect(form.getByTestId('correction-names')).toContainText('the Russian text of the trilateral statement')
  await expect(form.getByTestId('correction-filter')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(form.getByTestId('correction-name')).toBeFocused()
  await page.keyboard.type('the Moscow text')
  await page.keyboard.press('Enter')
  await expect(form).toBeHidden()
  await expect.poll(() => keptNames(RU)).toEqual(['the Russian text of the trilateral statement', 'the Moscow text'])
  await page.keyboard.press('Enter')
  await expect(form).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(form).toBeHidden()
  await expect(citation).toBeVisible()

  const expectCorrected = async (): Promise<void> => {
    await app.read(COMMENTARY)
    await link(app, text).click()
    await expect(citation.getByTestId('citation-candidate')).toHaveCount(0)
    await expect(citation).toContainText(RU)
    await expect(citation.getByTestId('reference-corrected')).toBeVisible()
    await page.keyboard.press('Escape')
    // The correction holds for this reference only.
    await link(app, 'paragraph 3 of the trilateral statement').click()
    await expect(citation.getByTestId('citation-candidate')).toHaveCount(2)
    await page.keyboard.press('Escape')
  }
  await page.reload()
  await expectCorrected()

  const dataDir = host.dataDir
  await host.stop({ keepDataDir: true })
  host = await startWebHost(SAMPLES, undefined, dataDir)
  await page.goto(host.url)
  await expectCorrected()
  expect((await hostReference(page, COMMENTARY, text)).corrected).toBe(true)
})

test('a link marked as leading nowhere says so, in the text and the panel, until the correction is forgotten', async ({ page }) => {
  const app = new AppPage(page)
  const text = 'the 4th paragraph of the Trilateral Statement of November 10, 2020'
  await page.goto(host.url)
  await app.read(GULF)
  await link(app, text).click()
  const citation = page.getByTestId('citation')
  await citation.getByTestId('correct-link').click()
  await citation.getByTestId('correction-nowhere').click()

  await expect(citation.getByTestId('citation-title')).toHaveText(NO_DOCUMENT)
  await expect(citation.getByTestId('citation-why')).toContainText('you marked it as leading to no document here')
  await expect(citation.getByTestId('reference-corrected')).toBeVisible()
  await expect(link(app, text)).toHaveClass(/ref-link-unresolved/)

  await citation.getByTestId('citation-close').click()
  const entry = app.reader.getByTestId('cites-entry').filter({ hasText: text })
  await expect(entry).toContainText('you marked it as leading to no document here')
  await expect(entry.getByTestId('cites-entry-corrected')).toHaveText('corrected by you')

  await entry.click()
  await expect(citation.getByTestId('citation-title')).toHaveText(NO_DOCUMENT)
  await citation.getByTestId('correction-forget').click()
  await expect(citation.getByTestId('citation-candidate')).toHaveCount(2)
  await expect(citation).toContainText(AZ)
  await expect(citation.getByTestId('reference-corrected')).toHaveCount(0)
  await expect(link(app, text)).not.toHaveClass(/ref-link-unresolved/)
})

test('a reference found nowhere opens to say why, and can be pointed at a document of the folder', async ({ page }) => {
  const app = new AppPage(page)
  const text = 'paragraph 5 of its resolution 79/33'
  await page.goto(host.url)
  await app.read(RESOLUTION)
  await link(app, text).click()
  const citation = page.getByTestId('citation')
  await expect(citation.getByTestId('citation-title')).toHaveText(NO_DOCUMENT)
  await expect(citation.getByTestId('citation-why')).toContainText('no resolution 79/33 in this folder')
  await expect(citation.getByTestId('reference-confidence')).toContainText('not found')
  const form = citation.getByTestId('reference-correction')
  await expect(form.getByTestId('correction-cancel')).toHaveCount(0)
  await page.screenshot({ path: join(SCREENSHOTS, 'not-found-1440x900.png') })
  await page.setViewportSize({ width: 1024, height: 700 })
  await page.screenshot({ path: join(SCREENSHOTS, 'not-found-1024x700.png') })

  await form.getByTestId('correction-filter').fill('reducing nuclear')
  await form.getByTestId('correction-option').filter({ hasText: RESOLUTION }).click()
  await form.getByTestId('correction-save').click()

  await expect(citation.getByTestId('citation-title')).toContainText('Reducing nuclear danger')
  await expect(citation.getByTestId('reference-corrected')).toBeVisible()
  await expect(citation.locator('.reader-paragraph-cited .paragraph-label')).toHaveText('5')
  await expect(link(app, text)).not.toHaveClass(/ref-link-unresolved/)
  await citation.getByTestId('correct-link').click()
  await expect(form.getByTestId('correction-forget')).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOTS, 'correction-1024x700.png') })
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.screenshot({ path: join(SCREENSHOTS, 'correction-1440x900.png') })

  // A folder's own notes (its README quotes the same words) neither cite nor are cited.
  expect((await hostReferences(page)).filter((reference) => reference.source === 'README.md')).toEqual([])
})
