import { AppError } from '../../../shared/errors'
import type { ExtractedText } from './extracted'
import { extractHtml } from './html'
import { checkZipLimits, DOCX_LIMITS } from './zip-limits'

/**
 * Text of a Word document: mammoth turns its paragraphs, headings and numbered lists into
 * simple HTML, which is read like a page (numbered list items keep their numbers).
 */
export async function extractDocx(bytes: Uint8Array, fileName: string): Promise<ExtractedText> {
  await checkZipLimits(bytes, fileName, DOCX_LIMITS)
  const mammoth = await import('mammoth')
  let html: string
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value
  } catch (error) {
    throw new AppError('MALFORMED', `${fileName} is not a readable Word document${error instanceof Error ? ` (${error.message.split('\n')[0]})` : ''}.`)
  }
  // A Word document has no <title>: its first heading, if any, is read as the title.
  return extractHtml(`<body>${html}</body>`)
}
