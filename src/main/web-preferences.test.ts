import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../shared/security'
import { APP_RENDERER_URL, appProtocolFile, isExternalWebLink, isSameOrigin, rendererUrl, secureWebPreferences } from './web-preferences'

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer, without Node', () => {
    expect(secureWebPreferences('/app/preload.js')).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
  })
})

describe('isExternalWebLink', () => {
  it.each([
    ['https://www.un.org/en/about-us/un-charter/chapter-7', true],
    ['http://mfa.gov.az/en', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['smb://server/share', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(isExternalWebLink(url)).toBe(allowed)
  })
})

describe('rendererUrl', () => {
  it('is the app:// origin, whatever the environment says, in a packaged app', () => {
    expect(APP_RENDERER_URL).toBe('app://communique/index.html')
    expect(rendererUrl(true, 'http://localhost:5173/')).toBe(APP_RENDERER_URL)
    expect(rendererUrl(false, undefined)).toBe(APP_RENDERER_URL)
  })

  it.each([
    ['http://localhost:5173/', 'http://localhost:5173/'],
    ['http://127.0.0.1:5173', 'http://127.0.0.1:5173/'],
    ['https://evil.example/', APP_RENDERER_URL],
    ['file:///tmp/index.html', APP_RENDERER_URL],
    ['not a url', APP_RENDERER_URL],
  ])('takes the dev server %s only from this machine, in an unpackaged app → %s', (devServer, expected) => {
    expect(rendererUrl(false, devServer)).toBe(expected)
  })
})

describe('isSameOrigin', () => {
  it.each([
    ['app://communique/index.html', true],
    ['app://communique/index.html#/compare', true],
    ['app://communique/assets/index-abc.js', true],
    ['app://other/index.html', false],
    ['app://communique.evil/index.html', false],
    ['file:///opt/communique/out/renderer/index.html', false],
    ['https://communique/index.html', false],
    ['https://evil.example/index.html', false],
    ['about:blank', false],
    ['data:text/html,<script>1</script>', false],
    ['not a url', false],
  ])('%s → %s', (url, same) => {
    expect(isSameOrigin(url, APP_RENDERER_URL)).toBe(same)
  })

  it('holds the dev server to its port, and no page without a host to any other', () => {
    expect(isSameOrigin('http://localhost:5173/src/main.ts', 'http://localhost:5173/')).toBe(true)
    expect(isSameOrigin('http://localhost:8080/', 'http://localhost:5173/')).toBe(false)
    expect(isSameOrigin('file:///etc/passwd', 'file:///opt/communique/out/renderer/index.html')).toBe(false)
  })
})

describe('appProtocolFile', () => {
  const rendererDir = join('/opt', 'communique', 'out', 'renderer')
  it.each([
    ['app://communique/', join(rendererDir, 'index.html')],
    ['app://communique/index.html', join(rendererDir, 'index.html')],
    ['app://communique/assets/worker-abc.js', join(rendererDir, 'assets', 'worker-abc.js')],
    ['app://communique/..%2f..%2f..%2fetc%2fpasswd', join(rendererDir, 'etc', 'passwd')],
    ['app://communique/%', null],
    ['app://other/index.html', null],
    ['file:///etc/passwd', null],
  ])('%s → %s', (url, file) => {
    expect(appProtocolFile(url, rendererDir)).toBe(file)
  })
})

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((part) => {
    const [name, ...values] = part.trim().split(/\s+/)
    return [name!, values] as const
  }))

  it('runs only the app’s own scripts: no inline or evaluated code, no plugins, no framing', () => {
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(directives.get('connect-src')).toEqual(["'self'"])
  })
})

describe('the <meta> policy of index.html', () => {
  it('is the policy of shared/security.ts, less frame-ancestors, which only a header may set', () => {
    const html = readFileSync(join(__dirname, '../renderer/index.html'), 'utf8')
    const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)].map((match) => match[1])
    expect(metas).toEqual([META_CONTENT_SECURITY_POLICY])
    expect(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`).toBe(CONTENT_SECURITY_POLICY)
  })
})
