import { _electron as electron, expect, test } from '@playwright/test'
import { createRequire } from 'node:module'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { CHANNELS } from '../src/shared/contract'
import { META_CONTENT_SECURITY_POLICY } from '../src/shared/security'
import { PROJECT_ROOT, SAMPLES } from './web-host'

/**
 * The Electron binary, or why this machine cannot run it. Looks where the electron package keeps
 * its runtime without requiring the package, which would try to download it.
 */
function electronRuntime(): { binary: string } | { reason: string } {
  const packageDir = dirname(createRequire(__filename).resolve('electron/package.json'))
  const pathFile = join(packageDir, 'path.txt')
  const binary = existsSync(pathFile) ? join(packageDir, 'dist', readFileSync(pathFile, 'utf8')) : null
  if (!binary || !existsSync(binary)) return { reason: 'the Electron runtime is not installed here (its download is not reachable)' }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'no display (run under xvfb-run to include this spec)' }
  }
  return { binary }
}

const runtime = electronRuntime()
if ('reason' in runtime) console.log(`Electron smoke spec skipped: ${runtime.reason}.`)

test('the desktop window opens on the samples and compares through IPC', async () => {
  test.skip('reason' in runtime, 'reason' in runtime ? runtime.reason : '')
  if (!('binary' in runtime)) return
  const dataDir = mkdtempSync(join(tmpdir(), 'communique-electron-'))
  const app = await electron.launch({
    executablePath: runtime.binary,
    args: [PROJECT_ROOT, SAMPLES],
    env: { ...process.env, COMMUNIQUE_DATA_DIR: dataDir },
  })
  try {
    const window = await app.firstWindow()
    await expect(window.getByTestId('folder-name')).toHaveText('samples')
    // What the page can reach: the contract's functions, and no Node.
    const reach = await window.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys((globalThis as { communique?: object }).communique ?? {}).sort(),
    }))
    expect(reach).toEqual({ require: 'undefined', process: 'undefined', bridge: [...CHANNELS].sort() })
    await window.getByTestId('document-2020-11-10_trilateral-statement_az-mfa-en.txt').getByTestId('select-for-compare').check()
    await window.getByTestId('document-2020-11-10_trilateral-statement_ru-mfa-en.txt').getByTestId('select-for-compare').check()
    await window.getByTestId('compare-selected').click()
    await expect(window.getByTestId('comparison-row')).toHaveCount(7)
  } finally {
    await app.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
})

test('the window stays on app://communique: no file access, no other page, no new window, no permission', async () => {
  test.skip('reason' in runtime, 'reason' in runtime ? runtime.reason : '')
  if (!('binary' in runtime)) return
  const dataDir = mkdtempSync(join(tmpdir(), 'communique-electron-'))
  const app = await electron.launch({
    executablePath: runtime.binary,
    args: [PROJECT_ROOT, SAMPLES],
    env: { ...process.env, COMMUNIQUE_DATA_DIR: dataDir, ELECTRON_RENDERER_URL: '' },
  })
  try {
    const window = await app.firstWindow()
    await expect(window.getByTestId('folder-name')).toHaveText('samples')
    expect(window.url()).toBe('app://communique/index.html')
    expect(await window.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(META_CONTENT_SECURITY_POLICY)

    // Run in the page, where the DOM's types are (this file is typechecked for Node).
    const reach = await window.evaluate(`(async () => {
      const status = (url) => fetch(url).then((response) => response.status, () => 'refused')
      return {
        file: await status('file:///etc/passwd'),
        outside: await status('app://communique/..%2f..%2fpackage.json'),
        ownFile: await status('app://communique/index.html'),
        popup: window.open('file:///etc/passwd') === null,
        notifications: await Notification.requestPermission(),
        geolocation: (await navigator.permissions.query({ name: 'geolocation' })).state,
      }
    })()`)
    expect(reach).toEqual({ file: 'refused', outside: 404, ownFile: 200, popup: true, notifications: 'denied', geolocation: 'denied' })

    await window.evaluate(`window.location.href = 'file:///etc/passwd'`)
    await window.waitForTimeout(500)
    expect(window.url()).toBe('app://communique/index.html')
    expect(app.windows()).toHaveLength(1)
  } finally {
    await app.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
})
