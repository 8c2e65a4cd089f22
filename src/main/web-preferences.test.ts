import { describe, expect, it } from 'vitest'
import { isExternalWebLink, secureWebPreferences } from './web-preferences'

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
