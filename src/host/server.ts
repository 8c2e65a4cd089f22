import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { pipeline } from 'node:stream/promises'
import type { Dispatch } from '../main/services/dispatcher'
import { contentTypeOf, rendererFilePath } from '../main/services/renderer-files'
import type { ErrorCode } from '../shared/errors'
import { CONTENT_SECURITY_POLICY } from '../shared/security'

/** The largest request body: the contract's arguments are paths and settings, far below it. */
export const MAX_BODY_BYTES = 1024 * 1024
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

class BodyTooLarge extends Error {}

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers })
  response.end(JSON.stringify(body))
}

function sendError(response: ServerResponse, status: number, code: ErrorCode, message: string, headers: Record<string, string> = {}): void {
  sendJson(response, status, { ok: false, error: { code, message } }, headers)
}

function refuse(response: ServerResponse, status: number, message: string): void {
  sendError(response, status, 'INVALID_INPUT', message)
}

/**
 * Reads the body up to the cap, and not a byte further: past it, reading stops (the request is
 * paused, not drained) and BodyTooLarge is thrown. Not `for await`, whose early exit would
 * destroy the socket before the 413 could be sent.
 */
function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    if (Number(request.headers['content-length']) > MAX_BODY_BYTES) return reject(new BodyTooLarge())
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer): void => {
      size += chunk.length
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk)
      request.off('data', onData)
      request.pause()
      reject(new BodyTooLarge())
    }
    request.on('data', onData)
    request.once('end', () => resolvePromise(Buffer.concat(chunks).toString('utf8')))
    request.once('error', reject)
  })
}

/**
 * Answers 413 to a body over the cap and closes the connection once the answer is out: the rest
 * of the body is never read, and a connection with unread bytes cannot serve another request.
 */
function refuseLargeBody(request: IncomingMessage, response: ServerResponse): void {
  response.once('finish', () => request.socket.destroySoon())
  sendError(response, 413, 'TOO_LARGE', `A request body may be at most ${MAX_BODY_BYTES / (1024 * 1024)} MB.`, { connection: 'close' })
}

/** One line for the log: what failed, without the stack or the lines after the first. */
function oneLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return text.split(/\r?\n/, 1)[0]!
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
    const file = rendererFilePath(options.rendererDir, pathname)
    if (!file) return refuse(response, 400, 'Malformed address')
    const info = await stat(file).catch(() => null)
    if (!info?.isFile()) return sendError(response, 404, 'NOT_FOUND', 'Not found')
    response.writeHead(200, {
      'content-type': contentTypeOf(file),
      'content-length': String(info.size),
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
    })
    await pipeline(createReadStream(file), response).catch((error: unknown) => {
      // A page that goes away mid-file (a reload) is not a failure of the host.
      if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error
    })
  }

  const serveApi = async (request: IncomingMessage, response: ServerResponse, channel: string): Promise<void> => {
    if (request.method !== 'POST') return refuse(response, 405, 'Use POST')
    const given = request.headers[TOKEN_HEADER]
    if (!sameToken(typeof given === 'string' ? given : undefined, token)) return refuse(response, 401, 'Missing or wrong token')
    let body: string
    try {
      body = await readBody(request)
    } catch (error) {
      if (error instanceof BodyTooLarge) return refuseLargeBody(request, response)
      throw error
    }
    let args: unknown
    try {
      args = body === '' ? {} : JSON.parse(body)
    } catch {
      return refuse(response, 400, 'The request body is not valid JSON')
    }
    sendJson(response, 200, await options.dispatch(channel, args))
  }

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const host = request.headers.host ?? ''
    if (host !== new URL(origin).host) return refuse(response, 421, 'Wrong host')
    const requestOrigin = request.headers.origin
    if (requestOrigin !== undefined && requestOrigin !== origin) return refuse(response, 403, 'Requests from other origins are refused')
    const target = request.url ?? ''
    // Only a path, read against our own origin: "//other/x" stays a path, never another host.
    const url = target.startsWith('/') && URL.canParse(origin + target) ? new URL(origin + target) : null
    if (!url) return refuse(response, 400, 'Malformed address')
    if (url.pathname.startsWith('/api/')) return serveApi(request, response, url.pathname.slice('/api/'.length))
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, 'Method not allowed')
    return serveStatic(url.pathname, response)
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(`Communique host: ${request.method ?? '?'} request failed: ${oneLine(error)}`)
      if (!response.headersSent) sendError(response, 500, 'INTERNAL', 'Internal error')
      else response.destroy()
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
