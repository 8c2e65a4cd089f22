import { mkdtemp, realpath, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createAppServices, type AppServices } from './app-services'
import { useTestFolders } from './test-folder'
import { recordingPlatform } from './test-platform'
import { BUILT_WORKER_FOR_TESTS } from './test-readers'

const folderWith = useTestFolders()
const running: { services: AppServices; dataDir: string }[] = []
afterEach(async () => {
  for (const { services, dataDir } of running.splice(0)) {
    await services.library.dispose()
    await rm(dataDir, { recursive: true, force: true })
  }
})

async function servicesOn(root: string) {
  const platform = recordingPlatform()
  const dataDir = await mkdtemp(join(tmpdir(), 'communique-data-'))
  const services = await createAppServices(dataDir, platform, BUILT_WORKER_FOR_TESTS)
  running.push({ services, dataDir })
  await services.dispatch('openFolder', { path: root })
  await services.library.whenRead()
  return { platform, services }
}

describe('openOriginal and showInFolder', () => {
  it('hand a listed document of a readable format to the system, and nothing else', async () => {
    const root = await folderWith({
      'statement.txt': 'Joint Statement\n\n1. First.',
      'install.sh': '#!/bin/sh\necho owned',
      'launcher.desktop': '[Desktop Entry]\nExec=sh -c "echo owned"',
      'program.exe': 'MZ',
      'no-extension': 'text',
      'binary.txt': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02, 0x00]),
      '.hidden.txt': 'Not listed\n\nHidden.',
    })
    await symlink(join(root, 'install.sh'), join(root, 'statement-copy.pdf'))
    const { platform, services } = await servicesOn(root)

    for (const channel of ['openOriginal', 'showInFolder'] as const) {
      expect(await services.dispatch(channel, { path: 'statement.txt' })).toEqual({ ok: true, value: null })
      for (const path of ['install.sh', 'launcher.desktop', 'program.exe', 'no-extension', 'binary.txt', 'statement-copy.pdf']) {
        expect(await services.dispatch(channel, { path }), `${channel} ${path}`).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_FORMAT' } })
      }
      expect(await services.dispatch(channel, { path: '.hidden.txt' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
      expect(await services.dispatch(channel, { path: './statement.txt' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
      expect(await services.dispatch(channel, { path: '../statement.txt' })).toMatchObject({ ok: false, error: { code: 'OUTSIDE_FOLDER' } })
    }
    const statement = join(await realpath(root), 'statement.txt')
    expect(platform.opened).toEqual([statement])
    expect(platform.shown).toEqual([statement])
  })

  it('refuse while no folder is open', async () => {
    const platform = recordingPlatform()
    const dataDir = await mkdtemp(join(tmpdir(), 'communique-data-'))
    const services = await createAppServices(dataDir, platform, BUILT_WORKER_FOR_TESTS)
    running.push({ services, dataDir })
    expect(await services.dispatch('openOriginal', { path: 'statement.txt' })).toMatchObject({ ok: false, error: { code: 'NO_FOLDER' } })
    expect(platform.opened).toEqual([])
  })
})
