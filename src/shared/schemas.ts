import { z } from 'zod'
import type { Channel, ChannelArgs } from './contract'

const noArgs = z.object({}).strict()
/** Paths cross the contract as text; what they may point at is the services' business. */
const pathText = z.string().min(1).max(4096).refine((value) => !value.includes('\0'), 'path contains a NUL character')

/** Argument validation for every channel: the renderer is untrusted. */
export const argumentSchemas = {
  getCapabilities: noArgs,
  getAppState: noArgs,
  chooseFolder: noArgs,
  openFolder: z.object({ path: pathText }).strict(),
  currentFolder: noArgs,
  readDocument: z.object({ path: pathText }).strict(),
  folderReferences: noArgs,
} satisfies { [C in Channel]: z.ZodType<ChannelArgs<C>> }
