import { expect, test } from '@playwright/test'
import { startWebHost, type WebHost } from './web-host'

let host: WebHost

test.beforeAll(async () => {
  host = await startWebHost()
})
test.afterAll(async () => host.stop())

test('the contract answers with the token and refuses without it or from another origin', async ({ request }) => {
  const api = `${host.origin}/api/currentFolder`
  const withToken = await request.post(api, { headers: { 'x-communique-token': host.token }, data: {} })
  expect(withToken.status()).toBe(200)
  expect((await withToken.json()) as { ok: boolean }).toMatchObject({ ok: true })

  expect((await request.post(api, { data: {} })).status()).toBe(401)
  expect((await request.post(api, { headers: { 'x-communique-token': 'wrong' }, data: {} })).status()).toBe(401)
  const foreign = await request.post(api, { headers: { 'x-communique-token': host.token, origin: 'http://evil.example' }, data: {} })
  expect(foreign.status()).toBe(403)
})

test('a document path outside the open folder is refused with OUTSIDE_FOLDER, whatever asks for it', async ({ request }) => {
  for (const channel of ['readDocument', 'openOriginal', 'showInFolder']) {
    for (const path of ['../../../../etc/passwd', '/etc/passwd']) {
      const response = await request.post(`${host.origin}/api/${channel}`, { headers: { 'x-communique-token': host.token }, data: { path } })
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'OUTSIDE_FOLDER' } })
    }
  }
  const report = await request.post(`${host.origin}/api/startReport`, {
    headers: { 'x-communique-token': host.token },
    data: { paths: ['../secret.txt', '/etc/passwd'], options: { ignoreCase: false, ignorePunctuation: false, ignoreWhitespace: true, plainTypography: true, similarityThreshold: 0.3 }, layout: 'inline', page: { size: 'a4', orientation: 'portrait' }, format: 'html' },
  })
  const { value } = (await report.json()) as { value: { id: string } }
  let status: { value: { stage: string; error: { code: string } | null } }
  do status = (await (await request.post(`${host.origin}/api/reportStatus`, { headers: { 'x-communique-token': host.token }, data: { id: value.id } })).json()) as typeof status
  while (status.value.stage !== 'failed' && status.value.stage !== 'done')
  expect(status.value).toMatchObject({ stage: 'failed', error: { code: 'OUTSIDE_FOLDER' } })
})

test('malformed arguments are refused with INVALID_INPUT', async ({ request }) => {
  const response = await request.post(`${host.origin}/api/openFolder`, {
    headers: { 'x-communique-token': host.token },
    data: { path: 42 },
  })
  expect(await response.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
})
