import { z } from 'zod'
import { DEFAULT_COMPARE_OPTIONS } from '../core/compare/options'

export const compareOptionsSchema = z
  .object({
    ignoreCase: z.boolean(),
    ignorePunctuation: z.boolean(),
    ignoreWhitespace: z.boolean(),
    plainTypography: z.boolean(),
    similarityThreshold: z.number().gt(0).max(1),
  })
  .strict()

/** What the user chose once and expects to find again: comparison options, report layout. */
export const settingsSchema = z
  .object({
    compareOptions: compareOptionsSchema,
    reportLayout: z.enum(['side-by-side', 'inline']),
  })
  .strict()

export type Settings = z.infer<typeof settingsSchema>

export const DEFAULT_SETTINGS: Settings = { compareOptions: { ...DEFAULT_COMPARE_OPTIONS }, reportLayout: 'side-by-side' }

/** How a folder was last shown: its sort order and the document being read. */
export const folderViewSchema = z
  .object({
    sortKey: z.enum(['title', 'date', 'name', 'size', 'paragraphs']),
    sortDescending: z.boolean(),
    readingPath: z.string().max(4096).nullable(),
  })
  .strict()

export type FolderView = z.infer<typeof folderViewSchema>
