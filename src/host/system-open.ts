import { spawn } from 'node:child_process'
import { dirname } from 'node:path'
import { AppError } from '../shared/errors'

/**
 * Opens a file or folder with the system's own application, as the desktop app's shell does:
 * the web host runs on the same machine as the browser that shows it.
 */
export function openWithSystem(target: string): Promise<void> {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [target]] : process.platform === 'win32' ? ['explorer', [target]] : ['xdg-open', [target]]
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: true })
    child.on('error', () => reject(new AppError('IO_ERROR', `This system has no way to open files from here (${command} is missing); the file is ${target}.`)))
    child.on('spawn', () => {
      child.unref()
      resolve()
    })
  })
}

/** The file's folder (the file selected, where the system can do that). */
export function showInFileManager(file: string): Promise<void> {
  if (process.platform === 'darwin') {
    return new Promise((resolve) => {
      spawn('open', ['-R', file], { stdio: 'ignore', detached: true }).on('spawn', resolve).on('error', () => resolve())
    })
  }
  return openWithSystem(dirname(file))
}
