import { AppError } from '../../shared/errors'

/** Node's file-system errors, in words a user understands, with a stable code. */
export function toAppError(error: unknown, what: string): AppError {
  if (error instanceof AppError) return error
  const code = (error as NodeJS.ErrnoException | null)?.code
  switch (code) {
    case 'ENOENT':
      return new AppError('NOT_FOUND', `${what} does not exist (it may have been moved or deleted).`)
    case 'EACCES':
    case 'EPERM':
      return new AppError('IO_ERROR', `${what} cannot be read: permission denied.`)
    case 'EISDIR':
      return new AppError('INVALID_INPUT', `${what} is a folder, not a file.`)
    case 'ENOTDIR':
      return new AppError('INVALID_INPUT', `${what} is not a folder.`)
    case 'ELOOP':
      return new AppError('IO_ERROR', `${what} is a link that points back to itself.`)
    default:
      return new AppError('IO_ERROR', `${what} could not be read${error instanceof Error ? `: ${error.message}` : '.'}`)
  }
}
