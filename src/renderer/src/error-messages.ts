import { AppError, type ErrorCode } from '../../shared/errors'

const HEADLINES: Record<ErrorCode, string> = {
  NOT_FOUND: 'Not found',
  INVALID_INPUT: 'That did not work',
  UNSUPPORTED_FORMAT: 'Format not supported',
  BAD_ENCODING: 'Unreadable text encoding',
  MALFORMED: 'Damaged file',
  ENCRYPTED: 'Protected by a password',
  TOO_LARGE: 'Too large',
  TOO_COMPLEX: 'Too complex to read',
  TIMEOUT: 'Took too long',
  NO_SPACE: 'Disk full',
  READ_ONLY: 'Read-only',
  PERMISSION_DENIED: 'Permission denied',
  OUTSIDE_FOLDER: 'Outside the open folder',
  NO_FOLDER: 'No folder open',
  IO_ERROR: 'Could not read',
  INTERNAL: 'Internal error',
}

export interface UserMessage {
  headline: string
  detail: string
  code: ErrorCode
}

/** Any failure, in words for the person using the app. */
export function userMessage(error: unknown): UserMessage {
  if (error instanceof AppError) return { headline: HEADLINES[error.code], detail: error.message, code: error.code }
  return { headline: HEADLINES.INTERNAL, detail: error instanceof Error ? error.message : String(error), code: 'INTERNAL' }
}
