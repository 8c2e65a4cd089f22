import { expect, test } from '@playwright/test'
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeHostileFolder, type HostileOutcome } from '../src/main/services/fixtures/hostile-files'
import type { FolderStatus } from '../src/shared/documents'
import { AppPage } from './app-page'
import { startWebHost, type WebHost } from './web-host'

let root: string
let expected: Record<string, HostileOutcome>
let host: WebHost | null = null

/** Every file below a folder with its time, names as bytes (one is not UTF-8): to prove nothing was written there. */
async function snapshot(folder: Buffer | string): Promise<string[]> {
  const described: string[] = []
  for (const entry of await readdir(folder, { withFileTypes: true, encoding: 'buffer' })) {
    const path = Buffer.concat([Buffer.from(folder), Buffer.from('/'), entry.name])
    if (entry.isDirectory()) described.push(...(await snapshot(path)))
    else described.push(`${path.toString('hex')}:${(await stat(path)).mtimeMs}`)
  }
  return described.sort()
}

test.beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'communique-hostile-'))
  expected = await writeHostileFolder(root)
})
test.afterAll(async () => {
  await host?.stop()
  await rm(root, { recursive: true, force: true })
})

test('a hostile folder: the host answers at once while reading it, each file says what is wrong, nothing is written', async ({ page, request }) => {
  test.setTimeout(120_000)
  const before = await snapshot(root)
  const started = Date.now()
  host = await startWebHost(root)
  // The host reads the folder in worker threads: it prints its address and answers straight away.
  expect(Date.now() - started).toBeLessThan(10_000)
  const call = async (channel: string, data: object) => {
    const asked = Date.now()
    const response = await request.post(`${host!.origin}/api/${channel}`, { headers: { 'x-communique-token': host!.token }, data })
    return { answer: ((await response.json()) as { value: FolderStatus }).value, ms: Date.now() - asked }
  }
  let status = await call('folderStatus', { since: 0 })
  let slowest = status.ms
  let answeredWhileReading = 0
  while (status.answer.reading !== null || status.answer.changed.some((document) => document.status === 'pending')) {
    answeredWhileReading++
    await page.waitForTimeout(100)
    status = await call('folderStatus', { since: 0 })
    slowest = Math.max(slowest, status.ms)
  }
  expect(answeredWhileReading).toBeGreaterThan(0)
  expect(slowest).toBeLessThan(1_000)

  const app = new AppPage(page)
  await page.goto(host.url)
  for (const [path, outcome] of Object.entries(expected)) {
    await app.filter.fill(path.split('/').pop()!.split('\ufffd')[0]!)
    const item = app.document(path)
    await expect(item).toBeVisible()
    if (outcome.status === 'error') {
      await expect(item.getByTestId('document-problem')).toBeVisible()
      if (outcome.message) await expect(item.getByTestId('document-problem')).toHaveText(outcome.message)
    } else {
      await expect(item.getByTestId('document-problem')).toHaveCount(0)
      if (outcome.warning) await expect(item.getByTestId('document-warning')).toBeVisible()
    }
  }
  await app.filter.fill('good')
  await app.read('good.txt')
  await expect(app.reader.getByTestId('reader-title')).toHaveText('Joint Statement')
  expect(await snapshot(root)).toEqual(before)
})
