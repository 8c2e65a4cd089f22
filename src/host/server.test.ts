import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import type { Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { createAppServices, type AppServices } from '../main/services/app-services'
import { recordingPlatform } from '../main/services/test-platform'
import { CONTENT_SECURITY_POLICY } from '../shared/security'
import { MAX_BODY_BYTES, startHost, TOKEN_HEADER, type RunningHost } from './server'
import { BUILT_WORKER_FOR_TESTS } from '../main/services/test-readers'

interface Answer {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

let host: RunningHost
let services: AppServices
let dataDir: string
let rendererDir: string
let sockets: Socket[]
let logged: MockInstance[]

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'communique-host-data-'))
  rendererDir = await mkdtemp(join(tmpdir(), 'communique-host-renderer-'))
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Communique</title>')
  services = await createAppServices(dataDir, recordingPlatform(), BUILT_WORKER_FOR_TESTS)
  host = await startHost({ dispatch: services.dispatch, rendererDir })
  sockets = []
  host.server.on('connection', (socket: Socket) => sockets.push(socket))
  logged = (['log', 'info', 'warn', 'error'] as const).map((level) => vi.spyOn(console, level).mockImplementation(() => undefined))
})

afterEach(async () => {
  for (const spy of logged) spy.mockRestore()
  await host.close()
  await services.library.dispose()
  await rm(dataDir, { recursive: true, force: true })
  await rm(rendererDir, { recursive: true, force: true })
})

function logLines(): string[] {
  return logged.flatMap((spy) => spy.mock.calls.map((call) => call.map(String).join(' ')))
}

/** One request as a browser or a script would send it; `body` may be sent in chunks, and stops being sent once the answer is in. */
function send(options: { method?: string; path: string; headers?: Record<string, string>; body?: { chunk: Buffer; times: number } }): Promise<Answer> {
  const { port } = new URL(host.url)
  return new Promise((resolve, reject) => {
    let answered = false
    const outgoing = httpRequest({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (response) => {
      answered = true
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (text: string) => (body += text))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }))
      response.on('error', reject)
    })
    // Writing into a connection the server has closed fails; the answer, if any, is what counts.
    outgoing.on('error', (error) => {
      if (!answered) reject(error)
    })
    const body = options.body
    if (!body) return void outgoing.end()
    let sent = 0
    const writeMore = (): void => {
      while (!answered && !outgoing.destroyed && sent < body.times) {
        sent++
        if (!outgoing.write(body.chunk)) return void outgoing.once('drain', writeMore)
      }
      if (sent === body.times) outgoing.end()
    }
    writeMore()
  })
}

const api = (channel: string, headers: Record<string, string> = {}) => ({
  method: 'POST',
  path: `/api/${channel}`,
  headers: { [TOKEN_HEADER]: host.token, 'content-type': 'application/json', ...headers },
})

const MEGABYTE = Buffer.alloc(1024 * 1024, 'a')

describe('the web host', () => {
  it('answers the contract over HTTP with the token', async () => {
    const answer = await send({ ...api('currentFolder'), body: { chunk: Buffer.from('{}'), times: 1 } })
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.body)).toEqual({ ok: true, value: null })
  })

  it('refuses a body over the cap with 413 and a JSON error, without reading the rest', async () => {
    const declaredAndChunked: Record<string, string>[] = [{ 'content-length': String(100 * MEGABYTE.length) }, { 'transfer-encoding': 'chunked' }]
    for (const headers of declaredAndChunked) {
      const answer = await send({ ...api('openFolder', headers), body: { chunk: MEGABYTE, times: 100 } })
      expect(answer.status).toBe(413)
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } })
    }
    const bytesRead = sockets.reduce((total, socket) => total + socket.bytesRead, 0)
    expect(bytesRead).toBeLessThan(4 * MAX_BODY_BYTES)
    expect(logLines()).toEqual([])
  })

  it('still reads a body just under the cap', async () => {
    const path = 'x'.repeat(MAX_BODY_BYTES - 100)
    const answer = await send({ ...api('openFolder'), body: { chunk: Buffer.from(JSON.stringify({ path })), times: 1 } })
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false })
  })

  it('answers malformed JSON with 400', async () => {
    const answer = await send({ ...api('openFolder'), body: { chunk: Buffer.from('{"path":'), times: 1 } })
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('answers malformed addresses with 400, and logs nothing', async () => {
    for (const path of ['/%', '/%E0%A4%A', '/assets/%ZZ.js', '/%00']) {
      const answer = await send({ path })
      expect([path, answer.status]).toEqual([path, 400])
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    }
    expect(logLines()).toEqual([])
  })

  it('serves the renderer with its policy, and nothing outside it', async () => {
    const page = await send({ path: '/?token=abc' })
    expect(page.status).toBe(200)
    expect(page.body).toContain('<title>Communique</title>')
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    for (const path of ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2f..%2f..%2fetc%2fpasswd', '/missing.js']) {
      const answer = await send({ path })
      expect([path, answer.status]).toEqual([path, 404])
      expect(answer.body).not.toContain('root:')
    }
  })

  it('answers an unexpected failure with 500 and a generic body, and logs one line without a stack', async () => {
    await host.close()
    host = await startHost({
      rendererDir,
      dispatch: async () => {
        throw new TypeError('secret detail\n    at somewhere (file.ts:1:1)')
      },
    })
    const answer = await send({ ...api('currentFolder'), body: { chunk: Buffer.from('{}'), times: 1 } })
    expect(answer.status).toBe(500)
    expect(JSON.parse(answer.body)).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Internal error' } })
    const lines = logLines()
    expect(lines).toHaveLength(1)
    expect(lines[0]).toBe('Communique host: POST request failed: TypeError: secret detail')
  })
})
