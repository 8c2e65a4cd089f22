import { DEFAULT_COMPARE_OPTIONS, type CompareOptions } from '../core/compare/options'

/** Wrong arguments: the CLI prints the message and its usage, and exits with 2. */
export class UsageError extends Error {}

/** The comparison options every command that compares takes, for node:util parseArgs. */
export const COMPARE_FLAGS = {
  'ignore-case': { type: 'boolean' },
  'ignore-punctuation': { type: 'boolean' },
  'keep-whitespace': { type: 'boolean' },
  'keep-typography': { type: 'boolean' },
  'ignore-numbering': { type: 'boolean' },
  threshold: { type: 'string' },
} as const

export function compareOptions(values: { [key: string]: string | boolean | undefined }): CompareOptions {
  const threshold = values.threshold === undefined ? DEFAULT_COMPARE_OPTIONS.similarityThreshold : Number(values.threshold)
  if (!Number.isFinite(threshold) || threshold <= 0 || threshold > 1) throw new UsageError(`--threshold must be a number above 0 and at most 1, not "${String(values.threshold)}".`)
  return {
    ignoreCase: values['ignore-case'] === true,
    ignorePunctuation: values['ignore-punctuation'] === true,
    ignoreWhitespace: values['keep-whitespace'] !== true,
    plainTypography: values['keep-typography'] !== true,
    ignoreNumbering: values['ignore-numbering'] === true,
    similarityThreshold: threshold,
  }
}
