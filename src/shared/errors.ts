/** Stable error codes: the renderer and the CLI map them to words; tests assert on them. */
export const ERROR_CODES = [
  'NOT_FOUND',
  'INVALID_INPUT',
  'UNSUPPORTED_FORMAT',
  'BAD_ENCODING',
  'MALFORMED',
  'ENCRYPTED',
  'TOO_LARGE',
  'TOO_COMPLEX',
  'TIMEOUT',
  'NO_SPACE',
  'READ_ONLY',
  'PERMISSION_DENIED',
  'OUTSIDE_FOLDER',
  'NO_FOLDER',
  'IO_ERROR',
  'INTERNAL',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

/** An error as it crosses the contract: plain data. */
export interface AppErrorData {
  code: ErrorCode
  message: string
}

/** Thrown by services and by the renderer's bridge; carries a stable code. */
export class AppError extends Error {
  readonly code: ErrorCode

  constructor(code: ErrorCode, message: string) {
    super(message)
    this.name = 'AppError'
    this.code = code
  }

  toData(): AppErrorData {
    return { code: this.code, message: this.message }
  }
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorData }
