import { expect, test } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AppPage } from './app-page'
import { PROJECT_ROOT, SAMPLE, SAMPLES, startWebHost, type WebHost } from './web-host'

const { AZ, RU } = SAMPLE

function freshFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'communique-live-'))
  for (const name of [AZ, RU]) copyFileSync(join(SAMPLES, name), join(folder, name))
  return folder
}

test.describe('a live folder', () => {
  let host: WebHost
  let folder: string
  test.beforeEach(async () => {
    folder = freshFolder()
    host = await startWebHost(folder)
  })
  test.afterEach(async () => {
    await host.stop()
    rmSync(folder, { recursive: true, force: true })
  })

  test('a file added on disk appears in the library with a notice', async ({ page }) => {
    const app = new AppPage(page)
    await page.goto(host.url)
    await expect(app.libraryList.locator('li')).toHaveCount(2)
    writeFileSync(join(folder, 'new-readout.txt'), 'Readout of the meeting of 1 March 2024\n\nThe ministers met.')
    await expect(app.document('new-readout.txt')).toContainText('Readout of the meeting of 1 March 2024')
    await expect(page.getByTestId('folder-changes')).toContainText('new-readout.txt was added to the folder.')
  })

  test('an open comparison follows a document changed on disk', async ({ page }) => {
    const app = new AppPage(page)
    await page.goto(host.url)
    await app.compare(AZ, RU)
    await expect(app.comparison.getByTestId('comparison-stats')).toContainText('7 modified')
    writeFileSync(join(folder, RU), `Statement\n\n${'A wholly different text about other matters. '.repeat(5)}`)
    await expect(page.getByTestId('folder-changes')).toContainText(`${RU} changed on disk.`)
    await expect(app.comparison.getByTestId('comparison-stats')).toContainText('7 deleted')
  })

  test('a compared file moved out and back: one notice for it, which goes by itself, and the comparison and its ticks come back', async ({ page }) => {
    const app = new AppPage(page)
    await page.goto(host.url)
    await app.compare(AZ, RU)
    const aside = mkdtempSync(join(tmpdir(), 'communique-aside-'))
    renameSync(join(folder, RU), join(aside, RU))
    const notices = page.getByTestId('folder-change')
    await expect(notices).toHaveText([`${RU} was removed from the folder. ×`])
    const gone = app.comparison.getByTestId('message-banner')
    await expect(gone).toContainText(`${RU} was removed from the folder.`)
    await expect(app.document(AZ).getByTestId('select-for-compare')).toBeChecked()

    renameSync(join(aside, RU), join(folder, RU))
    rmSync(aside, { recursive: true, force: true })
    // The later notice about the file replaces the earlier one: never "removed" and "added" together.
    await expect(notices).toHaveText([`${RU} was added to the folder. ×`])
    await expect(gone).toHaveCount(0)
    await expect(app.comparison.getByTestId('comparison-stats')).toContainText('7 modified')
    await expect(app.document(RU).getByTestId('select-for-compare')).toBeChecked()
    await expect(app.document(AZ).getByTestId('select-for-compare')).toBeChecked()
    // Information, not an error: it goes by itself (10 s), while the pointer is elsewhere.
    await page.mouse.move(1, 1)
    await expect(notices).toHaveCount(0, { timeout: 15_000 })
  })

  test('notices under the pointer stay until it leaves', async ({ page }) => {
    await page.goto(host.url)
    await expect(new AppPage(page).libraryList.locator('li')).toHaveCount(2)
    writeFileSync(join(folder, 'one.txt'), 'One statement.')
    const notice = page.getByTestId('folder-change')
    await expect(notice).toHaveText(['one.txt was added to the folder. ×'])
    await notice.hover()
    await page.waitForTimeout(12_000)
    await expect(notice).toHaveCount(1)
    await page.mouse.move(1, 1)
    await expect(notice).toHaveCount(0, { timeout: 8_000 })
  })
})

test('list --json reports every file of a folder with its format, title, or its error', () => {
  const folder = freshFolder()
  writeFileSync(join(folder, 'empty.txt'), '')
  writeFileSync(join(folder, 'fake.pdf'), 'not a pdf')
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'communique.js'), 'list', folder, '--json'], { encoding: 'utf8' })
  rmSync(folder, { recursive: true, force: true })
  expect(result.status).toBe(0)
  const files = JSON.parse(result.stdout) as { path: string; format: string; title: string | null; paragraphs: number; error: { code: string; message: string } | null }[]
  expect(files.map((file) => file.path)).toEqual([AZ, RU, 'empty.txt', 'fake.pdf'])
  expect(files[0]).toMatchObject({ format: 'text', paragraphs: 7, error: null, title: expect.stringMatching(/^Statement by the President/) })
  expect(files[2]!.error).toEqual({ code: 'INVALID_INPUT', message: 'empty.txt is empty.' })
  expect(files[3]!.error).toMatchObject({ code: 'MALFORMED' })
})
