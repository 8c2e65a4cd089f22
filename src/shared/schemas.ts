import { z } from 'zod'
import type { Channel, ChannelArgs } from './contract'
import { MAX_PAGE } from './documents'
import { SEARCH_KINDS, SEARCH_LANGUAGES } from './search'
import { compareOptionsSchema, documentNameText, folderViewSchema, settingsSchema } from './settings'

const noArgs = z.object({}).strict()
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
/** Paths cross the contract as text; what they may point at is the services' business. */
const pathText = z.string().min(1).max(4096).refine((value) => !value.includes('\0'), 'path contains a NUL character')

/** Paths from outside the open folder (a launch, a drop) are absolute: relative to what would be a guess. */
const absolutePath = pathText.refine((value) => value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value) || value.startsWith('\\\\'), 'path is not absolute')

/** Argument validation for every channel: the renderer is untrusted. */
export const argumentSchemas = {
  getCapabilities: noArgs,
  getAppState: noArgs,
  chooseFolder: noArgs,
  openFolder: z.object({ path: pathText }).strict(),
  currentFolder: noArgs,
  folderPage: z.object({ after: pathText.nullable(), limit: z.number().int().min(1).max(MAX_PAGE) }).strict(),
  readDocument: z.object({ path: pathText }).strict(),
  saveSettings: z.object({ settings: settingsSchema }).strict(),
  saveFolderView: z.object({ root: pathText, view: folderViewSchema }).strict(),
  folderStatus: z.object({ since: z.number().int().min(0) }).strict(),
  openOriginal: z.object({ path: pathText }).strict(),
  showInFolder: z.object({ path: pathText }).strict(),
  folderReferences: noArgs,
  saveDocumentNames: z.object({ path: pathText, names: z.array(documentNameText).max(20) }).strict(),
  chooseReferenceTarget: z.object({ key: z.string().min(1).max(8192), document: pathText.nullable(), forget: z.boolean() }).strict(),
  startReport: z
    .object({
      paths: z.array(pathText).min(2).max(6),
      options: compareOptionsSchema,
      layout: z.enum(['side-by-side', 'inline']),
      page: z.object({ size: z.enum(['a4', 'letter']), orientation: z.enum(['portrait', 'landscape']) }).strict(),
      format: z.enum(['pdf', 'html', 'docx', 'print']),
    })
    .strict(),
  reportStatus: z.object({ id: z.string().uuid() }).strict(),
  cancelReport: z.object({ id: z.string().uuid() }).strict(),
  resolvePaths: z.object({ paths: z.array(absolutePath).min(1).max(20) }).strict(),
  searchFolder: z
    .object({
      query: z.string().max(1000),
      from: isoDate.nullable().optional(),
      to: isoDate.nullable().optional(),
      kinds: z.array(z.enum(SEARCH_KINDS as [string, ...string[]])).max(SEARCH_KINDS.length).optional(),
      languages: z.array(z.enum(SEARCH_LANGUAGES as [string, ...string[]]).nullable()).max(SEARCH_LANGUAGES.length + 1).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
    })
    .strict() as z.ZodType<ChannelArgs<'searchFolder'>>,
  searchStatus: noArgs,
} satisfies { [C in Channel]: z.ZodType<ChannelArgs<C>> }
