import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach } from 'vitest'

/**
 * Real temporary folders for a test file: `folderWith` writes the files and returns the folder;
 * every folder is removed after each test. Services are tested against real files, not fs mocks.
 */
export function useTestFolders(): (files?: Record<string, string | Uint8Array>) => Promise<string> {
  const made: string[] = []
  afterEach(async () => {
    for (const root of made.splice(0)) await rm(root, { recursive: true, force: true })
  })
  return async (files = {}) => {
    const root = await mkdtemp(join(tmpdir(), 'communique-test-'))
    made.push(root)
    for (const [path, content] of Object.entries(files)) {
      await mkdir(dirname(join(root, path)), { recursive: true })
      await writeFile(join(root, path), content)
    }
    return root
  }
}
