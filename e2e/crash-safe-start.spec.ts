import { expect, test } from '@playwright/test'
import { realpathSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { AppPage } from './app-page'
import { SAMPLE, SAMPLES, startWebHost, type WebHost } from './web-host'

const samples = realpathSync(SAMPLES)

test.describe('a start after the app died while reading a folder', () => {
  let host: WebHost
  test.beforeEach(async () => {
    // What a host killed while reading the sample folder leaves: the folder as the last one
    // used, and the journal naming the file it was reading.
    host = await startWebHost(SAMPLES, (dataDir) => {
      writeFileSync(join(dataDir, 'state.json'), JSON.stringify({ version: 1, recentFolders: [samples] }))
      writeFileSync(join(dataDir, 'reading-journal.json'), JSON.stringify({ version: 1, reading: { [samples]: [SAMPLE.AZ] }, stopped: [] }))
    })
  })
  test.afterEach(async () => {
    await host.stop()
  })

  test('opens on the welcome screen, says which folder and file, and opening the folder again skips that file', async ({ page }) => {
    const app = new AppPage(page)
    await page.goto(host.url)
    await expect(page.getByRole('heading', { name: 'Read statements side by side' })).toBeVisible()
    await expect(page.getByTestId('message-banner')).toContainText(`Communique stopped while reading ${SAMPLE.AZ} in ${samples}, so that folder was not opened at start.`)
    await expect(app.libraryList).toHaveCount(0)

    await app.openFolderByPath(samples)
    await expect(app.document(SAMPLE.RU)).toContainText('Statement')
    await expect(app.document(SAMPLE.AZ).getByTestId('document-problem')).toContainText('Communique stopped while reading this file')
  })
})
