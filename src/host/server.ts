import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import type { Dispatch } from '../main/services/dispatcher'
import { CONTENT_SECURITY_POLICY } from '../shared/security'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}


const MAX_BODY_BYTES = 1024 * 1024
export const TOKEN_HEADER = 'x-communique-token'

export interface HostOptions {
  dispatch: Dispatch
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** Fixed for tests; random per run otherwise. */
  token?: string
}

export interface RunningHost {
  server: Server
  url: string
  token: string
  close(): Promise<void>
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  response.end(JSON.stringify(body))
}

function refuse(response: ServerResponse, status: number, message: string): void {
  sendJson(response, status, { ok: false, error: { code: 'INVALID_INPUT', message } })
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new Error('request body too large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * Serves the built renderer and the contract (POST /api/<channel>, JSON) on 127.0.0.1. API calls
 * need the per-run token; requests from another origin or for another host name are refused, so
 * neither another site in the user's browser nor DNS rebinding can reach the services.
 */
export async function startHost(options: HostOptions, port = 0): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  let origin = ''

  const serveStatic = async (pathname: string, response: ServerResponse): Promise<void> => {
    const relativePath = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '')
    const file = join(options.rendererDir, relativePath === '' ? 'index.html' : relativePath)
    if (!file.startsWith(options.rendererDir + sep) && file !== options.rendererDir) return refuse(response, 403, 'Forbidden')
    const target = await stat(file).then((info) => (info.isFile() ? file : null), () => null)
    const chosen = target ?? join(options.rendererDir, 'index.html')
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(chosen)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
    })
    createReadStream(chosen).pipe(response)
  }

  const server = createServer((request, response) => {
    void (async () => {
      const host = request.headers.host ?? ''
      if (host !== new URL(origin).host) return refuse(response, 421, 'Wrong host')
      const requestOrigin = request.headers.origin
      if (requestOrigin !== undefined && requestOrigin !== origin) return refuse(response, 403, 'Requests from other origins are refused')
      const url = new URL(request.url ?? '/', origin)
      if (url.pathname.startsWith('/api/')) {
        if (request.method !== 'POST') return refuse(response, 405, 'Use POST')
        const given = request.headers[TOKEN_HEADER]
        if (!sameToken(typeof given === 'string' ? given : undefined, token)) return refuse(response, 401, 'Missing or wrong token')
        let args: unknown
        try {
          const body = await readBody(request)
          args = body === '' ? {} : JSON.parse(body)
        } catch {
          return refuse(response, 400, 'The request body is not valid JSON')
        }
        return sendJson(response, 200, await options.dispatch(url.pathname.slice('/api/'.length), args))
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, 'Method not allowed')
      return serveStatic(url.pathname, response)
    })().catch((error: unknown) => {
      console.error(error)
      if (!response.headersSent) refuse(response, 500, 'Internal error')
      else response.end()
    })
  })

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolvePromise())
  })
  const address = server.address() as AddressInfo
  origin = `http://127.0.0.1:${address.port}`
  return {
    server,
    url: `${origin}/?token=${token}`,
    token,
    close: () =>
      new Promise((resolvePromise) => {
        server.close(() => resolvePromise())
        // A browser keeps connections open (and asks how the folder stands every second): end them.
        server.closeAllConnections()
      }),
  }
}
