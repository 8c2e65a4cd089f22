import { realpath, stat } from 'node:fs/promises'
import { dirname, isAbsolute, relative, sep } from 'node:path'
import { MAX_OTHERS } from '../../core/compare/multi'
import type { OpenPlan } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import { toAppError } from './io-errors'

const MAX_FILES = MAX_OTHERS + 1


function inside(root: string, file: string): string | null {
  const path = relative(root, file)
  return path && !path.startsWith('..') && !isAbsolute(path) ? path.split(sep).join('/') : null
}

/**
 * One folder is opened; one to six files are documents of the open folder when it holds them,
 * else of their own folder, which is opened. Files from different folders are refused: the app
 * shows one folder at a time.
 */
export async function planOpenPaths(paths: string[], openRoot: string | null): Promise<OpenPlan> {
  const found = await Promise.all(
    paths.map(async (path) => {
      try {
        const real = await realpath(path)
        return { path: real, folder: (await stat(real)).isDirectory() }
      } catch (error) {
        throw toAppError(error, path)
      }
    }),
  )
  const folders = found.filter((entry) => entry.folder)
  if (folders.length === 1 && found.length === 1) return { folder: folders[0]!.path, documents: [] }
  if (folders.length > 0 || found.length === 0 || found.length > MAX_FILES) {
    throw new AppError('INVALID_INPUT', `Give one folder to open, or one to ${MAX_FILES} files to read or compare.`)
  }
  const inOpen = openRoot ? found.map((entry) => inside(openRoot, entry.path)) : []
  if (inOpen.length && inOpen.every((path) => path !== null)) return { folder: null, documents: inOpen }
  const parents = new Set(found.map((entry) => dirname(entry.path)))
  if (parents.size > 1) throw new AppError('INVALID_INPUT', 'The files are in different folders: Communique compares documents of one folder.')
  const [parent] = parents
  return { folder: parent!, documents: found.map((entry) => inside(parent!, entry.path)!) }
}
