import { parseDocument } from 'htmlparser2'
import { isTag, isText } from 'domhandler'
import { AppError } from '../../../shared/errors'
import { declaredDateOf } from './declared-date'
import type { ExtractedText } from './extracted'
import { extractHtml } from './html'
import { checkZipLimits, DOCX_LIMITS } from './zip-limits'

/** Where Word keeps a document's properties: when it was created and changed, its language. */
const CORE_PROPERTIES = 'docProps/core.xml'

/**
 * What docProps/core.xml says (mammoth does not read it): dcterms:created, else dcterms:modified,
 * and dc:language. Read as XML with htmlparser2, by local name whatever the prefixes.
 */
function coreProperties(xml: Buffer | undefined): Pick<ExtractedText, 'declaredDate' | 'declaredLanguage'> {
  if (!xml) return { declaredDate: null, declaredLanguage: null }
  const values = new Map<string, string>()
  const stack = [...parseDocument(xml.toString('utf8'), { xmlMode: true }).children]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!isTag(node)) continue
    const name = node.name.split(':').pop()!.toLowerCase()
    const text = node.children.filter(isText).map((child) => child.data).join('').trim()
    if (text && !values.has(name)) values.set(name, text)
    for (const child of node.children) if (isTag(child)) stack.push(child)
  }
  return {
    declaredDate: declaredDateOf(values.get('created')) ?? declaredDateOf(values.get('modified')),
    declaredLanguage: values.get('language') ?? null,
  }
}

/**
 * Text of a Word document: mammoth turns its paragraphs, headings and numbered lists into
 * simple HTML, which is read like a page (numbered list items keep their numbers); its date and
 * language come from its properties.
 */
export async function extractDocx(bytes: Uint8Array, fileName: string): Promise<ExtractedText> {
  const kept = await checkZipLimits(bytes, fileName, DOCX_LIMITS, [CORE_PROPERTIES])
  const mammoth = await import('mammoth')
  let html: string
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value
  } catch (error) {
    throw new AppError('MALFORMED', `${fileName} is not a readable Word document${error instanceof Error ? ` (${error.message.split('\n')[0]})` : ''}.`)
  }
  // A Word document has no <title>: its first heading, if any, is read as the title.
  return { ...extractHtml(`<body>${html}</body>`), ...coreProperties(kept.get(CORE_PROPERTIES)) }
}
