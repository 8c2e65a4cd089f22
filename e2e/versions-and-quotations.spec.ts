import { expect, test } from '@playwright/test'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AppPage } from './app-page'
import { SAMPLE, SAMPLES, startWebHost, type WebHost } from './web-host'

const { AZ, RU, COMMENTARY } = SAMPLE
/** The statement as a news site re-published it: its own headline and credit around the same text. */
const REPUBLISHED = 'news/2020-11-10_full-text-of-the-statement.txt'

let host: WebHost

test.beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'communique-versions-'))
  cpSync(SAMPLES, folder, { recursive: true })
  mkdirSync(join(folder, 'news'))
  const statement = readFileSync(join(SAMPLES, AZ), 'utf8')
  writeFileSync(join(folder, REPUBLISHED), `Full text of the trilateral statement\n\nBAKU, 10 November. The President's office published the following statement.\n\n${statement.slice(statement.indexOf('\n') + 1)}\n\nReprinting is allowed with a link to the source.\n`)
  host = await startWebHost(folder)
})
test.afterAll(async () => host.stop())

test('versions of one text are grouped in the library and compared all at once in one click', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  const badge = app.document(AZ).getByTestId('versions-badge')
  await expect(badge).toHaveText('3 versions', { timeout: 20_000 })
  await expect(app.document(RU).getByTestId('versions-badge')).toHaveText('3 versions')
  // News reports and commentaries that quote or discuss the statement are not versions of it.
  await expect(app.document(COMMENTARY).getByTestId('versions-badge')).toHaveCount(0)
  await expect(app.document(SAMPLE.GULF).getByTestId('versions-badge')).toHaveCount(0)

  await badge.click()
  const list = page.getByTestId('versions-list')
  await expect(list.getByTestId('version-entry')).toHaveCount(2)
  await expect(list).toContainText(RU)
  await expect(list).toContainText(REPUBLISHED)
  await list.getByTestId('compare-versions').click()
  await expect(list).toBeHidden()
  await expect(app.comparison.getByTestId('multi-column')).toHaveCount(3)
  await expect(app.comparison.getByTestId('multi-row').first()).toBeVisible()
  await expect(app.comparison.getByTestId('multi-column').first()).toContainText('Statement by the President')
})

test('a quotation links both ways: "quotes ¶ 3" in the commentary, "quoted in 1 document" in the statement', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  await app.read(COMMENTARY)
  const quotes = app.reader.getByTestId('quotes-entry')
  await expect(quotes).toHaveCount(1)
  await expect(quotes).toContainText('quotes ¶ 3 of Statement by the President')
  // The quoted words are a link in the text, as a reference is.
  await expect(app.reader.getByTestId('reference-link').filter({ hasText: 'along the contact line in Nagorno-Karabakh' })).toHaveCount(1)
  await quotes.click()
  const citation = page.getByTestId('citation')
  await expect(citation).toContainText(RU)
  await expect(citation.locator('.reader-paragraph-cited .paragraph-label')).toHaveText('3')
  await citation.getByTestId('citation-close').click()

  await app.read(RU)
  const quotedIn = app.reader.getByTestId('quoted-in')
  await expect(quotedIn).toContainText('Quoted in 1 document')
  await expect(quotedIn.getByTestId('quoted-in-entry')).toContainText('from ¶ 3')
  await quotedIn.getByTestId('quoted-in-entry').click()
  await expect(app.reader.getByTestId('reader-title')).toContainText('No:304/21, Commentary')
  await expect(app.reader.locator('.reader-paragraph-cited')).toContainText('along the contact line in Nagorno-Karabakh')
})
