import { describe, expect, it, vi } from 'vitest'
import { AppError } from '../../shared/errors'
import { createDispatcher, type Handlers } from './dispatcher'

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const unused = async (): Promise<never> => {
    throw new Error('not called in this test')
  }
  return {
    getCapabilities: async () => ({ runtime: 'web', nativeFolderDialog: false, version: 'test' }),
    getAppState: unused,
    chooseFolder: unused,
    openFolder: unused,
    currentFolder: async () => null,
    folderPage: unused,
    readDocument: unused,
    folderReferences: unused,
    saveDocumentNames: unused,
    chooseReferenceTarget: unused,
    startReport: unused,
    reportStatus: unused,
    cancelReport: unused,
    folderStatus: unused,
    saveSettings: unused,
    saveFolderView: unused,
    openOriginal: unused,
    showInFolder: unused,
    resolvePaths: unused,
    searchFolder: unused,
    searchStatus: unused,
    ...overrides,
  }
}

describe('createDispatcher', () => {
  it('takes only absolute paths from outside the open folder', async () => {
    const resolvePaths = vi.fn(async () => ({ folder: null, documents: [] }))
    const dispatch = createDispatcher(handlers({ resolvePaths }))
    expect(await dispatch('resolvePaths', { paths: ['statements/a.txt'] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(resolvePaths).not.toHaveBeenCalled()
    expect(await dispatch('resolvePaths', { paths: ['/home/analyst/a.txt', 'C:\\Users\\b.txt'] })).toEqual({ ok: true, value: { folder: null, documents: [] } })
  })

  it('runs the handler with validated arguments', async () => {
    const readDocument = vi.fn(async ({ path }: { path: string }) => {
      throw new AppError('NOT_FOUND', `${path} is gone`)
    })
    const dispatch = createDispatcher(handlers({ readDocument }))
    expect(await dispatch('currentFolder', {})).toEqual({ ok: true, value: null })
    expect(await dispatch('readDocument', { path: 'a.txt' })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'a.txt is gone' } })
    expect(readDocument).toHaveBeenCalledWith({ path: 'a.txt' })
  })

  it('refuses unknown channels and malformed arguments without calling a handler', async () => {
    const readDocument = vi.fn()
    const dispatch = createDispatcher(handlers({ readDocument }))
    expect(await dispatch('deleteEverything', {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await dispatch('readDocument', { path: 7 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await dispatch('readDocument', { path: 'a', extra: true })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await dispatch('readDocument', { path: 'a\0b' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(readDocument).not.toHaveBeenCalled()
  })

  it('hides the details of unexpected failures behind INTERNAL and logs them', async () => {
    const log = vi.fn()
    const dispatch = createDispatcher(handlers({ getAppState: async () => { throw new TypeError('secret stack') } }), log)
    const result = await dispatch('getAppState', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(JSON.stringify(result)).not.toContain('secret')
    expect(log).toHaveBeenCalledOnce()
  })
})
