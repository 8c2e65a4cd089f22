import { expect, test } from '@playwright/test'
import { AppPage } from './app-page'
import { SAMPLE, startWebHost, type WebHost } from './web-host'
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../src/shared/security'

let host: WebHost

test.beforeAll(async () => {
  host = await startWebHost()
})
test.afterAll(async () => host.stop())

test('the token leaves the address bar on load, and a reload still reaches the host', async ({ page }) => {
  const app = new AppPage(page)
  await page.goto(host.url)
  await expect(app.folderName).toHaveText('samples')
  expect(page.url()).toBe(`${host.origin}/`)
  expect(page.url()).not.toContain(host.token)

  await page.reload()
  expect(page.url()).toBe(`${host.origin}/`)
  await expect(app.folderName).toHaveText('samples')
  await app.read(SAMPLE.AZ)
  await expect(app.reader.getByTestId('reader-title')).toContainText('Statement by the President')
})

test('the page carries the policy in its <meta> as well as in the header', async ({ page }) => {
  const response = await page.goto(host.url)
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(meta).toBe(META_CONTENT_SECURITY_POLICY)
})
