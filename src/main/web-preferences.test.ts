import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../shared/security'
import { isExternalWebLink, isSameRenderer, secureWebPreferences } from './web-preferences'

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

describe('isSameRenderer', () => {
  const renderer = 'file:///opt/communique/out/renderer/index.html'
  it.each([
    ['file:///opt/communique/out/renderer/index.html', true],
    ['file:///opt/communique/out/renderer/index.html#/compare', true],
    ['file:///etc/passwd', false],
    ['file:///opt/communique/out/renderer/other.html', false],
    ['https://evil.example/index.html', false],
    ['not a url', false],
  ])('%s → %s', (url, same) => {
    expect(isSameRenderer(url, renderer)).toBe(same)
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
