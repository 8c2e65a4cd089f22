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

/** Which side panes the analyst keeps open (a pane that does not fit the window folds away regardless). */
export const paneChoiceSchema = z.object({ library: z.boolean(), changes: z.boolean() }).strict()

export const DEFAULT_PANES = { library: true, changes: true }

/** What the user chose once and expects to find again: comparison options, report layout, panes. */
export const settingsSchema = z
  .object({
    compareOptions: compareOptionsSchema,
    reportLayout: z.enum(['side-by-side', 'inline']),
    // Added later: settings saved before read with both panes open.
    panes: paneChoiceSchema.default(DEFAULT_PANES),
  })
  .strict()

export type Settings = z.infer<typeof settingsSchema>

export const DEFAULT_SETTINGS: Settings = { compareOptions: { ...DEFAULT_COMPARE_OPTIONS }, reportLayout: 'side-by-side', panes: { ...DEFAULT_PANES } }

/** How a folder was last shown: its sort order and the document being read. */
export const folderViewSchema = z
  .object({
    sortKey: z.enum(['title', 'date', 'name', 'size', 'paragraphs']),
    sortDescending: z.boolean(),
    readingPath: z.string().max(4096).nullable(),
  })
  .strict()

export type FolderView = z.infer<typeof folderViewSchema>

/** A name the analyst gives a document ("also called …"), as it is kept and checked. */
export const documentNameText = z.string().trim().min(2).max(200)

/**
 * What the analyst taught the app about a folder's references: names added to documents, and
 * links corrected by hand — by the reference's key, the document it leads to (null: leads nowhere).
 */
export const referenceNotesSchema = z
  .object({
    names: z.record(z.string().max(4096), z.array(documentNameText).max(20)),
    links: z.record(z.string().max(8192), z.string().max(4096).nullable()),
  })
  .strict()

export type ReferenceNotes = z.infer<typeof referenceNotesSchema>

export const EMPTY_REFERENCE_NOTES: ReferenceNotes = { names: {}, links: {} }
