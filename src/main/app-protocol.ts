import { protocol } from 'electron'
import { readFile } from 'node:fs/promises'
import { contentTypeOf } from './services/renderer-files'
import { CONTENT_SECURITY_POLICY } from '../shared/security'
import { APP_SCHEME, appProtocolFile } from './web-preferences'

/**
 * app:// as a standard, secure scheme: an origin of its own for the renderer (so 'self' in the
 * policy, fetch and module workers work as on the web). Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

/** Serves the built renderer at app://communique/, confined to its folder, each file with the policy. */
export function serveRendererOverAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = appProtocolFile(request.url, rendererDir)
    const body = file ? await readFile(file).catch(() => null) : null
    if (!file || !body) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
    return new Response(body, {
      headers: {
        'content-type': contentTypeOf(file),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      },
    })
  })
}
