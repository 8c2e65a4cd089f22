import { randomBytes } from 'node:crypto'
import { open, readdir, rename, rm } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { AppError } from '../../shared/errors'

/**
 * Temporary files are named `<file>.<pid>-<12 hex>.tmp`: the random part keeps concurrent writes
 * apart, the process id tells at start whether the writer is still alive.
 */
const TEMPORARY_NAME = /\.(\d{1,10})-[0-9a-f]{12}\.tmp$/

/**
 * The mode of a file written for the user to keep (a report): what any program creates, the
 * user's umask deciding who else may read it. The app's own state stays 0600.
 */
export const USER_FILE_MODE = 0o666

/** The app's own files: its state, read by no one else. */
const OWN_FILE_MODE = 0o600

/** Writes to one file wait for the previous one to finish, so the last write wins. */
const writesByPath = new Map<string, Promise<void>>()

/** A temporary name beside `path`, unique to this write. */
export function temporaryPathFor(path: string): string {
  return `${path}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`
}

/**
 * A failure to write `path`, in words that name the folder, with a stable code: a full disk, a
 * read-only file system and a refused permission are the user's to fix, not bugs.
 */
export function writeFailure(error: unknown, path: string): AppError {
  if (error instanceof AppError) return error
  const folder = dirname(path)
  const what = `${basename(path)} could not be saved`
  switch ((error as NodeJS.ErrnoException | null)?.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('NO_SPACE', `${what}: the disk holding ${folder} is full.`)
    case 'EROFS':
      return new AppError('READ_ONLY', `${what}: ${folder} is on a read-only disk.`)
    case 'EACCES':
    case 'EPERM':
      return new AppError('PERMISSION_DENIED', `${what}: Communique may not write in ${folder}.`)
    case 'ENOENT':
      return new AppError('NOT_FOUND', `${what}: the folder ${folder} does not exist.`)
    case 'ENOTDIR':
    case 'EEXIST':
      return new AppError('IO_ERROR', `${what}: ${folder} is not a folder.`)
    case 'EISDIR':
      return new AppError('IO_ERROR', `${what}: ${path} is a folder.`)
    default:
      return new AppError('IO_ERROR', `${what} in ${folder}${error instanceof Error ? `: ${error.message}` : '.'}`)
  }
}

/**
 * Writes a file so that a reader (or a crash) sees either the old content or the new, never a
 * half-written file: write a temporary file beside it, flush it to disk, rename it over, flush
 * the folder. Writes to the same path are done one after the other, in the order they were
 * asked for. Failures are AppErrors (see `writeFailure`). `mode` is filtered by the umask, as
 * for any new file.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, mode: number = OWN_FILE_MODE): Promise<void> {
  const key = resolve(path)
  const previous = writesByPath.get(key) ?? Promise.resolve()
  const write = previous.then(
    () => writeNow(path, data, mode),
    () => writeNow(path, data, mode),
  )
  writesByPath.set(key, write)
  const forget = (): void => {
    if (writesByPath.get(key) === write) writesByPath.delete(key)
  }
  write.then(forget, forget)
  return write
}

async function writeNow(path: string, data: string | Uint8Array, mode: number): Promise<void> {
  const temporary = temporaryPathFor(path)
  try {
    const handle = await open(temporary, 'w', mode)
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined)
    throw writeFailure(error, path)
  }
  await syncFolder(dirname(path))
}

/** Makes the rename itself durable. Not possible everywhere (Windows refuses to open a folder). */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // The file is written and renamed; only its survival of a power cut is less certain.
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes the temporary files a killed writer left in `folder`: only names of our own pattern,
 * and only those whose process is gone (another instance may be writing right now).
 * Best effort: returns how many were removed.
 */
export async function removeOrphanTemporaries(folder: string): Promise<number> {
  let names: string[]
  try {
    names = await readdir(folder)
  } catch {
    return 0
  }
  let removed = 0
  for (const name of names) {
    const pid = TEMPORARY_NAME.exec(name)?.[1]
    if (!pid || isRunning(Number(pid))) continue
    try {
      await rm(join(folder, name), { force: true })
      removed++
    } catch {
      // A folder we may not write in keeps its orphans; nothing reads them.
    }
  }
  return removed
}
