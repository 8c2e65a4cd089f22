import { expect, test } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
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
